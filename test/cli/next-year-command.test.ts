import { expect, it } from "vitest";
import { freshDuban } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

const PLAN_2023 = "2023年市政府重点工作任务分解表（市科技局牵头部分）";

describeEachDatabase("duban next-year", ({ open }) => {
  it("lists what it would carry and changes nothing; with --apply prints only the new plan's id", async () => {
    const duban = await freshDuban(open);
    const imported = await duban("import", fixturePath("seed-2022-kjj.docx"), "--json");
    const { planId } = JSON.parse(imported.stdout) as { planId: number };

    const dry = await duban("next-year", "--plan", planId, "--year", 2023);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`结转到「${PLAN_2023}」`);
    expect(dry.stdout).toContain("204（1）");
    expect(dry.stdout).toContain("2022-03-31");
    expect(dry.stdout).toContain("2023-03-31");
    expect(dry.stdout).toContain("未作任何改动");
    expect(dry.stderr).toBe("");
    expect(JSON.parse((await duban("plans", "--json")).stdout)).toHaveLength(1);

    const applied = await duban("next-year", "--plan", planId, "--year", 2023, "--apply");
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^\d+\n$/);
    const newId = Number(applied.stdout);
    expect(applied.stderr).toContain(
      `已新建计划 #${String(newId)}「${PLAN_2023}」，结转节点 38 个`,
    );
    const plans = JSON.parse((await duban("plans", "--json")).stdout) as {
      id: number;
      year: number;
      category: string;
    }[];
    expect(plans.find((p) => p.id === newId)).toMatchObject({
      year: 2023,
      category: "政府工作报告",
    });
    // Carried once: the old plan now proposes them as carried already.
    const again = await duban("next-year", "--plan", planId, "--year", 2024, "--lang", "en");
    expect(again.stdout).toContain(`carried into plan #${String(newId)}`);
  });

  it("carries none with --carry none, warns of a year without holidays, refuses bad flags", async () => {
    const duban = await freshDuban(open);
    const imported = await duban("import", fixturePath("seed-2022-kjj.docx"), "--json");
    const { planId } = JSON.parse(imported.stdout) as { planId: number };
    const none = await duban(
      "next-year",
      "--plan",
      planId,
      "--year",
      2027,
      "--carry",
      "none",
      "--apply",
    );
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/^\d+\n$/);
    expect(none.stderr).toContain("结转节点 0 个");
    expect(none.stderr).toContain("警告：工作日历中没有2027年的节假日安排");

    const wrongCarry = await duban("next-year", "--plan", planId, "--year", 2023, "--carry", "all");
    expect(wrongCarry.code).not.toBe(0);
    const early = await duban("next-year", "--plan", planId, "--year", 2021);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("新计划的年度应晚于原计划的2022年");
    const missing = await duban("next-year", "--plan", 999, "--year", 2023);
    expect(missing.stderr).toBe("错误：没有编号为 999 的计划\n");
  });
});
