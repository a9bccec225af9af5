import { expect, it } from "vitest";
import { listTargets } from "../../src/services/targets/list-targets.js";
import { reportActual } from "../../src/services/targets/report-actual.js";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";
import { SHELL, at } from "../support/reference-workflow.js";
import { confirmTarget } from "../support/targets.js";

describeEachDatabase("duban targets", ({ open }) => {
  it("lists a plan's targets as a table in the terminal's language, and as the API's JSON", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    // The office confirms one target and 市科技局 reports on it, through the use cases.
    const [firms] = (await listTargets(db, SHELL, { planId: 1, asOf: "2022-07-01" })).filter(
      (t) => t.span?.text.includes("2300家") === true,
    );
    if (!firms) throw new Error("no target of 2300家");
    await confirmTarget(db, SHELL, firms.id);
    await reportActual(
      db,
      SHELL,
      { targetId: firms.id, value: 2100, asOf: "2022-06-30", source: "统计快报" },
      at("2022-07-01"),
    );

    const json = await duban("targets", "--plan", "1", "--as-of", "2022-07-01", "--json");
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as {
      planId: number;
      asOf: string;
      items: {
        id: number;
        taskNo: number;
        subject: string;
        comparison: string;
        value: number | null;
        unitOfMeasure: string;
        span: { text: string } | null;
        latestActual: { value: number; asOf: string; source: string } | null;
        progress: { light: string | null };
        can: { edit: boolean; report: boolean };
      }[];
    };
    expect(report).toMatchObject({ planId: 1, asOf: "2022-07-01" });
    expect(report.items.length).toBeGreaterThanOrEqual(10);
    const first = report.items.find((t) => t.id === firms.id);
    expect(first).toMatchObject({
      taskNo: 202,
      subject: "高新技术企业",
      comparison: "more_than",
      value: 2300,
      unitOfMeasure: "家",
      latestActual: { value: 2100, asOf: "2022-06-30", source: "统计快报" },
      can: { edit: true, report: true },
    });
    expect(first?.progress.light).not.toBeNull();
    expect(report.items.find((t) => t.taskNo === 204)?.value).toBe(2.7);

    const zh = await duban("targets", "--plan", "1", "--as-of", "2022-07-01", "--lang", "zh");
    expect(zh.code, zh.stderr).toBe(0);
    for (const words of [
      "指标",
      "计量单位",
      "原文",
      "高新技术企业",
      "超过",
      "2300",
      "2100（2022-06-30）",
      "待确认",
      "已确认",
    ]) {
      expect(zh.stdout).toContain(words);
    }
    expect(zh.stdout).toContain(
      `截至 2022-07-01：共 ${String(report.items.length)} 项量化指标，已确认 1 项`,
    );
    const en = await duban("targets", "--plan", "1", "--as-of", "2022-07-01", "--lang", "en");
    expect(en.stdout).toContain("more than");
    expect(en.stdout).toContain(
      `As of 2022-07-01: ${String(report.items.length)} targets, 1 confirmed`,
    );

    const missing = await duban("targets", "--plan", "9");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("9");
  });
});
