import { describe, expect, it } from "vitest";
import type { Task } from "../../src/domain/plan.js";
import { namedRolesOf, taskResponsibilities } from "../../src/domain/task-responsibilities.js";

const task: Task = {
  no: 1,
  label: "1",
  title: "推进数据共享",
  leadUnits: ["市政务服务数据管理局", "市发展改革局"],
  cooperatingUnits: ["市财政局"],
  otherRoles: [
    { label: "数据提供单位", units: ["市统计局", "市税务局"] },
    { label: "参与单位", units: ["市城管局"] },
  ],
  persons: [],
  outline: [],
  milestones: [],
  remarks: {},
};

describe("a task's units as one list", () => {
  it("lists leads, cooperating units, then each other role under its name", () => {
    expect(taskResponsibilities(task)).toEqual([
      { unit: "市政务服务数据管理局", role: "lead" },
      { unit: "市发展改革局", role: "lead" },
      { unit: "市财政局", role: "cooperating" },
      { unit: "市统计局", role: "other", roleLabel: "数据提供单位" },
      { unit: "市税务局", role: "other", roleLabel: "数据提供单位" },
      { unit: "市城管局", role: "other", roleLabel: "参与单位" },
    ]);
  });

  it("gives the other roles back from that list, in order", () => {
    expect(namedRolesOf(taskResponsibilities(task))).toEqual(task.otherRoles);
    expect(namedRolesOf(taskResponsibilities({ ...task, otherRoles: [] }))).toEqual([]);
  });
});
