import { expect, it } from "vitest";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import type { Plan } from "../../src/domain/plan.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { listTargets } from "../../src/services/targets/list-targets.js";
import { reportActual } from "../../src/services/targets/report-actual.js";
import { describeEachDatabase } from "../support/databases.js";
import { editMilestones, editTask } from "../support/plan-edits.js";
import { referencePlan } from "../support/reference-plan.js";
import { SHELL, at, referenceWorkflow } from "../support/reference-workflow.js";
import { confirmTarget } from "../support/targets.js";

/**
 * The reference table revised in its numbers: 202（5） loses its 产学研合作项目
 * and 创新联合体 clauses, 204 asks for 2.8% instead of 2.7%, 206（5） for 540
 * platforms, and 204 gains a step with a number of its own.
 */
const revised: Plan = editMilestones(
  editMilestones(
    editTask(
      editMilestones(referencePlan, 202, (ms) =>
        ms.map((m) =>
          m.seq === 5
            ? {
                ...m,
                text: "实施江门科技“双百工程”，收集企业技术需求和高校院所技术成果300项以上，积极申请国家或省重点研发计划项目。",
              }
            : m,
        ),
      ),
      204,
      (task) => ({ ...task, title: task.title.replace("2.7%", "2.8%") }),
    ),
    206,
    (ms) => ms.map((m) => (m.seq === 5 ? { ...m, text: m.text.replace("530家", "540家") } : m)),
  ),
  204,
  (ms) => [
    ...ms,
    {
      seq: 4,
      text: "组织研发费用加计扣除政策培训不少于10场。",
      responsibilities: [{ unit: "市科技局", role: "lead" }],
      persons: [],
      initialProgress: [],
      deadline: { kind: "date", text: "11月30日", date: "2022-11-30" },
      remarks: {},
    },
  ],
);

const words = (targets: readonly { span: { text: string } | null }[]) =>
  targets.map((t) => t.span?.text ?? "");

describeEachDatabase("targets across revisions", ({ open }) => {
  it("keeps what the office touched or units reported, drops untouched proposals whose words went, proposes new words", async () => {
    const db = await open();
    const { planId, office, staff } = await referenceWorkflow(db);
    const before = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    const byWords = (text: string) => {
      const found = before.find((t) => t.span?.text.includes(text) === true);
      if (!found) throw new Error(`no target read from ${text}`);
      return found;
    };
    const share = byWords("2.7%");
    const platforms = byWords("530家");
    const alliances = byWords("20～30家");
    const projects = byWords("20～30项");
    const kept = byWords("300项");
    // The office confirms 2.7% and 206（5）'s 530; a unit reports on 530.
    await confirmTarget(db, office, share.id);
    await confirmTarget(db, office, platforms.id);
    await reportActual(
      db,
      staff,
      { targetId: platforms.id, value: 500, asOf: "2022-03-31", source: "省科技厅认定名单" },
      at("2022-04-01"),
    );

    const outcome = await importPlanFile(db, {
      bytes: await planToXlsx(revised),
      fileName: "revised.xlsx",
      planId,
      actor: SHELL,
      now: () => new Date("2022-04-10T02:00:00Z"),
    });
    expect(outcome.kind).toBe("revised");

    const after = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    const ids = new Set(after.map((t) => t.id));
    // Confirmed and reported targets stay, although their words changed.
    expect(ids.has(share.id)).toBe(true);
    expect(ids.has(platforms.id)).toBe(true);
    expect(after.find((t) => t.id === platforms.id)?.latestActual?.value).toBe(500);
    // An untouched proposal whose words are still there keeps its id.
    expect(ids.has(kept.id)).toBe(true);
    // Untouched proposals whose words went are gone.
    expect(ids.has(alliances.id)).toBe(false);
    expect(ids.has(projects.id)).toBe(false);
    // New words are proposed.
    const fresh = after.filter((t) => !before.some((b) => b.id === t.id));
    expect(words(fresh).sort()).toEqual(
      [
        expect.stringContaining("2.8%"),
        expect.stringContaining("540家"),
        expect.stringContaining("10场"),
      ].sort(),
    );
    expect(fresh.every((t) => t.state === "proposed" && t.origin === "extracted")).toBe(true);
    expect(fresh.find((t) => t.span?.text.includes("10场") === true)).toMatchObject({
      taskNo: 204,
      milestoneSeq: 4,
      comparison: "at_least",
      value: 10,
      unitOfMeasure: "场",
    });

    // Importing the same table again changes nothing.
    const again = await importPlanFile(db, {
      bytes: await planToXlsx(revised),
      fileName: "revised-again.xlsx",
      planId,
      actor: SHELL,
    });
    expect(again.kind).toBe("unchanged");
    expect(
      (await listTargets(db, office, { planId, asOf: "2022-06-30" })).map((t) => t.id),
    ).toEqual(after.map((t) => t.id));
  });

  it("proposes a rise from one value to another with the first as its baseline", async () => {
    const db = await open();
    const { planId, office } = await referenceWorkflow(db);
    const rising = editMilestones(referencePlan, 206, (ms) =>
      ms.map((m) =>
        m.seq === 5 ? { ...m, text: m.text.replace("达530家", "从480家提高至530家") } : m,
      ),
    );
    await importPlanFile(db, {
      bytes: await planToXlsx(rising),
      fileName: "rising.xlsx",
      planId,
      actor: SHELL,
      now: () => new Date("2022-04-10T02:00:00Z"),
    });
    const targets = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    expect(targets).toHaveLength(10);
    expect(targets.find((t) => t.span?.text.includes("提高至") === true)).toMatchObject({
      taskNo: 206,
      milestoneSeq: 5,
      subject: "省级以上创新平台总量",
      comparison: "reach",
      value: 530,
      baseline: 480,
      span: { text: "省级以上创新平台总量从480家提高至530家" },
    });
  });

  it("writes a dry run's proposals nowhere", async () => {
    const db = await open();
    const { planId, office } = await referenceWorkflow(db);
    const before = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    await importPlanFile(db, {
      bytes: await planToXlsx(revised),
      fileName: "revised.xlsx",
      planId,
      actor: SHELL,
      dryRun: true,
    });
    expect(await listTargets(db, office, { planId, asOf: "2022-06-30" })).toEqual(before);
  });
});
