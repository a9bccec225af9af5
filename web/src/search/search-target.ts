import { planTableLink } from "./plan-table-link.js";
import type { SearchHit } from "./search-answer.js";

/**
 * Where a result opens, on the screens that already show it: a milestone and
 * every record on one on the milestone page, a task (or a record on a whole
 * task) in the plan table filtered by its 序号, a unit in the table filtered by it.
 */
export const targetOf = (hit: SearchHit): string | null => {
  if (hit.kind === "unit") return hit.unitId === null ? null : planTableLink({ unit: hit.unitId });
  if (hit.kind !== "task" && hit.milestoneId !== null)
    return `/milestones/${String(hit.milestoneId)}`;
  return hit.taskNo === null ? null : planTableLink({ q: String(hit.taskNo) });
};
