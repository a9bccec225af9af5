import { milestoneCount } from "../domain/plan.js";
import { planDiffJson } from "../exporters/plan-diff-json.js";
import type { ImportPlanOutcome } from "./import-plan-file.js";

/** An import's outcome as `duban import --json` prints it and `POST /api/plans` answers. */
export const importOutcomeJson = (outcome: ImportPlanOutcome) =>
  outcome.kind === "unchanged"
    ? outcome
    : {
        kind: outcome.kind,
        planId: outcome.planId,
        revision: outcome.revision,
        dryRun: outcome.dryRun,
        counts: {
          tasks: outcome.plan.tasks.length,
          milestones: milestoneCount(outcome.plan),
          ...outcome.diff.counts,
        },
        diff: planDiffJson(outcome.diff),
        newUnits: outcome.newUnits,
        diagnostics: outcome.diagnostics,
      };
