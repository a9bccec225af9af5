import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterEach, expect, it } from "vitest";
import type { MilestoneDataJson } from "../../src/exporters/milestone-data.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";
import { readIcs } from "../support/read-ics.js";

const TITLE = "2022年市政府重点工作任务分解表（市科技局牵头部分）";
const home = process.cwd();

afterEach(() => {
  process.chdir(home);
});

describeEachDatabase("duban export", ({ open }) => {
  it("writes the file under the API's name here, or to -o, or to standard output", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "duban-export-"));
    process.chdir(dir);

    const table = await duban("export", "--plan", "1", "--format", "docx", "--unit", "市科技局");
    expect(table.code, table.stderr).toBe(0);
    const written = join(dir, `${TITLE}.docx`);
    expect(table.stdout).toBe(`${written}\n`);
    const back = await importPlanBytes(readFileSync(written), "back.docx");
    expect(back.ok && back.plan.headerCounts).toEqual({ leadTasks: 12, leadMilestones: 2 });

    const csv = await duban("export", "--plan", "1", "--format", "csv", "--as-of", "2022-06-20");
    expect(csv.code, csv.stderr).toBe(0);
    const named = join(dir, `${TITLE}截至2022年6月20日.csv`);
    expect(csv.stdout.trim()).toBe(named);
    const rows = parseCsv(readFileSync(named, "utf8"), { bom: true });
    expect(rows).toHaveLength(39);

    const chosen = join(dir, "out.xlsx");
    const xlsx = await duban("export", "--plan", "1", "--format", "xlsx", "-o", chosen);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect((await importPlanBytes(readFileSync(chosen), "out.xlsx")).ok).toBe(true);

    const json = await duban(
      ...["export", "--plan", "1", "--format", "json", "--as-of", "2022-06-20"],
      ...["--status", "overdue", "--text", "研发", "-o", "-"],
    );
    expect(json.code, json.stderr).toBe(0);
    const data = JSON.parse(json.stdout) as MilestoneDataJson;
    expect(data.milestones.map((m) => [m.taskNo, m.seq])).toEqual([
      [204, 1],
      [204, 2],
    ]);
    expect(existsSync(join(dir, `${TITLE}（筛选）截至2022年6月20日.json`))).toBe(false);

    // A report is the milestone's latest progress from its day on, not before.
    const id = String(data.milestones[0]?.id);
    const report = await duban(
      ...["report", id, "--unit", "市科技局", "--text", "=已召开推进会", "--on", "2022-05-10"],
    );
    expect(report.code, report.stderr).toBe(0);
    const progress = async (asOf: string) => {
      const run = await duban(
        ...["export", "--plan", "1", "--format", "csv", "--as-of", asOf, "--text", "研发"],
        ...["--status", "overdue", "-o", "-"],
      );
      const [header, ...rows] = parseCsv(run.stdout, { bom: true });
      const at = header?.indexOf("最新进展") ?? -1;
      return rows[0]?.slice(at);
    };
    expect(await progress("2022-06-20")).toEqual(["'=已召开推进会", "2022-05-10"]);
    expect(await progress("2022-05-09")).toEqual(["", ""]);
  });

  it("says what is wrong: a format with no export, a unit, a day, a revision, a place to write", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    const ics = await duban("export", "--plan", "1", "--format", "ics", "-o", "-");
    expect(ics.code, ics.stderr).toBe(0);
    expect(readIcs(ics.stdout).events).toHaveLength(38);
    const revised = await duban(
      ...["export", "--plan", "1", "--format", "ics", "--revision", "1", "--lang", "en"],
    );
    expect(revised.code).toBe(1);
    expect(revised.stderr).toContain("takes no revision");
    const pdf = await duban("export", "--plan", "1", "--format", "pdf");
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain("docx, xlsx, csv, json, ics");
    const unit = await duban("export", "--plan", "1", "--format", "docx", "--unit", "市不存在局");
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain("没有单位「市不存在局」");
    expect((await duban("export", "--plan", "1", "--format", "csv", "--as-of", "6/30")).code).toBe(
      2,
    );
    const role = await duban("export", "--plan", "1", "--format", "csv", "--role", "lead");
    expect(role.code).toBe(2);
    expect(role.stderr).toContain("--role 须与 --responsible 同用");
    const revision = await duban("export", "--plan", "1", "--format", "docx", "--revision", "4");
    expect(revision.code).toBe(1);
    expect(revision.stderr).toContain("没有第4版");
    const nowhere = await duban(
      ...["export", "--plan", "1", "--format", "csv"],
      ...["-o", join(tmpdir(), "no-such-dir-duban", "x.csv")],
    );
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain("无法写入");
  });
});
