import { describe, expect, it } from "vitest";
import { generateMasterPlan } from "../../bench/generate-master.js";
import type { Plan } from "../../src/domain/plan.js";
import { diffFromEmpty, diffPlans, EMPTY_PLAN } from "../../src/domain/revision-diff.js";
import { referencePlan } from "../support/reference-plan.js";

/** Two tasks with the same key, so the second key is suffixed (#2). */
const repeatedKeys: Plan = {
  ...referencePlan,
  tasks: [...referencePlan.tasks.slice(0, 2), ...referencePlan.tasks.slice(0, 1)],
};

describe("diffFromEmpty", () => {
  it.each([
    ["the reference", referencePlan],
    [
      "a generated city master",
      generateMasterPlan({ tasks: 400, milestones: 2000, units: 60, seed: 5 }),
    ],
    ["a table repeating a task", repeatedKeys],
    ["a table of no tasks", { ...referencePlan, tasks: [] }],
    ["the empty plan itself", EMPTY_PLAN],
  ])("is what diffPlans gives against the empty plan: %s", (_, plan) => {
    expect(diffFromEmpty(plan)).toEqual(diffPlans(EMPTY_PLAN, plan));
  });
});
