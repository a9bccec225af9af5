import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { claimEmptyDatabaseForDemo } from "../../src/services/demo/demo-database.js";
import { DEMO_AS_OF } from "../../src/services/demo/demo-script.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

describeEachDatabase("duban status", ({ open }) => {
  it("prints the status JSON scripts rely on, for a plan and for a unit", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);

    const run = await duban("status", "--plan", "1", "--as-of", "2022-06-20", "--json");
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      asOf: string;
      counts: Record<string, number>;
      milestones: { taskNo: number; seq: number; status: string; light: string; due: string }[];
    };
    expect(report.asOf).toBe("2022-06-20");
    // By the fixture's deadlines: 204（1）, 204（2） overdue; seven due by 06-30.
    expect(report.counts).toEqual({
      done: 0,
      overdue: 2,
      dueSoon: 7,
      inProgress: 0,
      notStarted: 29,
    });
    expect(report.milestones).toHaveLength(38);
    expect(report.milestones.find((m) => m.taskNo === 204 && m.seq === 1)).toMatchObject({
      status: "overdue",
      light: "red",
      due: "2022-03-31",
    });

    const unit = await duban(
      "status",
      "--plan",
      "1",
      "--as-of",
      "2022-06-20",
      "--unit",
      "市审计局",
      "--json",
    );
    const audit = JSON.parse(unit.stdout) as {
      counts: Record<string, number>;
      cooperating: { total: number };
    };
    expect(audit.counts).toEqual({ done: 0, overdue: 0, dueSoon: 0, inProgress: 0, notStarted: 0 });
    expect(audit.cooperating.total).toBe(9);

    const text = await duban("status", "--plan", "1", "--as-of", "2022-06-20", "--lang", "en");
    expect(text.stdout).toContain("As of 2022-06-20: 38 milestones, 0 done, 2 overdue, 7 due soon");
  });
});

describeEachDatabase("duban report", ({ open }) => {
  it("enters a unit's report from the shell, and status follows it", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    const before = JSON.parse(
      (await duban("status", "--plan", "1", "--as-of", "2022-06-20", "--json")).stdout,
    ) as { milestones: { id: number; taskNo: number; seq: number; status: string }[] };
    const m202 = before.milestones.find((m) => m.taskNo === 202 && m.seq === 1);
    const m203 = before.milestones.find((m) => m.taskNo === 203 && m.seq === 1);
    expect(m202?.status).toBe("not_started");

    const dir = mkdtempSync(join(tmpdir(), "duban-report-"));
    const evidence = join(dir, "会议纪要.pdf");
    writeFileSync(evidence, "%PDF-1.4\n%%EOF\n");
    const lead = await duban(
      "report",
      String(m202?.id),
      "--unit",
      "市科技局",
      "--text",
      "已组织宣讲两场",
      "--percent",
      "40",
      "--file",
      evidence,
      "--on",
      "2022-06-10",
      "--json",
    );
    expect(lead.code, lead.stderr).toBe(0);
    expect(JSON.parse(lead.stdout)).toMatchObject({ official: true, on: "2022-06-10" });
    const input = await duban(
      "report",
      String(m203?.id),
      "--unit",
      "市审计局",
      "--text",
      "已提供材料",
      "--on",
      "2022-06-10",
      "--json",
    );
    expect(JSON.parse(input.stdout)).toMatchObject({ official: false });

    const after = JSON.parse(
      (await duban("status", "--plan", "1", "--as-of", "2022-06-20", "--json")).stdout,
    ) as typeof before;
    expect(after.milestones.find((m) => m.id === m202?.id)?.status).toBe("in_progress");
    // The day before the report, as before.
    const earlier = JSON.parse(
      (await duban("status", "--plan", "1", "--as-of", "2022-06-09", "--json")).stdout,
    ) as typeof before;
    expect(earlier.milestones.find((m) => m.id === m202?.id)?.status).toBe("not_started");

    const stranger = await duban(
      "report",
      String(m202?.id),
      "--unit",
      "团市委",
      "--text",
      "x",
      "--lang",
      "en",
    );
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain("There is no milestone");
  });
});

describeEachDatabase("duban on a demo database", ({ open }) => {
  it("works in the demo's time, as the server does", async () => {
    const db = await open();
    expect(await claimEmptyDatabaseForDemo(db, new Date())).toBe(true);
    const planId = await seedDemo(db);
    const run = await dubanFor(db.config)("status", "--plan", String(planId), "--json");
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { asOf: string }).asOf).toBe(DEMO_AS_OF);
    // Done work is not a light: the table marks it ✓, as every screen does.
    const table = await dubanFor(db.config)("status", "--plan", String(planId));
    const doneRows = table.stdout.split("\n").filter((row) => /│\s*已完成\s*│/.test(row));
    expect(doneRows.length).toBeGreaterThan(0);
    for (const row of doneRows) expect(row).toContain("✓");
  });
});
