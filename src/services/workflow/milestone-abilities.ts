import type { MilestoneState } from "../../db/queries/milestone-states.js";
import type { Actor } from "../../policies/actor.js";
import type { Role } from "../../domain/role.js";
import { mayAnswer } from "../access/abilities.js";
import {
  actorMay,
  isAllowed,
  type MilestoneRelation,
  type PermissionRequest,
} from "../../policies/permissions.js";

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
  /** Draft a completion declaration for the unit's leader to confirm (经办人起草). */
  readonly draftCompletion: boolean;
  /** Draft an extension request for the unit's leader to confirm. */
  readonly draftExtension: boolean;
  /** Confirm (submit to the office) or return the unit's drafts (负责人审核). */
  readonly confirmDrafts: boolean;
  /** Send a unit without an account a link (填报链接) to send its input here. */
  readonly issueLink: boolean;
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
  draftCompletion: false,
  draftExtension: false,
  confirmDrafts: false,
  issueLink: false,
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
    answerInstructions: mayAnswer(actor, relation),
    setFocus: actorMay(actor, { action: "focus.set" }),
    issueNotice: actorMay(actor, { action: "milestone.issue_notice" }),
    draftCompletion:
      awaitsCompletion(state) && actorMay(actor, { action: "milestone.draft_request", relation }),
    draftExtension: open && actorMay(actor, { action: "milestone.draft_request", relation }),
    confirmDrafts: open && actorMay(actor, { action: "request.confirm", relation }),
    issueLink: open && actorMay(actor, { action: "link.issue", relation }),
  };
};

/** Who may take a step the viewer may not: the milestone's lead unit, that unit's leader, the office. */
export type Actioner = "lead_unit" | "lead_unit_leader" | "office";

/**
 * For each step the phase allows but the viewer's role does not, who may
 * take it (null: the viewer may, or nobody may now), so that a page says
 * who can instead of hiding the step. Read off the permission table itself.
 */
export interface WhoCan {
  readonly acknowledge: Actioner | null;
  readonly report: Actioner | null;
  readonly declareCompletion: Actioner | null;
  readonly requestExtension: Actioner | null;
  /** Deciding what the unit submits: the office's, for everyone else. */
  readonly review: Actioner | null;
}

/** A milestone a revision removed: nobody acts on it. */
export const NOBODY_NOW: WhoCan = {
  acknowledge: null,
  report: null,
  declareCompletion: null,
  requestExtension: null,
  review: null,
};

/** The roles and relations that name each actioner, most junior first. */
const ACTIONERS: readonly (readonly [Actioner, Role, MilestoneRelation])[] = [
  ["lead_unit", "unit_staff", "lead"],
  ["lead_unit_leader", "unit_leader", "lead"],
  ["office", "supervisor", "none"],
];

const whoMay = (request: (relation: MilestoneRelation) => PermissionRequest): Actioner | null =>
  ACTIONERS.find(([, role, relation]) => isAllowed(role, request(relation)))?.[0] ?? null;

export const whoCanAct = (
  actor: Actor,
  relation: MilestoneRelation,
  state: MilestoneState,
): WhoCan => {
  const can = milestoneAbilities(actor, relation, state);
  const open = stillOpen(state);
  const other = (
    phaseAllows: boolean,
    viewerMay: boolean,
    request: (relation: MilestoneRelation) => PermissionRequest,
  ): Actioner | null => (phaseAllows && !viewerMay ? whoMay(request) : null);
  return {
    acknowledge: other(open && state.acknowledgedOn === null, can.acknowledge, (r) => ({
      action: "milestone.acknowledge",
      relation: r,
    })),
    report: other(open, can.report, (r) => ({
      action: "milestone.report_officially",
      relation: r,
    })),
    declareCompletion: other(awaitsCompletion(state), can.declareCompletion, (r) => ({
      action: "milestone.declare_complete",
      relation: r,
    })),
    requestExtension: other(open, can.requestExtension, (r) => ({
      action: "milestone.request_extension",
      relation: r,
    })),
    review: other(true, actorMay(actor, { action: "request.decide" }), () => ({
      action: "request.decide",
    })),
  };
};

/** Whether the actor's report is the milestone's progress; the shell's never is, as it leads nothing. */
export const reportsOfficially = (actor: Actor, relation: MilestoneRelation): boolean =>
  actor.kind !== "shell" && actorMay(actor, { action: "milestone.report_officially", relation });
