import type { NamedRole, Responsibility, Task } from "./plan.js";

/**
 * A task's units as one ordered list, the way storage keeps them: leads,
 * cooperating units, then each other role's units under its name. The
 * inverse, `namedRolesOf`, gives the other roles back from such a list.
 */
export const taskResponsibilities = (task: Task): Responsibility[] => [
  ...task.leadUnits.map((unit): Responsibility => ({ unit, role: "lead" })),
  ...task.cooperatingUnits.map((unit): Responsibility => ({ unit, role: "cooperating" })),
  ...task.otherRoles.flatMap((role) =>
    role.units.map((unit): Responsibility => ({ unit, role: "other", roleLabel: role.label })),
  ),
];

/** The other roles in a list of responsibilities: each run of one role name is one role. */
export const namedRolesOf = (responsibilities: readonly Responsibility[]): NamedRole[] => {
  const roles: { label: string; units: string[] }[] = [];
  for (const r of responsibilities) {
    if (r.role !== "other") continue;
    const label = r.roleLabel ?? "";
    const last = roles.at(-1);
    if (last?.label === label) last.units.push(r.unit);
    else roles.push({ label, units: [r.unit] });
  }
  return roles;
};
