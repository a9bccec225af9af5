import { describe, expect, it } from "vitest";
import { generateMasterPlan } from "../../bench/generate-master.js";
import type { Deadline } from "../../src/domain/deadline.js";
import { milestoneCount, type Milestone, type Plan, type Task } from "../../src/domain/plan.js";
import { diffPlans, taskKeyOf, taskKeysOf } from "../../src/domain/revision-diff.js";
import { referencePlan } from "../support/reference-plan.js";

const date = (text: string, iso: string): Deadline => ({ kind: "date", text, date: iso });

const step = (
  seq: number | null,
  text: string,
  units: readonly string[] = ["市科技局"],
  deadline: Deadline = date("12月31日", "2022-12-31"),
): Milestone => ({
  seq,
  text,
  responsibilities: units.map((unit, i) => ({ unit, role: i === 0 ? "lead" : "cooperating" })),
  persons: [],
  initialProgress: [],
  deadline,
  remarks: {},
});

const task = (label: string, title: string, milestones: Milestone[], lead = "市科技局"): Task => ({
  no: Number(label),
  label,
  title,
  leadUnits: [lead],
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: [],
  milestones,
  remarks: {},
});

const planOf = (tasks: Task[]): Plan => ({
  title: "2022年市政府重点工作任务分解表",
  subtitle: null,
  year: 2022,
  issuer: "市政府",
  ownerUnit: null,
  headerCounts: null,
  columns: ["序号", "工作任务", "节点计划", "责任单位", "完成时限"],
  tasks,
});

const ref = (taskKey: string, taskIndex: number, milestoneIndex: number) => ({
  taskKey,
  taskIndex,
  milestoneIndex,
});

const [A, B, C] = [
  step(1, "制定科技创新平台建设实施方案，明确年度目标任务。"),
  step(2, "组织申报省级重点实验室，争取新增两家以上。"),
  step(3, "开展科技创新平台绩效评估，形成评估报告。"),
] as const;
const D = step(1, "推行办税事项网上办理，压缩办税时间。", ["市税务局"]);
const E = step(2, "开展税收政策宣传辅导，提升纳税人满意度。", ["市税务局"]);
const F = step(null, "推进政务数据共享交换平台升级改造。", ["市政务服务数据管理局"]);

const task1 = (milestones: Milestone[]) => task("1", "推动科技创新平台建设", milestones);
const task2 = (milestones: Milestone[]) => task("2", "优化税收营商环境", milestones, "市税务局");
const task3 = task("3", "加快数字政府建设", [F], "市政务服务数据管理局");
const base = planOf([task1([A, B, C]), task2([D, E]), task3]);

const unchanged = (key: string, taskIndex: number, milestoneIndex: number) => ({
  kind: "unchanged",
  before: ref(key, taskIndex, milestoneIndex),
  after: ref(key, taskIndex, milestoneIndex),
  matchedBy: "number",
});

describe("diffPlans", () => {
  it("finds nothing between a plan and a copy of it", () => {
    const diff = diffPlans(referencePlan, structuredClone(referencePlan));
    expect(diff.identical).toBe(true);
    expect(diff.header).toEqual([]);
    expect(diff.tasks).toEqual([]);
    expect(diff.counts).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: milestoneCount(referencePlan),
    });
    expect(diff.milestones.every((e) => e.kind === "unchanged" && e.matchedBy === "number")).toBe(
      true,
    );
    expect(diff.textMatchSkipped).toBe(false);
  });

  it("finds nothing between a plan and the same plan read from another file", () => {
    const docx = { file: "2022.docx", table: 1, row: 3 };
    const read = (source: typeof docx | { file: string; sheet: string; row: number }) =>
      planOf([{ ...task1([{ ...A, source }, B, C]), source }, task2([D, E]), { ...task3, source }]);
    const diff = diffPlans(read(docx), read({ file: "2022.xlsx", sheet: "Sheet1", row: 4 }));
    expect(diff.identical).toBe(true);
    expect(diff.counts.unchanged).toBe(6);
  });

  it("reports a changed deadline as written", () => {
    const later = { ...B, deadline: date("10月31日", "2022-10-31") };
    const diff = diffPlans(base, planOf([task1([A, later, C]), task2([D, E]), task3]));
    expect(diff.milestones[1]).toEqual({
      kind: "changed",
      before: ref("1", 0, 1),
      after: ref("1", 0, 1),
      changes: [{ field: "deadline", before: "12月31日", after: "10月31日" }],
      matchedBy: "number",
    });
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 5 });
    expect(diff.identical).toBe(false);
  });

  it("renders a deadline removed, and one read to another date under the same words", () => {
    const none = { ...A, deadline: { kind: "none" } as const };
    const moved = { ...B, deadline: date("12月31日", "2023-12-31") };
    const diff = diffPlans(base, planOf([task1([none, moved, C]), task2([D, E]), task3]));
    expect(diff.milestones.slice(0, 2).map((e) => e.kind === "changed" && e.changes)).toEqual([
      [{ field: "deadline", before: "12月31日", after: "（无）" }],
      [{ field: "deadline", before: "12月31日（2022-12-31）", after: "12月31日（2023-12-31）" }],
    ]);
  });

  it("reports the units in order with their roles when the order changes", () => {
    const joint = step(2, E.text, ["市税务局", "市财政局"]);
    const swapped = step(2, E.text, ["市财政局", "市税务局"]);
    const diff = diffPlans(
      planOf([task1([A, B, C]), task2([D, joint]), task3]),
      planOf([task1([A, B, C]), task2([D, swapped]), task3]),
    );
    expect(diff.milestones[4]).toEqual({
      kind: "changed",
      before: ref("2", 1, 1),
      after: ref("2", 1, 1),
      changes: [
        {
          field: "units",
          before: "市税务局（牵头）、市财政局",
          after: "市财政局（牵头）、市税务局",
        },
      ],
      matchedBy: "number",
    });
  });

  it("reports an edited text, and a text rewritten in place, as changed by number", () => {
    const edited = { ...A, text: "制定科技创新平台建设实施方案，明确年度目标任务和责任分工。" };
    const rewritten = { ...C, text: "召开全市科技工作会议。" };
    const diff = diffPlans(base, planOf([task1([edited, B, rewritten]), task2([D, E]), task3]));
    expect(diff.milestones.filter((e) => e.kind === "changed")).toEqual([
      {
        kind: "changed",
        before: ref("1", 0, 0),
        after: ref("1", 0, 0),
        changes: [{ field: "text", before: A.text, after: edited.text }],
        matchedBy: "number",
      },
      {
        kind: "changed",
        before: ref("1", 0, 2),
        after: ref("1", 0, 2),
        changes: [{ field: "text", before: C.text, after: rewritten.text }],
        matchedBy: "number",
      },
    ]);
  });

  it("reports a step inserted mid-task as added, the steps after it renumbered", () => {
    const inserted = step(2, "建立科技特派员制度，选派特派员服务企业。");
    const diff = diffPlans(
      base,
      planOf([task1([A, inserted, { ...B, seq: 3 }, { ...C, seq: 4 }]), task2([D, E]), task3]),
    );
    expect(diff.milestones.slice(0, 4)).toEqual([
      unchanged("1", 0, 0),
      { kind: "added", after: ref("1", 0, 1) },
      {
        kind: "changed",
        before: ref("1", 0, 1),
        after: ref("1", 0, 2),
        changes: [{ field: "seq", before: "2", after: "3" }],
        matchedBy: "text",
      },
      {
        kind: "changed",
        before: ref("1", 0, 2),
        after: ref("1", 0, 3),
        changes: [{ field: "seq", before: "3", after: "4" }],
        matchedBy: "text",
      },
    ]);
    expect(diff.counts).toEqual({ added: 1, removed: 0, changed: 2, unchanged: 4 });
  });

  it("places a removed step after its old neighbour", () => {
    const diff = diffPlans(base, planOf([task1([A, { ...C, seq: 2 }]), task2([D, E]), task3]));
    expect(diff.milestones.slice(0, 3)).toEqual([
      unchanged("1", 0, 0),
      { kind: "removed", before: ref("1", 0, 1) },
      {
        kind: "changed",
        before: ref("1", 0, 2),
        after: ref("1", 0, 1),
        changes: [{ field: "seq", before: "3", after: "2" }],
        matchedBy: "text",
      },
    ]);
    expect(diff.counts).toEqual({ added: 0, removed: 1, changed: 1, unchanged: 4 });
  });

  it("follows a step moved to another task", () => {
    const diff = diffPlans(base, planOf([task1([A, B]), task2([D, E, { ...C, seq: 3 }]), task3]));
    expect(diff.milestones[4]).toEqual({
      kind: "changed",
      before: ref("1", 0, 2),
      after: ref("2", 1, 2),
      changes: [{ field: "task", before: "1", after: "2" }],
      matchedBy: "text",
    });
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 5 });
  });

  it("reports a new task and its steps", () => {
    const task4 = task("4", "推进绿色低碳发展", [step(1, "编制碳达峰实施方案并报市政府审定。")]);
    const diff = diffPlans(base, planOf([task1([A, B, C]), task2([D, E]), task3, task4]));
    expect(diff.tasks).toEqual([{ kind: "added", taskKey: "4", changes: [] }]);
    expect(diff.milestones[6]).toEqual({ kind: "added", after: ref("4", 3, 0) });
    expect(diff.counts).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 6 });
  });

  it("reports a removed task, its steps where they stood", () => {
    const diff = diffPlans(base, planOf([task1([A, B, C]), task3]));
    expect(diff.tasks).toEqual([{ kind: "removed", taskKey: "2", changes: [] }]);
    expect(diff.milestones.map((e) => e.kind)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
      "removed",
      "removed",
      "unchanged",
    ]);
    expect(diff.milestones[4]).toEqual({ kind: "removed", before: ref("2", 1, 1) });
  });

  it("reports a task's new title and leads, its steps unchanged", () => {
    const renamed = {
      ...task1([A, B, C]),
      title: "推动科技创新平台提质增效",
      leadUnits: ["市发展改革委"],
    };
    const diff = diffPlans(base, planOf([renamed, task2([D, E]), task3]));
    expect(diff.tasks).toEqual([
      {
        kind: "changed",
        taskKey: "1",
        beforeTaskKey: "1",
        changes: [
          { field: "title", before: "推动科技创新平台建设", after: "推动科技创新平台提质增效" },
          { field: "leadUnits", before: "市科技局", after: "市发展改革委" },
        ],
      },
    ]);
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 6 });
  });

  it("reports a task's new persons and other roles as a change of the task", () => {
    const staffed = {
      ...task1([A, B, C]),
      persons: [{ name: "张三", role: "牵头市领导" }],
      otherRoles: [{ label: "数据提供单位", units: ["市统计局", "市财政局"] }],
    };
    const diff = diffPlans(base, planOf([staffed, task2([D, E]), task3]));
    expect(diff.tasks).toEqual([
      {
        kind: "changed",
        taskKey: "1",
        beforeTaskKey: "1",
        changes: [
          { field: "otherRoles", before: "（无）", after: "数据提供单位：市统计局、市财政局" },
          { field: "persons", before: "（无）", after: "张三（牵头市领导）" },
        ],
      },
    ]);
    expect(diff.identical).toBe(false);
  });

  it("takes no change of initial progress for a change of the plan", () => {
    const reported = planOf([
      task1([A, { ...B, initialProgress: [{ header: "进展情况", text: "已完成申报。" }] }, C]),
      task2([D, E]),
      task3,
    ]);
    expect(diffPlans(base, reported)).toMatchObject({
      header: [],
      tasks: [],
      counts: { added: 0, removed: 0, changed: 0, unchanged: 6 },
      identical: true,
    });
  });

  it("reports a task inserted mid-table once, not every later task's steps", () => {
    const inserted = task("2", "深化国资国企改革", [
      step(1, "完成市属国有企业混合所有制改革试点。"),
    ]);
    const renumbered = [task2([D, E]), task3].map((t) => ({
      ...t,
      no: (t.no ?? 0) + 1,
      label: String((t.no ?? 0) + 1),
    }));
    const diff = diffPlans(base, planOf([task1([A, B, C]), inserted, ...renumbered]));
    expect(diff.tasks).toEqual([
      { kind: "added", taskKey: "2", changes: [] },
      {
        kind: "changed",
        taskKey: "3",
        beforeTaskKey: "2",
        changes: [{ field: "no", before: "2", after: "3" }],
      },
      {
        kind: "changed",
        taskKey: "4",
        beforeTaskKey: "3",
        changes: [{ field: "no", before: "3", after: "4" }],
      },
    ]);
    expect(diff.taskPairing).toEqual({ oldOf: [0, null, 1, 2], newOf: [0, 2, 3] });
    expect(diff.counts).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 6 });
    expect(diff.milestones[6]).toEqual({
      kind: "unchanged",
      before: ref("3", 2, 0),
      after: ref("4", 3, 0),
      matchedBy: "number",
    });
  });

  it("lists header changes, and is not identical for changes no entry lists", () => {
    const subtitled = { ...base, subtitle: "（2022年5月修订）" };
    expect(diffPlans(base, subtitled)).toMatchObject({
      header: [{ field: "subtitle", before: "（无）", after: "（2022年5月修订）" }],
      counts: { added: 0, removed: 0, changed: 0, unchanged: 6 },
      identical: false,
    });
    const remarked = planOf([
      task1([A, B, { ...C, remarks: { 备注: "需市政府审定" } }]),
      task2([D, E]),
      task3,
    ]);
    expect(diffPlans(base, remarked)).toMatchObject({
      header: [],
      tasks: [],
      counts: { added: 0, removed: 0, changed: 0, unchanged: 6 },
      identical: false,
    });
  });

  it("keeps up with a 20,000-step plan and 33 edits", () => {
    const master = generateMasterPlan({ tasks: 4000, milestones: 20000, units: 200, seed: 1 });
    type Editable = Omit<Task, "milestones"> & { milestones: Milestone[] };
    const tasks: Editable[] = master.tasks.map((t) => ({ ...t, milestones: [...t.milestones] }));
    const numbered = tasks.filter((t) => t.milestones.length >= 3 && t.milestones[0]?.seq === 1);
    const pick = (from: number, count: number) => numbered.slice(from, from + count);
    const editFirst = (t: Editable, edit: (m: Milestone) => Milestone) => {
      t.milestones[0] = edit(t.milestones[0] as Milestone);
    };
    const renumber = (t: Editable) => {
      t.milestones = t.milestones.map((m, i) => ({ ...m, seq: i + 1 }));
    };
    for (const t of pick(0, 10)) {
      editFirst(t, (m) => ({ ...m, deadline: date("12月1日", "2022-12-01") }));
    }
    for (const t of pick(10, 10)) {
      editFirst(t, (m) => ({ ...m, text: m.text.replace(/。$/, "，确保按期完成。") }));
    }
    const inserted = pick(20, 5);
    inserted.forEach((t, k) => {
      t.milestones.unshift(step(1, `新增节点计划第${k + 1}项：组织开展专项督查，形成督查报告。`));
      renumber(t);
    });
    const shortened = pick(25, 5);
    for (const t of shortened) {
      t.milestones.shift();
      renumber(t);
    }
    const [from, to] = pick(30, 2) as [Editable, Editable];
    to.milestones.push({ ...(from.milestones.pop() as Milestone), seq: to.milestones.length + 1 });
    const removedTask = tasks.pop() as Editable;
    tasks.push({
      ...task("9999", "推进城市更新行动", []),
      milestones: [step(1, "编制城市更新专项规划。")],
    });

    const diff = diffPlans(master, { ...master, tasks });
    // Every step after an inserted or removed one changes its number.
    const renumbered =
      inserted.reduce((n, t) => n + t.milestones.length - 1, 0) +
      shortened.reduce((n, t) => n + t.milestones.length, 0);
    const removed = 5 + removedTask.milestones.length;
    const changed = 10 + 10 + renumbered + 1;
    expect(diff.counts).toEqual({
      added: 5 + 1,
      removed,
      changed,
      unchanged: 20000 - removed - changed,
    });
    // The removed last task follows the task before it; the new one comes after.
    expect(diff.tasks.map((t) => t.kind)).toEqual(["removed", "added"]);
  });
});

describe("taskKeyOf", () => {
  it("joins outline labels and the 序号, or names an unlabelled task by its title", () => {
    const outline = [{ label: "一", title: "科技创新", level: 1 }];
    expect(taskKeyOf({ ...task("3", "任务", []), outline })).toBe("一/3");
    expect(taskKeyOf({ ...task("3", "推进科技创新", []), label: "" })).toBe("title:推进科技创新");
  });

  it("tells apart tasks with the same key", () => {
    expect(taskKeysOf(planOf([task1([A]), task1([B]), task3]))).toEqual(["1", "1#2", "3"]);
  });
});
