import { createHash } from "node:crypto";
import type { Plan } from "../../src/domain/plan.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { generateMasterPlan } from "../generate-master.js";

/**
 * The table the runs import: a generated city-like master, smaller than the
 * benchmarks' so that fifty runs of each kind fit in minutes, large enough
 * that an import takes a while to write. A mark in its first task's title
 * makes every file a distinct revision.
 */
export const SOAK_MILESTONES = 1_000;

export const soakPlan = (milestones = SOAK_MILESTONES): Plan =>
  generateMasterPlan({ tasks: milestones / 5, milestones, units: 40, seed: 2022 });

export interface SoakFile {
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

export const markedFile = async (plan: Plan, mark: string): Promise<SoakFile> => {
  const [first, ...rest] = plan.tasks;
  if (first === undefined) throw new Error("the soak plan has no task");
  const bytes = await planToXlsx({
    ...plan,
    tasks: [{ ...first, title: `${first.title}（${mark}）` }, ...rest],
  });
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
};

/** Milestones in a plan's JSON content, as the API answers it. */
export const milestonesIn = (content: { tasks: { milestones: unknown[] }[] }): number =>
  content.tasks.reduce((sum, task) => sum + task.milestones.length, 0);
