import type { RequestState } from "../../db/queries/milestone-requests.js";
import { isOpenDraft, type DraftStateName } from "../../domain/request-draft.js";
import type { ViewerScope } from "../../db/queries/access.js";
import type { Actor } from "../../policies/actor.js";
import {
  actorMay,
  type ContentRelation,
  type MilestoneRelation,
} from "../../policies/permissions.js";

/*
 * What the actor may do now on a plan, a task, an instruction, a request or a
 * draft: the permission table applied to the actor's relation, and the
 * object's state.
 * API responses carry it as `can`, so that clients show only what the server
 * would accept; the writes ask the same table. A milestone's are in
 * workflow/milestone-abilities.ts, beside the workflow's phase rules.
 */

/** An answer is a unit's: whoever works at the shell stands for none. */
export const mayAnswer = (actor: Actor, relation: MilestoneRelation): boolean =>
  actor.kind !== "shell" && actorMay(actor, { action: "instruction.respond", relation });

export interface TaskAbilities {
  /** Answer the instructions on the task (a unit responsible for it). */
  readonly answerInstructions: boolean;
  /** Enter a leader's instruction on it (the office). */
  readonly issueInstruction: boolean;
  /** Mark it for focus (重点关注) or take the mark off. */
  readonly setFocus: boolean;
}

export const taskAbilities = (actor: Actor, relation: ContentRelation): TaskAbilities => ({
  answerInstructions: mayAnswer(actor, relation),
  issueInstruction: actorMay(actor, { action: "instruction.issue" }),
  setFocus: actorMay(actor, { action: "focus.set" }),
});

export interface InstructionAbilities {
  /** Answer it for the actor's unit, while it is open. */
  readonly answer: boolean;
  /** Close it (办结), while it is open: the office's. */
  readonly close: boolean;
}

export const instructionAbilities = (
  actor: Actor,
  relation: MilestoneRelation,
  instruction: { readonly closedAt: string | null },
): InstructionAbilities => {
  const open = instruction.closedAt === null;
  return {
    answer: open && mayAnswer(actor, relation),
    close: open && actorMay(actor, { action: "instruction.issue" }),
  };
};

export interface RequestAbilities {
  /** Approve or reject it, while it waits: the office's. */
  readonly decide: boolean;
}

export const requestAbilities = (
  actor: Actor,
  request: { readonly state: RequestState },
): RequestAbilities => ({
  decide: request.state === "pending" && actorMay(actor, { action: "request.decide" }),
});

export interface DraftAbilities {
  /** Confirm it or return it (the lead unit's leader). */
  readonly confirm: boolean;
  /** Edit and resubmit it, or withdraw it. */
  readonly edit: boolean;
}

/** By the actor's relation to the draft's milestone, as the steps on the draft ask it. */
export const draftAbilities = (
  actor: Actor,
  draft: { readonly state: DraftStateName },
  relation: MilestoneRelation,
): DraftAbilities => ({
  confirm: draft.state === "drafted" && actorMay(actor, { action: "request.confirm", relation }),
  edit:
    isOpenDraft(draft.state) && actorMay(actor, { action: "milestone.draft_request", relation }),
});

export interface PlanAbilities {
  /** Enter a leader's instruction (录入批示) on its tasks and milestones. */
  readonly issueInstruction: boolean;
  /** Export the whole plan, at any revision, and any unit's part (牵头部分). */
  readonly exportWhole: boolean;
  /** The units whose part (牵头部分) the actor may export besides: its own and its groups'. */
  readonly exportPartsOf: readonly number[];
  /** Import a new revision of it. */
  readonly importRevision: boolean;
  /** Send its units their parts (下发). */
  readonly distribute: boolean;
  /** Change its settings (reminders, escalation, what is due soon). */
  readonly configure: boolean;
  /** Add a quantitative target (量化指标) to its work: the office's, while in use. */
  readonly addTarget: boolean;
  /** File it under another year or category, while in use. */
  readonly classify: boolean;
  /** Start next year's plan from it (结转): an archived plan's unfinished work may be carried too. */
  readonly carryOver: boolean;
  /** Archive it, while in use. */
  readonly archive: boolean;
  /** Bring it back into use, while archived. */
  readonly unarchive: boolean;
  /** Delete it, which the server allows only while no work has been done on it. */
  readonly delete: boolean;
}

/**
 * By the plan's state: an archived plan is read and exported, never acted
 * on, until an administrator brings it back (services/archived-plan.ts).
 */
export const planAbilities = (
  actor: Actor,
  scope: ViewerScope,
  plan: { readonly archivedAt: string | null },
): PlanAbilities => {
  const inUse = plan.archivedAt === null;
  const mayArchive = actorMay(actor, { action: "plan.archive" });
  return {
    issueInstruction: inUse && actorMay(actor, { action: "instruction.issue" }),
    exportWhole: scope.all,
    exportPartsOf: scope.all ? [] : scope.unitIds,
    importRevision: inUse && actorMay(actor, { action: "plan.import" }),
    distribute: inUse && actorMay(actor, { action: "plan.distribute" }),
    configure: inUse && actorMay(actor, { action: "plan.configure" }),
    addTarget: inUse && actorMay(actor, { action: "target.manage" }),
    classify: inUse && actorMay(actor, { action: "plan.classify" }),
    carryOver: actorMay(actor, { action: "plan.carry_over" }),
    archive: inUse && mayArchive,
    unarchive: !inUse && mayArchive,
    delete: mayArchive,
  };
};

export interface TargetAbilities {
  /** Confirm, edit or dismiss it (the office), while its plan is in use. */
  readonly edit: boolean;
  /** Report an actual (the unit leading its work), once it is confirmed and while its plan is in use. */
  readonly report: boolean;
}

export const targetAbilities = (
  actor: Actor,
  relation: MilestoneRelation,
  target: { readonly state: "proposed" | "confirmed" | "dismissed"; readonly archived: boolean },
): TargetAbilities => ({
  edit: !target.archived && actorMay(actor, { action: "target.manage" }),
  report:
    !target.archived &&
    target.state === "confirmed" &&
    actorMay(actor, { action: "target.report", relation }),
});
