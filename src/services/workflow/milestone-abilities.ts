import type { MilestoneState } from "../../db/queries/milestone-states.js";
import type { Actor } from "../../policies/actor.js";
import { actorMay, type MilestoneRelation } from "../../policies/permissions.js";

/**
 * What the actor may do on a milestone now: the permission table applied to
 * its relation, and the workflow's phase. API responses carry it, so that
 * clients show only what the server would accept; the steps themselves ask
 * the same table and the same phase rules below.
 */
export interface MilestoneAbilities {
  readonly acknowledge: boolean;
  /** Progress of its own (the lead) or input for the lead (the others). */
  readonly report: boolean;
  /** Whether a report is the milestone's progress rather than input. */
  readonly reportOfficially: boolean;
  readonly declareCompletion: boolean;
  /** Refused still while another extension request waits. */
  readonly requestExtension: boolean;
  readonly answerInstructions: boolean;
  readonly setFocus: boolean;
  /** Issue a supervision notice (督办通知单); the milestone must also be overdue that day. */
  readonly issueNotice: boolean;
}

/** Reports and extension requests stop once the milestone is done. */
export const stillOpen = (state: MilestoneState): boolean => state.phase !== "done";

/** A completion may be declared while none waits for review and the milestone is not done. */
export const awaitsCompletion = (state: MilestoneState): boolean => state.phase === "open";

/** What anyone may do on a milestone a revision removed: nothing, it is a record. */
export const NO_ABILITIES: MilestoneAbilities = {
  acknowledge: false,
  report: false,
  reportOfficially: false,
  declareCompletion: false,
  requestExtension: false,
  answerInstructions: false,
  setFocus: false,
  issueNotice: false,
};

export const milestoneAbilities = (
  actor: Actor,
  relation: MilestoneRelation,
  state: MilestoneState,
): MilestoneAbilities => {
  const open = stillOpen(state);
  return {
    acknowledge:
      open &&
      state.acknowledgedOn === null &&
      actorMay(actor, { action: "milestone.acknowledge", relation }),
    report: open && actorMay(actor, { action: "milestone.report", relation }),
    reportOfficially: open && reportsOfficially(actor, relation),
    declareCompletion:
      awaitsCompletion(state) &&
      actorMay(actor, { action: "milestone.declare_complete", relation }),
    requestExtension: open && actorMay(actor, { action: "milestone.request_extension", relation }),
    // An answer is a unit's: whoever works at the shell stands for none.
    answerInstructions:
      actor.kind !== "shell" && actorMay(actor, { action: "instruction.respond", relation }),
    setFocus: actorMay(actor, { action: "focus.set" }),
    issueNotice: actorMay(actor, { action: "milestone.issue_notice" }),
  };
};

/** Whether the actor's report is the milestone's progress; the shell's never is, as it leads nothing. */
export const reportsOfficially = (actor: Actor, relation: MilestoneRelation): boolean =>
  actor.kind !== "shell" && actorMay(actor, { action: "milestone.report_officially", relation });
