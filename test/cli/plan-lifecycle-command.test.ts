import { expect, it } from "vitest";
import { freshDuban } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

describeEachDatabase("duban plan archive | unarchive | delete", ({ open }) => {
  it("archives, restores and deletes a plan, and says so", async () => {
    const duban = await freshDuban(open);
    const imported = await duban("import", fixturePath("seed-2022-kjj.docx"), "--json");
    const { planId } = JSON.parse(imported.stdout) as { planId: number };
    const title = "2022年市政府重点工作任务分解表（市科技局牵头部分）";

    expect(await duban("plan", "archive", planId)).toMatchObject({
      code: 0,
      stdout: `已归档计划「${title}」：只能查看和导出，不再催办\n`,
    });
    const listed = JSON.parse((await duban("plans", "--json")).stdout) as {
      archivedAt: string | null;
    }[];
    expect(listed[0]?.archivedAt).toEqual(expect.any(String));
    expect((await duban("plans")).stdout).toContain(title);

    expect(await duban("plan", "unarchive", planId)).toMatchObject({
      code: 0,
      stdout: `已恢复计划「${title}」\n`,
    });
    expect(await duban("plan", "delete", planId, "--json")).toMatchObject({ code: 0 });
    expect(JSON.parse((await duban("plans", "--json")).stdout)).toEqual([]);

    const missing = await duban("plan", "delete", planId);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toBe(`错误：没有编号为 ${String(planId)} 的计划\n`);
  });
});
