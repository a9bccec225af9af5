import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDuban } from "../support/cli-run.js";
import { expectedReference, fixturePath } from "../support/fixtures.js";
import { projectOnto } from "../support/project-onto.js";

describe("duban parse", () => {
  it("prints the table the office knows, with merged task cells", async () => {
    const { code, stdout, stderr } = await runDuban(["parse", fixturePath("seed-2022-kjj.docx")]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("2022年市政府重点工作任务分解表（市科技局牵头部分）");
    expect(lines[1]).toBe("（牵头重点工作任务12项，牵头重点工作任务节点计划2项）");
    expect(lines[2]).toBe("2022年 · 市科技局牵头部分 · 任务 14 项 · 节点计划 38 项");
    expect(stdout).toContain("│ 202  │ 深入实施科技");
    // Task 202 spans five milestone rows but its number is printed once.
    expect(stdout.match(/│ 202 /g)).toHaveLength(1);
    expect(stdout).toContain("（5）实施江门科技“双百工程”");
  });

  it("prints the interchange JSON with --json", async () => {
    const { code, stdout } = await runDuban(["parse", fixturePath("seed-2022-kjj.xlsx"), "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    const expected = expectedReference();
    expect(projectOnto(expected, json)).toEqual(expected);
    expect(json).toMatchObject({
      format: "duban.plan",
      formatVersion: 1,
      kind: "slice",
      diagnostics: [],
    });
  });

  it("exits 1 and names the cell of an error, in Chinese by default and English on request", async () => {
    const file = join(tmpdir(), `duban-bad-2022-${process.pid}.csv`);
    writeFileSync(file, "序号,工作任务,节点计划,责任单位,完成时限\n1,任务,（1）一,市科技局,尽快\n");
    const zh = await runDuban(["parse", file]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toBe("");
    expect(zh.stderr).toContain("错误 [deadline.unreadable]");
    expect(zh.stderr).toContain("第2行 第5列 「完成时限」");
    const en = await runDuban(["--lang", "en", "parse", file, "--json"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain("error [deadline.unreadable]");
    expect(en.stderr).toContain('row 2 column 5 "完成时限"');
    const body = JSON.parse(en.stdout) as { diagnostics: { code: string }[]; tasks?: unknown };
    expect(body.tasks).toBeUndefined();
    expect(body.diagnostics.map((d) => d.code)).toEqual([
      "deadline.unreadable",
      "plan.title_composed",
    ]);
  });

  it("uses the year, title and issuer given for a file that states none", async () => {
    const file = join(tmpdir(), `duban-noyear-${process.pid}.csv`);
    writeFileSync(
      file,
      "序号,工作任务,节点计划,责任单位,完成时限\n1,任务,（1）一,市科技局,6月30日\n",
    );
    expect((await runDuban(["parse", file])).code).toBe(1);
    const given = await runDuban([
      "parse",
      file,
      "--year",
      "2024",
      "--json",
      "--title",
      "2024年区政府重点工作任务分解表",
    ]);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout)).toMatchObject({
      title: "2024年区政府重点工作任务分解表",
      issuer: "区政府",
      year: 2024,
      tasks: [{ milestones: [{ due: "2024-06-30" }] }],
    });
  });

  it("exits 2 on a wrong call", async () => {
    expect((await runDuban(["parse"])).code).toBe(2);
    expect((await runDuban(["parse", "x.docx", "--year", "22"])).code).toBe(2);
    expect((await runDuban(["frobnicate"])).code).toBe(2);
  });
});
