import type { Plan } from "./plan.js";

/**
 * Every unit name a plan mentions: owner, task leads, cooperators and other
 * roles, milestone responsibilities.
 */
export const unitNamesIn = (plan: Plan): string[] => {
  const names = new Set<string>();
  if (plan.ownerUnit !== null) names.add(plan.ownerUnit);
  for (const task of plan.tasks) {
    for (const unit of [...task.leadUnits, ...task.cooperatingUnits]) names.add(unit);
    for (const role of task.otherRoles) for (const unit of role.units) names.add(unit);
    for (const milestone of task.milestones) {
      for (const r of milestone.responsibilities) names.add(r.unit);
    }
  }
  return [...names];
};

/**
 * The plan with every unit name passed through `rename` (an alias to its
 * canonical name). Two names that become one in a list are kept once.
 */
export const renameUnits = (plan: Plan, rename: (name: string) => string): Plan => {
  const list = (units: readonly string[]): string[] => [...new Set(units.map(rename))];
  return {
    ...plan,
    ownerUnit: plan.ownerUnit === null ? null : rename(plan.ownerUnit),
    tasks: plan.tasks.map((task) => ({
      ...task,
      leadUnits: list(task.leadUnits),
      cooperatingUnits: list(task.cooperatingUnits),
      otherRoles: task.otherRoles.map((role) => ({ ...role, units: list(role.units) })),
      milestones: task.milestones.map((milestone) => {
        const seen = new Set<string>();
        return {
          ...milestone,
          responsibilities: milestone.responsibilities.flatMap((r) => {
            const unit = rename(r.unit);
            if (seen.has(unit)) return [];
            seen.add(unit);
            return [{ ...r, unit }];
          }),
        };
      }),
    })),
  };
};
