import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { addDays, daysBetween, type IsoDate } from "../../src/domain/iso-date.js";
import type { StatusAsOf } from "../../src/domain/milestone-status.js";
import type { StatusRollup } from "../../src/domain/status-rollup.js";
import { shellActor } from "../../src/policies/actor.js";
import { claimEmptyDatabaseForDemo } from "../../src/services/demo/demo-database.js";
import { DEMO_ACCOUNTS } from "../../src/services/demo/demo-accounts.js";
import { DEMO_AS_OF } from "../../src/services/demo/demo-script.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import { progressBulletin } from "../../src/services/exports/progress-bulletin.js";
import { listMilestones, matchingMilestones } from "../../src/services/milestones.js";
import { planStatus } from "../../src/services/plan-status.js";
import type { Milestone } from "../../web/src/api.js";
import { countSignals, type SignalCounts } from "../../web/src/common/signal.js";
import { timelineLayout } from "../../web/src/insight/timeline-layout.js";
import { freshConfig } from "../support/databases.js";

/**
 * Every screen's figures for every day of the demo's half-year: the plan
 * table (the listing), the dashboard (the plan's status), My unit (each
 * unit's listing and its roll-up), the timeline (its layout of the listing)
 * and the bulletin must say the same red, yellow, green, done and overdue.
 */
const SHELL = shellActor("cli:test");
const FIRST_DAY: IsoDate = "2022-01-01";
const ACCOUNT_UNITS = new Set<string>(DEMO_ACCOUNTS.map((account) => account.unit));

type Lit = Pick<StatusAsOf, "status" | "light">;

interface Figures extends SignalCounts {
  readonly overdue: number;
}

const ofRollup = (rollup: Pick<StatusRollup, "lights" | "counts">): Figures => ({
  ...rollup.lights,
  done: rollup.counts.done,
  overdue: rollup.counts.overdue,
});

const ofListed = (items: readonly Lit[]): Figures => ({
  ...countSignals(items),
  overdue: items.filter((item) => item.status === "overdue").length,
});

let db: Database;
let dispose: () => Promise<void>;
let planId: number;

beforeAll(async () => {
  const fresh = await freshConfig("sqlite");
  dispose = fresh.dispose;
  db = openDatabase(fresh.config);
  await migrateToLatest(db);
  await claimEmptyDatabaseForDemo(db, new Date("2026-03-02T03:04:05Z"));
  planId = await seedDemo(db);
}, 60_000);

afterAll(async () => {
  await db.close();
  await dispose();
});

/**
 * The listing's rows before paging (what /api/milestones pages and the web
 * loads page by page), as the office sees them, optionally a unit's part.
 */
const listed = async (asOf: IsoDate, unit?: { id: number; role: "lead" | "cooperating" }) =>
  (
    await matchingMilestones(
      db,
      { all: true },
      {
        planId,
        asOf,
        sort: "position",
        ...(unit === undefined ? {} : { unitId: unit.id, role: unit.role }),
      },
    )
  ).map((rated) => rated.state);

it("shows the same counts on the table, dashboard, My unit, timeline and bulletin every day", async () => {
  let days = 0;
  for (let asOf = FIRST_DAY; asOf <= DEMO_AS_OF; asOf = addDays(asOf, 1)) {
    days += 1;
    const status = await planStatus(db, SHELL, { planId, asOf });
    const dashboard = ofRollup(status);
    const where = `on ${asOf}`;

    const page = await listMilestones(db, SHELL, {
      planId,
      asOf,
      sort: "position",
      page: 1,
      pageSize: 200,
    });
    expect(page.total).toBe(status.total);
    expect(ofListed(page.items), `table ${where}`).toEqual(dashboard);
    expect(
      page.items.map((item) => item.lightReason),
      `the table's light reasons ${where}`,
    ).toEqual(status.milestones.map((line) => line.lightReason));
    expect(
      status.lights.red + status.lights.yellow + status.lights.green + status.counts.done,
    ).toBe(status.total);

    const layout = timelineLayout(page.items as unknown as Milestone[], "2022-01-01");
    const drawn = [...layout.bars.map((bar) => bar.milestone), ...layout.undated];
    expect(ofListed(drawn), `timeline ${where}`).toEqual(dashboard);

    const bulletin = await progressBulletin(db, SHELL, { planId, asOf });
    const progress = [...bulletin.progress.values()];
    expect(
      {
        overdue: bulletin.overdue.length,
        dueSoon: bulletin.dueSoon.length,
        done: progress.filter((p) => p.status === "done").length,
      },
      `bulletin ${where}`,
    ).toEqual({ overdue: dashboard.overdue, dueSoon: status.counts.dueSoon, done: dashboard.done });
    for (const line of bulletin.units) {
      const unit = status.byUnit.find((u) => u.unit === line.unit);
      expect(line.onTime, `bulletin ${line.unit} ${where}`).toBe(unit?.lead.onTime);
    }

    // The units people log in as every day; every unit each week and at month ends (time budget).
    const everyUnit = asOf.endsWith("-01") || daysBetween(FIRST_DAY, asOf) % 7 === 0;
    for (const unit of status.byUnit.filter((u) => everyUnit || ACCOUNT_UNITS.has(u.unit))) {
      const own = await planStatus(db, SHELL, { planId, asOf, unit: unit.unitId });
      expect(ofRollup(own), `${unit.unit}'s dashboard ${where}`).toEqual(ofRollup(unit.lead));
      const lead = await listed(asOf, { id: unit.unitId, role: "lead" });
      const cooperating = await listed(asOf, { id: unit.unitId, role: "cooperating" });
      expect(ofListed(lead), `${unit.unit}'s My unit, lead ${where}`).toEqual(ofRollup(own));
      expect(ofListed(cooperating), `${unit.unit}'s My unit, cooperating ${where}`).toEqual(
        ofRollup(own.cooperating ?? unit.cooperating),
      );
    }
  }
  expect(days).toBe(181);
}, 120_000);
