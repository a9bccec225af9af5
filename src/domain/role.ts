/**
 * The four roles of DESIGN.md: the administrator runs the system; the
 * supervision office (督查室) sees and reviews every plan; a unit leader
 * approves what the unit submits; unit staff report on the unit's work.
 */
export const ROLES = ["admin", "supervisor", "unit_leader", "unit_staff"] as const;
export type Role = (typeof ROLES)[number];
