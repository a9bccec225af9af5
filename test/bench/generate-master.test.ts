import { describe, expect, it } from "vitest";
import { generateMasterPlan } from "../../bench/generate-master.js";
import {
  leadUnitsOf,
  milestoneCount,
  unitsOf,
  type Plan,
  type Task,
} from "../../src/domain/plan.js";
import { referencePlan } from "../support/reference-plan.js";

const CITY = { tasks: 400, milestones: 2000, units: 60, seed: 2022 };
const OWNER = "市科技局";

/**
 * The slice rule of DESIGN.md ("Slices and their header counts"), written out
 * here so the generator is checked against the rule and not against itself.
 */
const sliceTasks = (plan: Plan, unit: string): Task[] =>
  plan.tasks.flatMap((task) => {
    if (task.leadUnits.includes(unit)) return [task];
    const led = task.milestones.filter((m) => leadUnitsOf(m).includes(unit));
    return led.length > 0 ? [{ ...task, milestones: led }] : [];
  });

const allUnits = (plan: Plan): Set<string> =>
  new Set(plan.tasks.flatMap((t) => t.milestones.flatMap(unitsOf)));

describe("generateMasterPlan", () => {
  it("gives the same plan for the same seed and another for another seed", () => {
    expect(generateMasterPlan(CITY)).toEqual(generateMasterPlan(CITY));
    expect(generateMasterPlan(CITY)).not.toEqual(generateMasterPlan({ ...CITY, seed: 2023 }));
  });

  it.each([
    { ...CITY, includeReference: false },
    { ...CITY, includeReference: true },
    { tasks: 4000, milestones: 20_000, units: 200, seed: 7, includeReference: true },
  ])("has exactly the requested counts: $tasks tasks, $milestones milestones", (options) => {
    const plan = generateMasterPlan(options);
    expect(plan.tasks.map((t) => t.no)).toEqual(plan.tasks.map((_, i) => i + 1));
    expect(milestoneCount(plan)).toBe(options.milestones);
    expect(allUnits(plan).size).toBe(options.units);
    for (const task of plan.tasks) {
      expect(task.milestones.length).toBeGreaterThanOrEqual(1);
      expect(task.milestones.length).toBeLessThanOrEqual(10);
    }
  });

  it("writes cells the way real tables do", () => {
    const plan = generateMasterPlan(CITY);
    expect(plan).toMatchObject({
      title: "2022年市政府重点工作任务分解表",
      subtitle: null,
      year: 2022,
      issuer: "市政府",
      ownerUnit: null,
      headerCounts: null,
    });
    const milestones = plan.tasks.flatMap((t) => t.milestones);
    for (const text of [...plan.tasks.map((t) => t.title), ...milestones.map((m) => m.text)]) {
      expect(text.length).toBeGreaterThanOrEqual(40);
      expect(text.length).toBeLessThanOrEqual(120);
    }
    for (const m of milestones) {
      expect(m.responsibilities.length).toBeGreaterThanOrEqual(1);
      expect(m.responsibilities.length).toBeLessThanOrEqual(4);
      expect(m.responsibilities.map((r) => r.role)).toEqual(
        m.responsibilities.map((_, i) => (i === 0 ? "lead" : "cooperating")),
      );
    }
    const kinds = new Set(milestones.map((m) => m.deadline.kind));
    expect([...kinds].sort()).toEqual(["date", "ongoing", "period_end", "recurring"]);
    expect(milestones.filter((m) => m.deadline.kind === "date").length).toBeGreaterThan(1000);
  });

  it("places the reference at its real numbers, with the master's other steps around 75 and 228", () => {
    const plan = generateMasterPlan({ ...CITY, includeReference: true });
    const byNo = new Map(plan.tasks.map((t) => [t.no, t]));
    for (const reference of referencePlan.tasks.filter((t) => t.no !== 75 && t.no !== 228)) {
      expect(byNo.get(reference.no)).toEqual(reference);
    }
    const seqs = (no: number) => byNo.get(no)?.milestones.map((m) => m.seq);
    expect(seqs(75)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seqs(228)).toEqual([1, 2, 3, 4]);
    expect(byNo.get(75)?.leadUnits).toEqual(["市工业和信息化局"]);
    expect(byNo.get(228)?.leadUnits).toEqual(["市金融局"]);
  });

  it.each([CITY, { tasks: 4000, milestones: 20_000, units: 200, seed: 7 }])(
    "slicing 市科技局 out of the master gives the reference table (seed $seed)",
    (options) => {
      const plan = generateMasterPlan({ ...options, includeReference: true });
      expect(sliceTasks(plan, OWNER)).toEqual(referencePlan.tasks);
      const leadTasks = plan.tasks.filter((t) => t.leadUnits.includes(OWNER)).map((t) => t.no);
      expect(leadTasks).toEqual([202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213]);
      // 市科技局 still takes part elsewhere as a cooperating unit.
      const cooperating = plan.tasks.filter(
        (t) =>
          !referencePlan.tasks.some((r) => r.no === t.no) &&
          t.milestones.some((m) => unitsOf(m).includes(OWNER)),
      );
      expect(cooperating.length).toBeGreaterThan(0);
    },
  );

  it("refuses sizes it cannot honour", () => {
    expect(() => generateMasterPlan({ ...CITY, milestones: 399 })).toThrow(RangeError);
    expect(() => generateMasterPlan({ ...CITY, milestones: 4001 })).toThrow(RangeError);
    expect(() => generateMasterPlan({ ...CITY, tasks: 200, includeReference: true })).toThrow(
      RangeError,
    );
    expect(() => generateMasterPlan({ ...CITY, units: 10, includeReference: true })).toThrow(
      RangeError,
    );
  });
});
