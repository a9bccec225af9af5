import { expect, it } from "vitest";
import type { Contact } from "../../src/domain/contact.js";
import * as deliveryStatus from "../../src/db/migrations/0009-delivery-status.js";
import { insertBundle, insertDelivery, listDeliveries } from "../../src/db/queries/reminders.js";
import { insertUnit } from "../../src/db/queries/units.js";
import { describeEachDatabase } from "../support/databases.js";

const NOW = "2026-12-01T01:00:00.000Z";
const webhook: Contact = { kind: "webhook", url: "https://1.1.1.1/h", secret: "s".repeat(16) };
const wecom: Contact = { kind: "wecom", url: "https://qyapi.weixin.qq.com/send?key=k" };
const email: Contact = { kind: "email", address: "dbzy@kjj.gov.cn" };

/** Result lines as the log kept them before 0009, and what is left of each. */
const LINES: readonly [Contact, string, string][] = [
  [webhook, "HTTP 200: root:x:0:0:root:/root:/bin/bash", "HTTP 200"],
  [
    webhook,
    'the webhook answered HTTP 500: {"error":"db password=hunter2"}',
    "the webhook answered HTTP 500",
  ],
  [webhook, "HTTP 204", "HTTP 204"],
  [webhook, "fetch failed (ECONNREFUSED)", "fetch failed (ECONNREFUSED)"],
  [wecom, "WeCom accepted: code 0 ok", "WeCom accepted, code 0"],
  [
    wecom,
    "WeCom refused the message: code 93000 invalid webhook url",
    "WeCom refused the message, code 93000",
  ],
  [wecom, "WeCom answered HTTP 502: <html>internal proxy</html>", "WeCom answered HTTP 502"],
  [
    email,
    "SMTP 250 2.0.0 Ok: queued as 1A2B <id@duban>",
    "SMTP 250 2.0.0 Ok: queued as 1A2B <id@duban>",
  ],
];

describeEachDatabase("migration 0009-delivery-status", ({ open }) => {
  it("clears what receivers answered from the delivery log, keeping statuses and codes", async () => {
    const db = await open();
    const unitId = await insertUnit(db.kysely, { name: "市科技局", kind: "unit" }, NOW);
    const bundleId = await insertBundle(db.kysely, { unitId, day: "2026-12-01", itemIds: [] }, NOW);
    for (const [index, [contact, line]] of LINES.entries()) {
      await insertDelivery(db.kysely, { bundleId, key: `k${index}`, contact, message: {} }, NOW);
      await db.kysely
        .updateTable("reminder_deliveries")
        .set({ last_result: line })
        .where("dedupe_key", "=", `k${index}`)
        .execute();
    }
    await deliveryStatus.up(db.kysely);
    const after = await listDeliveries(db.kysely);
    expect(after.map((d) => d.lastResult)).toEqual(LINES.map(([, , kept]) => kept));
    expect(JSON.stringify(after)).not.toContain("hunter2");
  });
});
