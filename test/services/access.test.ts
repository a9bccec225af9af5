import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { reachOf, type ViewerScope } from "../../src/db/queries/access.js";
import { findMilestoneKeys } from "../../src/db/queries/milestone-rows.js";
import { listPlans } from "../../src/db/queries/plans.js";
import { findTaskRows } from "../../src/db/queries/task-rows.js";
import type { Milestone, Plan, Task } from "../../src/domain/plan.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { shellActor } from "../../src/policies/actor.js";
import { milestoneRelations, taskRelations } from "../../src/services/access/relations.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { describeEachDatabase } from "../support/databases.js";
import { referencePlan } from "../support/reference-plan.js";

const AUDIT = "市审计局";
const SCIENCE = "市科技局";
const FINANCE = "市财政局";
const IDLE = "市统计局";

const step = (seq: number, lead: string, cooperating: readonly string[] = []): Milestone => ({
  seq,
  text: `第${String(seq)}步工作。`,
  responsibilities: [
    { unit: lead, role: "lead" },
    ...cooperating.map((unit) => ({ unit, role: "cooperating" as const })),
  ],
  persons: [],
  initialProgress: [],
  deadline: { kind: "date", text: "6月30日", date: "2024-06-30" },
  remarks: {},
});

const task = (no: number, lead: string, milestones: readonly Milestone[]): Task => ({
  no,
  label: String(no),
  title: `任务${String(no)}。`,
  leadUnits: [lead],
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: [],
  remarks: {},
  milestones: [...milestones],
});

/**
 * 市审计局 leads task 301, whose step (1) 市科技局 leads with 市财政局, and
 * cooperates on task 302, which 市科技局 leads; 市统计局 has no part.
 */
const plan: Plan = {
  ...referencePlan,
  title: "2024年市政府重点工作任务分解表",
  subtitle: null,
  year: 2024,
  ownerUnit: null,
  headerCounts: null,
  tasks: [
    task(301, AUDIT, [step(1, SCIENCE, [FINANCE]), step(2, AUDIT)]),
    task(302, SCIENCE, [step(1, SCIENCE, [AUDIT])]),
  ],
};

const load = async (db: Database) => {
  const { planId } = await importPlanFile(db, {
    bytes: await planToXlsx(plan),
    fileName: "2024.xlsx",
    actor: shellActor("cli:test"),
  });
  const units = new Map(
    (await db.kysely.selectFrom("units").select(["id", "name"]).execute()).map((u) => [
      u.name,
      u.id,
    ]),
  );
  const of = async (name: string): Promise<ViewerScope> => ({
    all: false,
    ...(await reachOf(db.kysely, [units.get(name) ?? -1])),
  });
  const keys = await findMilestoneKeys(db.kysely, { planId });
  const key = (taskNo: number, seq: number) => {
    const found = keys.find((k) => k.taskNo === taskNo && k.seq === seq);
    if (!found) throw new Error(`no milestone ${String(taskNo)}（${String(seq)}）`);
    return found;
  };
  return { planId, of, keys, key };
};

describeEachDatabase("the access module", ({ open }) => {
  it("tells each milestone's relation to a unit in one call, as the policies name them", async () => {
    const db = await open();
    const { of, keys, key } = await load(db);
    const relations = async (scope: ViewerScope) => {
      const found = await milestoneRelations(db, scope, keys);
      return [key(301, 1), key(301, 2), key(302, 1)].map((k) => found.get(k.versionId));
    };
    expect(await relations(await of(AUDIT))).toEqual(["task_lead", "lead", "cooperating"]);
    expect(await relations(await of(SCIENCE))).toEqual(["lead", "none", "lead"]);
    expect(await relations(await of(FINANCE))).toEqual(["cooperating", "none", "none"]);
    expect(await relations(await of(IDLE))).toEqual(["none", "none", "none"]);
    expect(await relations({ all: true })).toEqual(["none", "none", "none"]);
  });

  it("tells each task's relation: lead, cooperating on one of its milestones, or none", async () => {
    const db = await open();
    const { of, key } = await load(db);
    const ids = [key(301, 1).taskId, key(302, 1).taskId];
    const relations = async (scope: ViewerScope) => {
      const found = await taskRelations(db, scope, ids);
      return ids.map((id) => found.get(id));
    };
    expect(await relations(await of(AUDIT))).toEqual(["lead", "cooperating"]);
    expect(await relations(await of(FINANCE))).toEqual(["cooperating", "none"]);
    expect(await relations(await of(IDLE))).toEqual(["none", "none"]);
  });

  it("narrows milestones, tasks and plans in SQL to what a unit stands in", async () => {
    const db = await open();
    const { planId, of, keys } = await load(db);
    const milestonesOf = async (scope: ViewerScope) =>
      (await findMilestoneKeys(db.kysely, { planId, visibleTo: scope }))
        .map((k) => `${String(k.taskNo)}（${String(k.seq)}）`)
        .sort();
    const tasksOf = async (scope: ViewerScope) =>
      (await findTaskRows(db.kysely, { planId, visibleTo: scope })).map((t) => t.no);
    expect(await milestonesOf(await of(FINANCE))).toEqual(["301（1）"]);
    expect(await milestonesOf(await of(AUDIT))).toEqual(["301（1）", "301（2）", "302（1）"]);
    expect(await milestonesOf(await of(SCIENCE))).toEqual(["301（1）", "302（1）"]);
    expect(await milestonesOf({ all: true })).toHaveLength(keys.length);
    expect(await tasksOf(await of(FINANCE))).toEqual([301]);
    expect(await tasksOf(await of(SCIENCE))).toEqual([301, 302]);
    expect(await tasksOf(await of(IDLE))).toEqual([]);
    const plansOf = async (scope: ViewerScope) =>
      (await listPlans(db.kysely, "in_use", scope)).map((p) => p.id);
    expect(await plansOf(await of(FINANCE))).toEqual([planId]);
    expect(await plansOf(await of(IDLE))).toEqual([]);
  });
});
