import type { Role } from "../domain/role.js";
import type { Actor } from "./actor.js";

/**
 * Where the resource stands relative to the actor's unit. For plan content:
 * `lead` when the unit leads the task (or, for a milestone, leads it),
 * `cooperating` when it shares the milestone in any other role, `none`
 * otherwise. For people and log entries: `self`, `own_unit` or `none`.
 */
export type ContentRelation = "lead" | "cooperating" | "none";
/**
 * A milestone's relation adds `task_lead`: the unit leads the milestone's
 * task but not the milestone itself (task 228's step (4), which 市科技局 leads
 * in 市金融局's task). The milestone's own lead does its work; the task's
 * lead follows it, sends input and answers for it, as a cooperating unit does.
 */
export type MilestoneRelation = ContentRelation | "task_lead";
export type PeopleRelation = "self" | "own_unit" | "none";

/**
 * Everything a policy decides, each action with the relation it depends on.
 * Actions that do not depend on ownership carry no relation.
 */
export type PermissionRequest =
  | { readonly action: "plan.import" }
  /** Archiving, restoring or deleting a (wrongly imported) plan. */
  | { readonly action: "plan.archive" }
  | { readonly action: "plan.read_all" }
  | { readonly action: "plan.read"; readonly relation: ContentRelation }
  | { readonly action: "task.read"; readonly relation: ContentRelation }
  | { readonly action: "milestone.read"; readonly relation: MilestoneRelation }
  | { readonly action: "unit.read" }
  | { readonly action: "unit.manage" }
  | { readonly action: "user.read"; readonly relation: PeopleRelation }
  | { readonly action: "user.manage" }
  | { readonly action: "user.change_own_password" }
  | { readonly action: "token.manage" }
  /** The backups' record and schedule (a server's operation, not the office's work). */
  | { readonly action: "backup.read" }
  | { readonly action: "calendar.read" }
  | { readonly action: "calendar.manage" }
  /** A calendar feed of a unit (`own_unit`: the actor's) or of a plan (`none`). */
  | { readonly action: "calendar_feed.subscribe"; readonly relation: "own_unit" | "none" }
  /** Every person's calendar feeds: listing them all, revoking any. */
  | { readonly action: "calendar_feed.administer" }
  | { readonly action: "audit.read"; readonly relation: "own_unit" | "none" }
  | { readonly action: "plan.configure" }
  /** Filing a plan under its year and category (政府工作报告, 民生实事, a special plan). */
  | { readonly action: "plan.classify" }
  /** Starting next year's plan from an old one (结转): the office's, never a unit's. */
  | { readonly action: "plan.carry_over" }
  | { readonly action: "milestone.acknowledge"; readonly relation: MilestoneRelation }
  | { readonly action: "milestone.report"; readonly relation: MilestoneRelation }
  | { readonly action: "milestone.report_officially"; readonly relation: MilestoneRelation }
  | { readonly action: "milestone.declare_complete"; readonly relation: MilestoneRelation }
  | { readonly action: "milestone.request_extension"; readonly relation: MilestoneRelation }
  /** A lead unit's staff (or leader) drafts a completion or extension for the leader to confirm. */
  | { readonly action: "milestone.draft_request"; readonly relation: MilestoneRelation }
  /**
   * Splitting a milestone into a sub-plan (子计划) of steps for the lead
   * unit's sections or subordinate units, or changing those steps.
   */
  | { readonly action: "milestone.decompose"; readonly relation: MilestoneRelation }
  /** The lead unit's leader confirms (submits as the leader's own) or returns a draft. */
  | { readonly action: "request.confirm"; readonly relation: MilestoneRelation }
  | { readonly action: "request.decide" }
  | { readonly action: "instruction.issue" }
  | { readonly action: "instruction.respond"; readonly relation: MilestoneRelation }
  | { readonly action: "focus.set" }
  | { readonly action: "plan.distribute" }
  | { readonly action: "distribution.sign"; readonly relation: "own_unit" | "none" }
  | { readonly action: "milestone.issue_notice" }
  /** Confirming, editing, dismissing and adding quantitative targets (量化指标). */
  | { readonly action: "target.manage" }
  /**
   * Issuing a milestone link (填报链接) naming a milestone: the office for
   * any, a unit's people for the milestones their unit leads.
   */
  | { readonly action: "link.issue"; readonly relation: MilestoneRelation }
  /** Listing and revoking links: the office every link, a unit's people their unit's (`own_unit`). */
  | { readonly action: "link.manage"; readonly relation: "own_unit" | "none" }
  /**
   * Reporting an actual for a target: the relation is the milestone's for a
   * milestone's target, the task's for a task's own target.
   */
  | { readonly action: "target.report"; readonly relation: MilestoneRelation };

export type Action = PermissionRequest["action"];

const OVERSIGHT: ReadonlySet<Role> = new Set(["admin", "supervisor"]);
const UNIT_ROLES: ReadonlySet<Role> = new Set(["unit_leader", "unit_staff"]);

/**
 * The permission table: a pure function of role, action and relation.
 * Services call it (through `authorize`) before they read or write; routes
 * never decide on their own. test/policies/permissions.test.ts lists every
 * cell of the table.
 */
export const isAllowed = (role: Role, request: PermissionRequest): boolean => {
  switch (request.action) {
    case "plan.import":
    case "plan.archive":
    case "unit.manage":
    case "user.manage":
    case "token.manage":
    case "backup.read":
    case "calendar.manage":
    case "calendar_feed.administer":
      return role === "admin";
    case "plan.read_all":
      return OVERSIGHT.has(role);
    case "plan.read":
    case "task.read":
    case "milestone.read":
      return OVERSIGHT.has(role) || request.relation !== "none";
    case "unit.read":
    case "user.change_own_password":
    case "calendar.read":
      return true;
    case "user.read":
      return (
        role === "admin" ||
        request.relation === "self" ||
        (role === "unit_leader" && request.relation === "own_unit")
      );
    // The office asks any unit for input; a lead unit asks the units that work with it.
    case "link.issue":
      return OVERSIGHT.has(role) || (UNIT_ROLES.has(role) && request.relation === "lead");
    case "link.manage":
      return OVERSIGHT.has(role) || (UNIT_ROLES.has(role) && request.relation === "own_unit");
    // A unit's people subscribe to their unit's deadlines; the office to any unit's or plan's.
    case "calendar_feed.subscribe":
      return OVERSIGHT.has(role) || (UNIT_ROLES.has(role) && request.relation === "own_unit");
    case "audit.read":
      return OVERSIGHT.has(role) || (role === "unit_leader" && request.relation === "own_unit");
    // Leaders' instructions reach Duban through the office, which also closes them.
    case "plan.configure":
    case "plan.classify":
    case "plan.carry_over":
    case "request.decide":
    case "instruction.issue":
    case "focus.set":
    case "plan.distribute":
    case "milestone.issue_notice":
    case "target.manage":
      return OVERSIGHT.has(role);
    // A target's figure is the work's own: the unit that leads the work reports it.
    case "target.report":
      return UNIT_ROLES.has(role) && request.relation === "lead";
    // The unit signs for what it was sent, as it acknowledges its milestones.
    case "distribution.sign":
      return UNIT_ROLES.has(role) && request.relation === "own_unit";
    // A unit answers for what it is responsible for, leading or cooperating.
    case "instruction.respond":
      return UNIT_ROLES.has(role) && request.relation !== "none";
    // The unit does its own work: the office reviews it, it does not report for it. Only the
    // milestone's own lead writes its progress; the others' reports are input for it.
    case "milestone.acknowledge":
    case "milestone.report_officially":
      return UNIT_ROLES.has(role) && request.relation === "lead";
    case "milestone.report":
      return UNIT_ROLES.has(role) && request.relation !== "none";
    // What the unit submits for a decision, its leader submits (单位负责人审核报送).
    case "milestone.declare_complete":
    case "milestone.request_extension":
    case "request.confirm":
      return role === "unit_leader" && request.relation === "lead";
    // The lead unit splits its own milestone among its sections; the office may do it for it.
    case "milestone.decompose":
      return OVERSIGHT.has(role) || (UNIT_ROLES.has(role) && request.relation === "lead");
    // 经办人起草、负责人审核: the staff drafts it, the leader confirms it.
    case "milestone.draft_request":
      return UNIT_ROLES.has(role) && request.relation === "lead";
  }
};

/**
 * What a token may never do, whatever its role: issue tokens (which would
 * let one outlive its revocation), change a password it does not have, or
 * hold calendar feeds, which belong to a person whose account they follow.
 */
const NOT_FOR_TOKENS: ReadonlySet<Action> = new Set([
  "token.manage",
  "user.change_own_password",
  "calendar_feed.subscribe",
  "calendar_feed.administer",
]);

/**
 * All a link's holder may do, on the milestones the link names: read them
 * and send input. Never a report of the lead's (report_officially), so a
 * submission through a link is always input, whatever the unit's role.
 */
const FOR_LINKS: ReadonlySet<Action> = new Set(["milestone.read", "milestone.report"]);

/** Whoever works at the server's shell is trusted with everything. */
export const actorMay = (actor: Actor, request: PermissionRequest): boolean => {
  if (actor.kind === "shell") return true;
  if (actor.kind === "link" && !FOR_LINKS.has(request.action)) return false;
  if (actor.kind === "token" && NOT_FOR_TOKENS.has(request.action)) return false;
  return isAllowed(actor.role, request);
};
