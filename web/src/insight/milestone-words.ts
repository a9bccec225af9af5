import type { Milestone } from "../api.js";

/** How the pages name a milestone: its task's 序号 and its own（n）. */
export const milestoneName = (milestone: Milestone): string =>
  `${milestone.task.label}${milestone.seq === null ? "" : `（${String(milestone.seq)}）`}`;

export const leadUnits = (milestone: Milestone): string =>
  milestone.units
    .filter((unit) => unit.role === "lead")
    .map((unit) => unit.unit)
    .join("、");
