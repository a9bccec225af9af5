import { describe, expect, it } from "vitest";
import type { Plan, Task } from "../../src/domain/plan.js";
import { sliceOf } from "../../src/domain/slice.js";
import { createUnitDirectory } from "../../src/domain/unit-directory.js";
import { referenceFacts, referencePlan } from "../support/reference-plan.js";

const task = (no: number, leadUnits: string[], milestoneLeads: string[][]): Task => ({
  no,
  label: String(no),
  title: `任务${no}`,
  leadUnits,
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: [],
  remarks: {},
  milestones: milestoneLeads.map((units, i) => ({
    seq: i + 1,
    text: `步骤${i + 1}`,
    responsibilities: units.map((unit, j) => ({ unit, role: j === 0 ? "lead" : "cooperating" })),
    persons: [],
    initialProgress: [],
    deadline: { kind: "none" },
    remarks: {},
  })),
});

const master: Plan = {
  ...referencePlan,
  title: "2022年市政府重点工作任务分解表",
  subtitle: null,
  ownerUnit: null,
  headerCounts: null,
  tasks: [
    task(1, ["市财政局"], [["市财政局"], ["市科技局", "市财政局"], ["市财政局", "市科技局"]]),
    task(2, ["市科技局"], [["市科技局"], ["市税务局"]]),
    task(3, ["市税务局"], [["市税务局"]]),
    task(4, ["各县（市、区）政府"], [["各县（市、区）政府"], ["开平市政府"]]),
  ],
};

describe("sliceOf", () => {
  it("reproduces the reference table's header from the reference table", () => {
    const slice = sliceOf(referencePlan, "市科技局");
    expect(slice.headerCounts).toEqual({ leadTasks: 12, leadMilestones: 2 });
    expect(slice.plan.title).toBe(referencePlan.title);
    expect(slice.plan.subtitle).toBe(referencePlan.subtitle);
    expect(slice.leadTaskNos).toEqual(referenceFacts.leadTaskNos);
    expect(slice.milestoneOnlyTaskNos).toEqual(referenceFacts.milestoneOnlyTaskNos);
    expect(slice.plan.tasks).toEqual(referencePlan.tasks);
  });

  it("takes whole tasks a unit leads and single milestones it leads elsewhere", () => {
    const slice = sliceOf(master, "市科技局");
    expect(slice.plan.tasks.map((t) => [t.no, t.milestones.map((m) => m.seq)])).toEqual([
      [1, [2]],
      [2, [1, 2]],
    ]);
    expect(slice.headerCounts).toEqual({ leadTasks: 1, leadMilestones: 1 });
    expect(slice.plan.title).toBe("2022年市政府重点工作任务分解表（市科技局牵头部分）");
    expect(slice.plan.subtitle).toBe("（牵头重点工作任务1项，牵头重点工作任务节点计划1项）");
    expect(slice.plan.ownerUnit).toBe("市科技局");
  });

  it("leaves out what a unit only cooperates on", () => {
    const slice = sliceOf(master, "市财政局");
    expect(slice.plan.tasks.map((t) => t.no)).toEqual([1]);
    expect(slice.headerCounts).toEqual({ leadTasks: 1, leadMilestones: 0 });
  });

  it("counts a group's work for its members when the directory says who they are", () => {
    const directory = createUnitDirectory([
      { kind: "unit", name: "开平市政府", aliases: ["开平市人民政府"] },
      { kind: "unit", name: "台山市政府", aliases: [] },
      {
        kind: "group",
        name: "各县（市、区）政府",
        aliases: [],
        members: ["开平市政府", "台山市政府"],
      },
    ]);
    const slice = sliceOf(master, "开平市政府", directory.matcher("开平市政府"));
    expect(slice.headerCounts).toEqual({ leadTasks: 1, leadMilestones: 0 });
    expect(sliceOf(master, "开平市政府").headerCounts).toEqual({ leadTasks: 0, leadMilestones: 1 });
  });
});
