import type { PlanDiff } from "../domain/revision-diff.js";

/**
 * The diff for scripts: entries that say something. Unchanged milestones
 * and the internal task pairing are left out; `counts` still counts them.
 */
export const planDiffJson = (diff: PlanDiff) => ({
  counts: diff.counts,
  header: diff.header,
  tasks: diff.tasks,
  milestones: diff.milestones.filter((entry) => entry.kind !== "unchanged"),
  textMatchSkipped: diff.textMatchSkipped,
});
