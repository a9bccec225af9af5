import { milestoneCount } from "../domain/plan.js";
import { planDiffJson } from "../exporters/plan-diff-json.js";
import { planToJson } from "../exporters/plan-json.js";
import type { ImportPlanOutcome } from "./import-plan-file.js";

/**
 * An import's outcome as `duban import --json` prints it and `POST /api/plans`
 * answers. A dry run carries the plan as read, so it can be checked before
 * it is stored.
 */
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
        match: outcome.match,
        removals: outcome.removals,
        confirmationRequired: outcome.confirmationRequired,
        corrections: outcome.corrections,
        correctionsApplied: outcome.correctionsApplied,
        ...(outcome.dryRun ? { plan: planToJson(outcome.plan) } : {}),
      };
