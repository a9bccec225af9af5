import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { freshDuban } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";

const dir = mkdtempSync(join(tmpdir(), "duban-import-corrections-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A one-task table whose milestone has no deadline: the reader warns, the office corrects. */
const TABLE = join(dir, "2026年重点工作任务分解表.csv");
writeFileSync(
  TABLE,
  "序号,工作任务,节点计划,责任单位,完成时限\n" +
    "1,推进科技金融。（牵头单位：市科技局）,（1）开展科技信贷。,市科技局,\n",
);

const write = (name: string, corrections: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(corrections));
  return file;
};

const CORRECTIONS = write("corrections.json", [
  {
    kind: "milestone",
    task: { label: "1", outline: [], title: "推进科技金融。" },
    milestone: { seq: 1, position: 1, text: "开展科技信贷。" },
    deadline: "6月底前",
    responsibilities: [
      { unit: "市科技局", role: "lead" },
      { unit: "市金融局", role: "cooperating" },
    ],
  },
]);

describeEachDatabase("duban import --corrections", ({ open }) => {
  it("imports the table as corrected, and applies the kept corrections to the same file again", async () => {
    const duban = await freshDuban(open);
    const first = await duban("import", TABLE, "--corrections", CORRECTIONS, "--json");
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ kind: "created", correctionsApplied: 1 });
    const shown = await duban("show", "1", "--json");
    expect(JSON.parse(shown.stdout)).toMatchObject({
      plan: { tasks: [{ milestones: [{ units: ["市科技局", "市金融局"], due: "2026-06-30" }] }] },
    });
    const again = await duban("import", TABLE);
    expect(again).toMatchObject({
      code: 0,
      stdout: "未改动：与第1版相同（同一文件）\n应用了 1 条更正\n",
    });
  });

  it("refuses a corrections file that is not corrections, and imports nothing", async () => {
    const duban = await freshDuban(open);
    const bad = write("bad.json", [{ kind: "milestone", deadline: "6月底前" }]);
    const run = await duban("import", TABLE, "--corrections", bad);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("更正内容无效");
    expect((await duban("plans", "--json")).stdout.trim()).toBe("[]");
  });
});
