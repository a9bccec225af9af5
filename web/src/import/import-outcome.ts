import { ApiFailure, type Answer, type Schema } from "../api.js";

export type ImportOutcome = Schema<"ImportOutcome">;
/** An outcome that creates or revises a plan, rather than finding it already there. */
export type ImportChange = Exclude<ImportOutcome, { kind: "unchanged" }>;
export type Diagnostic = Schema<"Diagnostic">;
export type MilestoneRemoval = Schema<"MilestoneRemoval">;
export type PlanMatch = NonNullable<ImportChange["match"]>;
export type SourceLocation = Schema<"SourceLocation">;
export type PlanDiff = Schema<"PlanDiff">;
export type TaskDiffEntry = Schema<"TaskDiffEntry">;
export type MilestoneDiffEntry = Schema<"MilestoneDiffEntry">;
export type MilestoneRef = Schema<"MilestoneRef">;
export type PlanJson = Schema<"PlanJson">;
export type PlanCorrection = Schema<"PlanCorrection">;
export type CurrentPlan = Answer<"/api/plans/{id}", "get">;

/** A field before and after: of the plan's header, a task or a milestone. */
export type FieldChange =
  | PlanDiff["header"][number]
  | TaskDiffEntry["changes"][number]
  | Extract<MilestoneDiffEntry, { kind: "changed" }>["changes"][number];

/** A file refused as a whole (422) carries the diagnostics that say why. */
export const refusedDiagnostics = (failure: unknown): readonly Diagnostic[] | null => {
  if (!(failure instanceof ApiFailure) || failure.body.error.code !== "import.invalid_file")
    return null;
  // The code identifies the documented 422 answer of POST /api/plans.
  const refusal = failure.body as Answer<"/api/plans", "post", 422>;
  return refusal.error.details.diagnostics;
};
