import type { Milestone, Session } from "../api.js";

/** How the user's unit stands to a milestone, as the server decides it (lead of the task or milestone, or sharing it). */
export type Relation = "lead" | "cooperating" | "none";

export interface Abilities {
  readonly acknowledge: boolean;
  readonly report: boolean;
  readonly declareCompletion: boolean;
  readonly requestExtension: boolean;
  readonly answerInstructions: boolean;
}

/**
 * What the page offers, read from src/policies/permissions.ts: units do
 * their own work (the office reviews it); only the lead unit acknowledges;
 * what goes up for a decision (completion, extension) its leader submits.
 * The server still decides; this only hides buttons that would be refused.
 */
export const abilitiesOf = (
  role: Session["actor"]["role"],
  relation: Relation,
  milestone: Milestone,
): Abilities => {
  const unitRole = role === "unit_leader" || role === "unit_staff";
  const lead = unitRole && relation === "lead";
  const leader = role === "unit_leader" && relation === "lead";
  const phase = milestone.workflow.phase;
  return {
    acknowledge: lead && milestone.acknowledgedOn === null && phase !== "done",
    report: unitRole && relation !== "none" && phase !== "done",
    declareCompletion: leader && phase === "open",
    requestExtension: leader && phase !== "done",
    answerInstructions: unitRole && relation !== "none",
  };
};
