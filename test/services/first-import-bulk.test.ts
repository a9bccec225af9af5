import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { loadPlanContent } from "../../src/db/queries/plan-content.js";
import type { Plan, Task } from "../../src/domain/plan.js";
import { shellActor } from "../../src/policies/actor.js";
import { storeReadPlan } from "../../src/services/import-plan-file.js";
import { describeEachDatabase } from "../support/databases.js";
import { referencePlan } from "../support/reference-plan.js";

/**
 * A first import writes its rows in bulk (db/bulk-insert.ts) and skips the
 * diff; a revision pairs every row with the one before. Both must store the
 * same plan, awkward texts included: quotes, backslashes, line breaks,
 * emoji, empty and absent values, initial progress and named roles.
 */

const AWKWARD = `含"引号"与'单引号'，反斜杠\\和\\\\两个，换行\n制表\t以及😀；结尾`;

const awkwardTask = (task: Task): Task => ({
  ...task,
  title: `${task.title}${AWKWARD}`,
  persons: [{ name: "张\\三", role: `责任"领导"` }],
  outline: [{ label: "一", title: AWKWARD, level: 1 }],
  remarks: { 备注: AWKWARD, 空: "" },
  milestones: task.milestones.map((m, i) => ({
    ...m,
    seq: i === 0 ? null : m.seq,
    text: `${m.text}${i === 0 ? AWKWARD : ""}`,
    persons: [{ name: "李四", role: "责任人" }],
    initialProgress: [
      { header: "进展情况", text: AWKWARD },
      { header: "一季度完成情况", text: "" },
    ],
    remarks: { 备注: `第${i + 1}步\\` },
  })),
});

const awkwardPlan: Plan = {
  ...referencePlan,
  subtitle: AWKWARD,
  tasks: referencePlan.tasks.map((task, i) => (i % 2 === 0 ? awkwardTask(task) : task)),
};

/** Another table of the same plan: the first half of the tasks, their steps reworded. */
const earlierPlan: Plan = {
  ...referencePlan,
  tasks: referencePlan.tasks.slice(0, Math.ceil(referencePlan.tasks.length / 2)).map((task) => ({
    ...task,
    milestones: task.milestones.map((m) => ({ ...m, text: `${m.text}（初稿）` })),
  })),
};

const store = (db: Database, plan: Plan, marker: number, planId?: number) =>
  storeReadPlan(
    db,
    {
      bytes: new Uint8Array([marker]),
      fileName: `table-${marker}.xlsx`,
      actor: shellActor("cli:test"),
      ...(planId === undefined ? {} : { planId }),
    },
    { ok: true, plan, format: "xlsx", diagnostics: [] },
  );

describeEachDatabase("a first import in bulk", ({ open }) => {
  it("stores the plan a revision to the same table stores, and reads it back as it was", async () => {
    const fresh = await open();
    const first = await store(fresh, awkwardPlan, 1);
    expect(first.kind).toBe("created");
    const bulk = await loadPlanContent(fresh.kysely, first.planId, 1);

    const revised = await open();
    const before = await store(revised, earlierPlan, 2);
    const after = await store(revised, awkwardPlan, 3, before.planId);
    expect(after).toMatchObject({ kind: "revised", revision: 2 });
    const diffed = await loadPlanContent(revised.kysely, before.planId, 2);

    expect(bulk?.plan).toEqual(diffed?.plan);
    expect(bulk?.plan).toEqual(first.kind === "created" ? first.plan : null);
    expect(bulk?.plan.tasks[0]?.milestones[0]?.text.endsWith(AWKWARD)).toBe(true);
  });
});
