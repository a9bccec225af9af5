import { describe, expect, it } from "vitest";
import { runDuban } from "../support/cli-run.js";
import { expectedReference, fixturePath } from "../support/fixtures.js";
import { projectOnto } from "../support/project-onto.js";

describe("duban slice", () => {
  it("starts with the slice's title and header line in the table's own words", async () => {
    const { code, stdout } = await runDuban([
      "slice",
      fixturePath("seed-2022-kjj.txt"),
      "--unit",
      "市科技局",
    ]);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 2)).toEqual([
      "2022年市政府重点工作任务分解表（市科技局牵头部分）",
      "（牵头重点工作任务12项，牵头重点工作任务节点计划2项）",
    ]);
  });

  it("gives back the reference table as JSON", async () => {
    const { stdout } = await runDuban([
      "slice",
      fixturePath("seed-2022-kjj.docx"),
      "--unit",
      "市科技局",
      "--json",
    ]);
    const expected = expectedReference();
    expect(projectOnto(expected, JSON.parse(stdout))).toEqual(expected);
  });

  it("gives an empty slice for a unit that only cooperates", async () => {
    const { code, stdout } = await runDuban([
      "slice",
      fixturePath("seed-2022-kjj.docx"),
      "--unit",
      "市税务局",
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      title: "2022年市政府重点工作任务分解表（市税务局牵头部分）",
      subtitle: "（牵头重点工作任务0项，牵头重点工作任务节点计划0项）",
      taskCount: 0,
    });
  });

  it("refuses a unit the table never names, listing those it does", async () => {
    const { code, stdout, stderr } = await runDuban([
      "slice",
      fixturePath("seed-2022-kjj.docx"),
      "--unit",
      "市科学局",
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("表中没有单位「市科学局」");
    expect(stderr).toContain("市科技局");
  });

  it("requires --unit", async () => {
    expect((await runDuban(["slice", fixturePath("seed-2022-kjj.docx")])).code).toBe(2);
  });
});
