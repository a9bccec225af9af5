import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { freshDuban } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";

const dir = mkdtempSync(join(tmpdir(), "duban-import-sub-plan-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const table = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

/** The city's plan: one milestone of 市科技局, due 6月30日 (milestone 1 of a fresh database). */
const CITY = table(
  "2026年重点工作任务分解表.csv",
  "序号,工作任务,节点计划,责任单位,完成时限\n" +
    "1,推进科技金融。（牵头单位：市科技局）,（1）开展科技信贷。,市科技局,6月30日\n",
);

/** The bureau's own table of steps, without a year: read in the city plan's. */
const steps = (secondDue: string): string =>
  table(
    `kjj-${secondDue}.csv`,
    "序号,工作任务,节点计划,责任单位,完成时限\n" +
      "1,开展科技信贷,（1）摸排企业融资需求,市科技局科技金融科,5月31日\n" +
      `1,开展科技信贷,（2）组织银企对接,市科技局科技金融科,${secondDue}\n`,
  );

describeEachDatabase("duban import --parent-milestone", ({ open }) => {
  it("imports the bureau's table as the milestone's sub-plan, refusing it whole when a row runs late", async () => {
    const duban = await freshDuban(open);
    expect((await duban("import", CITY)).code).toBe(0);
    const late = await duban("import", steps("7月31日"), "--parent-milestone", 1);
    expect(late.code).not.toBe(0);
    expect(late.stderr).toContain("晚于上级节点计划的完成时限（2026-06-30）");
    expect(JSON.parse((await duban("plans", "--json")).stdout)).toHaveLength(1);
    const fits = await duban("import", steps("6月30日"), "--parent-milestone", 1, "--json");
    expect(fits.code, fits.stderr).toBe(0);
    expect(JSON.parse(fits.stdout)).toMatchObject({ kind: "created", planId: 2 });
    expect(fits.stderr).toContain("市科技局科技金融科");
    expect((await duban("plans")).stdout).toContain("子计划 #1");
  });
});
