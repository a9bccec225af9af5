import { expect, it, onTestFinished } from "vitest";
import { isoDateIn } from "../../src/domain/iso-date.js";
import { shellActor } from "../../src/policies/actor.js";
import { buildApp } from "../../src/server/build-app.js";
import { addUnitContact } from "../../src/services/reminders/unit-contacts.js";
import { runReminders } from "../../src/services/reminders/run-reminders.js";
import { describeEachDatabase } from "../support/databases.js";
import { LEAD_UNIT, worldFor } from "../support/http-session.js";
import { readScrape } from "../support/prometheus-text.js";

/**
 * The reminder series come from the database: what a run recorded is what every instance
 * reports, including one that sent nothing itself.
 */
describeEachDatabase("reminder series on /metrics", ({ open }) => {
  it("reports the failed deliveries and the last digest as the delivery log records them", async () => {
    const world = await worldFor(open, { accounts: [] });
    const unitId = world.unitIds[LEAD_UNIT] ?? 0;
    // An e-mail contact on a server without SMTP: each delivery to it fails for good.
    for (const address of ["dbzy@kjj.gov.cn", "bgs@kjj.gov.cn"]) {
      await addUnitContact(
        world.db,
        shellActor("cli:test"),
        { unitId, label: address, contact: { kind: "email", address } },
        world.clock.now,
        world.settings.reminders.destinations,
      );
    }
    // Today the 2022 plan is long overdue: the lead unit gets a digest.
    const run = await runReminders(world.db, {
      day: isoDateIn(world.clock.now, "Asia/Shanghai"),
      now: world.clock.now,
      dryRun: false,
      publicUrl: undefined,
      delivery: { timeoutMs: 5_000, destinations: world.settings.reminders.destinations },
    });
    const failed = run.deliveries.filter((delivery) => delivery.state === "failed").length;
    expect(failed).toBe(2);

    // This instance, and another on the same database that ran nothing, say the same.
    const other = await buildApp({ db: world.db, settings: world.settings });
    onTestFinished(() => other.close());
    for (const app of [world.app, other]) {
      const response = await app.inject({ method: "GET", url: "/metrics" });
      const { value } = readScrape(response.body);
      expect(value("duban_reminder_deliveries", { state: "failed" })).toBe(failed);
      expect(value("duban_reminder_deliveries", { state: "sent" })).toBe(0);
      expect(value("duban_reminder_deliveries", { state: "retrying" })).toBe(0);
      expect(value("duban_reminder_deliveries", { state: "pending" })).toBe(0);
      expect(value("duban_reminder_last_digest_timestamp_seconds")).toBe(
        world.clock.now.getTime() / 1000,
      );
      // No scheduler ran here: no instance holds the lease.
      expect(value("duban_reminder_lease_expiry_timestamp_seconds")).toBe(0);
    }
  });
});
