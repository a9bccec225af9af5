import { expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { holdReminderLease } from "../../src/services/reminders/reminder-lease.js";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

describeEachDatabase("duban remind", ({ open }) => {
  it("prints a dry run, then records and sends once, and waits for a server that is sending", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    // Imported today: days ahead find the 2022 deadlines overdue, reminded weekly; one of
    // seven days in a row is a reminder day of 市科技局's milestones.
    type Run = { digests: { unit: string; reminders: { kind: string }[] }[] };
    let day = "";
    let planned: Run = { digests: [] };
    for (let ahead = 400; planned.digests.length === 0 && ahead < 407; ahead += 1) {
      day = new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10);
      const dry = await duban("remind", "--as-of", day, "--dry-run", "--json");
      expect(dry.code, dry.stderr).toBe(0);
      planned = JSON.parse(dry.stdout) as Run;
    }
    expect(planned.digests.map((d) => d.unit)).toContain("市科技局");
    expect(planned.digests[0]?.reminders[0]?.kind).toBe("overdue");
    const sent = await duban("remind", "--as-of", day, "--json");
    expect(sent.code, sent.stderr).toBe(0);
    expect((JSON.parse(sent.stdout) as Run).digests).toEqual(planned.digests);
    const again = await duban("remind", "--as-of", day, "--json");
    expect((JSON.parse(again.stdout) as Run).digests).toEqual([]);

    const other = openDatabase(db.config);
    try {
      expect(await holdReminderLease(other, "server-1", new Date(), 60_000)).toBe(true);
      const busy = await duban("remind", "--as-of", day, "--lang", "en");
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain("Another Duban instance is sending reminders");
    } finally {
      await other.close();
    }
  });
});
