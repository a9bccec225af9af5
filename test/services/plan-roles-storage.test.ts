import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { findUnitIds } from "../../src/db/queries/units.js";
import type { Milestone, Plan, Task } from "../../src/domain/plan.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { shellActor, type Actor } from "../../src/policies/actor.js";
import { storeReadPlan } from "../../src/services/import-plan-file.js";
import { getMilestone, listMilestones } from "../../src/services/milestones.js";
import { readPlan } from "../../src/services/plans.js";
import { getTask } from "../../src/services/tasks.js";
import { describeEachDatabase } from "../support/databases.js";
import { testMilestone, testPlan, testTask } from "../support/plan-builder.js";

/**
 * A plan that uses what the new readers find, kept by the store: task-level
 * persons and other roles, milestones with other roles and persons, event
 * deadlines, and progress a quarterly table stated.
 */

const SHELL = shellActor("cli:test");

const step = (seq: number, text: string, extra: Partial<Milestone> = {}): Milestone =>
  testMilestone({
    seq,
    text,
    responsibilities: [
      { unit: "市住房城乡建设局", role: "lead" },
      { unit: "市自然资源局", role: "cooperating" },
    ],
    deadline: { kind: "period_end", text: "5月底前动工", period: "month", date: "2022-05-31" },
    ...extra,
  });

const BUILD_TASK: Task = testTask({
  title: "推进城市更新项目建设",
  leadUnits: ["市住房城乡建设局"],
  cooperatingUnits: ["市自然资源局"],
  otherRoles: [
    { label: "数据提供单位", units: ["市统计局", "市财政局"] },
    { label: "参与单位", units: ["市城管局"] },
  ],
  persons: [
    { name: "张三", role: "牵头市领导" },
    { name: "李四", role: "责任领导" },
  ],
  outline: [{ label: "一", title: "城市建设", level: 1 }],
  remarks: {},
  milestones: [
    step(1, "完成旧城改造项目立项。", {
      deadline: {
        kind: "date",
        text: "3月15日前开工",
        date: "2022-03-15",
        event: "开工",
      },
      initialProgress: [{ header: "进展情况", text: "已完成立项批复。" }],
    }),
    step(2, "启动安置房建设。", {
      persons: [{ name: "王五", role: "分管领导" }],
      initialProgress: [
        { header: "一季度进展", text: "完成选址。" },
        { header: "存在问题", text: "资金未到位。" },
      ],
    }),
    step(3, "汇总项目投资数据。", {
      // A unit named only in an other role: it must still see this step.
      responsibilities: [{ unit: "市统计局", role: "other", roleLabel: "数据提供单位" }],
      deadline: { kind: "recurring", text: "每季度末", every: "quarter", day: "end" },
    }),
  ],
});

const PLAN: Plan = testPlan([BUILD_TASK], {
  columns: ["工作任务", "节点计划", "牵头单位", "配合单位", "责任领导", "完成时限", "进展情况"],
});

const withTask = (plan: Plan, change: (task: Task) => Task): Plan => ({
  ...plan,
  tasks: plan.tasks.map(change),
});

const withProgress = (plan: Plan, text: string | null): Plan =>
  withTask(plan, (task) => ({
    ...task,
    milestones: task.milestones.map((m) => ({
      ...m,
      initialProgress: text === null ? [] : [{ header: "二季度进展", text: `${m.text}${text}` }],
    })),
  }));

/** Stores a plan as if read from a file named so: a different name is a different file. */
const store = (db: Database, plan: Plan, fileName: string, planId?: number) =>
  storeReadPlan(
    db,
    {
      bytes: new TextEncoder().encode(fileName),
      fileName,
      actor: SHELL,
      ...(planId === undefined ? {} : { planId }),
    },
    { ok: true, plan, format: "xlsx", diagnostics: [] },
  );

const contentJson = async (db: Database, planId: number, revision?: number) =>
  planToJson(
    (await readPlan(db, SHELL, { planId, ...(revision === undefined ? {} : { revision }) })).content
      .plan,
  );

const idsOf = async (db: Database, planId: number) =>
  (await readPlan(db, SHELL, { planId })).content;

describeEachDatabase("storing what the new readers find", ({ open }) => {
  it("gives back persons, other roles, event deadlines and initial progress as read", async () => {
    const db = await open();
    const outcome = await store(db, PLAN, "plan.xlsx");
    expect(outcome.kind).toBe("created");
    expect(await contentJson(db, outcome.planId)).toEqual(planToJson(PLAN));
  });

  it("makes units of every name in other roles", async () => {
    const db = await open();
    await store(db, PLAN, "plan.xlsx");
    const ids = await findUnitIds(db.kysely, ["市统计局", "市财政局", "市城管局"]);
    expect(ids.size).toBe(3);
  });

  it("shows a unit named only in an other role the steps that name it", async () => {
    const db = await open();
    const { planId } = await store(db, PLAN, "plan.xlsx");
    const unitId = (await findUnitIds(db.kysely, ["市统计局"])).get("市统计局") ?? 0;
    const statistics: Actor = { kind: "proxy", name: "proxy:stats", unitId, role: "unit_staff" };
    const page = await listMilestones(db, statistics, {
      asOf: "2022-06-30",
      planId,
      page: 1,
      pageSize: 50,
      sort: "position",
    });
    expect(page.items.map((m) => m.text)).toEqual(["汇总项目投资数据。"]);
    expect(page.items[0]?.units).toMatchObject([
      { unit: "市统计局", role: "other", roleLabel: "数据提供单位" },
    ]);
  });

  it("shows task persons and other roles with the task and with its milestones", async () => {
    const db = await open();
    const { planId } = await store(db, PLAN, "plan.xlsx");
    const content = await idsOf(db, planId);
    const taskId = content.tasks[0]?.id ?? 0;
    const task = await getTask(db, SHELL, taskId, "2022-06-30");
    expect(task).toMatchObject({
      leadUnits: ["市住房城乡建设局"],
      cooperatingUnits: ["市自然资源局"],
      otherRoles: { 数据提供单位: ["市统计局", "市财政局"], 参与单位: ["市城管局"] },
      persons: BUILD_TASK.persons,
    });
    const milestoneId = content.milestones[0]?.[1]?.id ?? 0;
    const milestone = await getMilestone(db, SHELL, milestoneId, "2022-06-30");
    expect(milestone.task.persons).toEqual(BUILD_TASK.persons);
    expect(milestone.persons).toEqual([{ name: "王五", role: "分管领导" }]);
    expect(milestone.importedProgress).toEqual({
      revision: 1,
      entries: BUILD_TASK.milestones[1]?.initialProgress,
    });
  });

  it("keeps a later table's progress with its revision, changing no milestone", async () => {
    const db = await open();
    const { planId } = await store(db, PLAN, "q1.xlsx");
    const before = await idsOf(db, planId);
    const q2 = withProgress(PLAN, "（二季度）");
    const revised = await store(db, q2, "q2.xlsx", planId);
    expect(revised).toMatchObject({
      kind: "revised",
      revision: 2,
      diff: { tasks: [], counts: { added: 0, removed: 0, changed: 0, unchanged: 3 } },
    });
    const after = await idsOf(db, planId);
    expect(after.milestones).toEqual(before.milestones);
    expect(after.tasks).toEqual(before.tasks);
    expect(await contentJson(db, planId, 1)).toEqual(planToJson(PLAN));
    expect(await contentJson(db, planId, 2)).toEqual(planToJson(q2));
    const third = before.milestones[0]?.[2]?.id ?? 0;
    expect((await getMilestone(db, SHELL, third, "2022-06-30")).importedProgress).toEqual({
      revision: 2,
      entries: [{ header: "二季度进展", text: "汇总项目投资数据。（二季度）" }],
    });
    // A table of the same plan that states no progress has nothing new to keep.
    expect(await store(db, withProgress(PLAN, null), "plain.xlsx", planId)).toMatchObject({
      kind: "unchanged",
      reason: "same_content",
    });
  });

  it("versions a task whose persons or other roles change, and lists the change", async () => {
    const db = await open();
    const { planId } = await store(db, PLAN, "plan.xlsx");
    const before = await idsOf(db, planId);
    const changed = withTask(PLAN, (task) => ({
      ...task,
      persons: [{ name: "赵六", role: "牵头市领导" }],
      otherRoles: [{ label: "数据提供单位", units: ["市统计局"] }],
    }));
    const revised = await store(db, changed, "revised.xlsx", planId);
    expect(revised.kind === "revised" ? revised.diff.tasks : []).toEqual([
      {
        kind: "changed",
        taskKey: "一/1",
        beforeTaskKey: "一/1",
        changes: [
          {
            field: "otherRoles",
            before: "数据提供单位：市统计局、市财政局；参与单位：市城管局",
            after: "数据提供单位：市统计局",
          },
          {
            field: "persons",
            before: "张三（牵头市领导）、李四（责任领导）",
            after: "赵六（牵头市领导）",
          },
        ],
      },
    ]);
    const after = await idsOf(db, planId);
    expect(after.tasks[0]?.id).toBe(before.tasks[0]?.id);
    expect(after.tasks[0]?.versionId).not.toBe(before.tasks[0]?.versionId);
    expect(await contentJson(db, planId, 1)).toEqual(planToJson(PLAN));
    expect(await contentJson(db, planId, 2)).toEqual(planToJson(changed));
  });
});
