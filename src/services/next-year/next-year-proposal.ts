import type { Database } from "../../db/database.js";
import { carriedOutOf, type CarriedTo } from "../../db/queries/carry-overs.js";
import { loadPlanContent, type StoredPlanContent } from "../../db/queries/plan-content.js";
import { findPlan, type PlanRow } from "../../db/queries/plans.js";
import { carriedDeadline, carriedTitle } from "../../domain/carry-over.js";
import { deadlineText, dueDateOf, type Deadline } from "../../domain/deadline.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import { isOpenStatus, type MilestoneStatus } from "../../domain/milestone-status.js";
import { tableRefOf } from "../../domain/milestone-ref.js";
import { unitsOf } from "../../domain/plan.js";
import { isPlanYear, MAX_PLAN_YEAR } from "../../domain/plan-grouping.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import { DubanError, planNotFound } from "../duban-error.js";
import { planStatus } from "../plan-status.js";
import { holidaysLoadedFor } from "../work-calendar.js";

/** A deadline as written and the day it falls due. */
export interface DeadlineShown {
  readonly text: string;
  readonly due: IsoDate | null;
}

/** An unfinished milestone of the old plan, as next year's plan would carry it. */
export interface CarryOverCandidate {
  readonly milestoneId: number;
  /** Its number in the old table: "204（1）". */
  readonly ref: string;
  readonly taskTitle: string;
  readonly text: string;
  /** Every responsible unit, leads first. */
  readonly units: readonly string[];
  /** Its status on the day asked, by the status every screen shows. */
  readonly status: MilestoneStatus;
  readonly oldDeadline: DeadlineShown;
  /** The deadline it takes in the new year (domain/carry-over.ts `carriedDeadline`). */
  readonly newDeadline: DeadlineShown;
  /** Carried already (a milestone is carried once): where to; null while it is not. */
  readonly carriedTo: CarriedTo | null;
}

export interface NextYearProposal {
  readonly from: Pick<PlanRow, "id" | "title" | "year" | "category">;
  readonly year: number;
  /** The new plan's title: the old one with the new year. */
  readonly title: string;
  readonly asOf: IsoDate;
  /** Whether the working-day calendar holds the new year's holidays; false: warn. */
  readonly holidaysLoaded: boolean;
  /** The old plan's unfinished milestones, in table order. */
  readonly candidates: readonly CarryOverCandidate[];
}

const shown = (deadline: Deadline): DeadlineShown => ({
  text: deadlineText(deadline),
  due: dueDateOf(deadline),
});

/** Next year's plan starts from an older one: a later year, within the years a plan may have. */
const checkYear = (plan: PlanRow, year: number, field: string): void => {
  if (isPlanYear(year) && year > plan.year) return;
  throw new DubanError(
    "plan.invalid_input",
    message(
      `新计划的年度应晚于原计划的${String(plan.year)}年，且不超过${String(MAX_PLAN_YEAR)}年`,
      `The new plan's year must come after the old plan's ${String(plan.year)}, up to ${String(MAX_PLAN_YEAR)}`,
    ),
    { field },
  );
};

/** The old plan as next year's plan starts from it: found, the year checked, its content in force. */
export const carryOverSource = async (
  db: Database,
  actor: Actor,
  input: { readonly planId: number; readonly year: number; readonly yearField: string },
): Promise<{ readonly plan: PlanRow; readonly content: StoredPlanContent }> => {
  authorize(actor, { action: "plan.carry_over" });
  const plan = await findPlan(db.kysely, input.planId);
  if (!plan) throw planNotFound(input.planId);
  checkYear(plan, input.year, input.yearField);
  const content = await loadPlanContent(db.kysely, plan.id, plan.currentRevision);
  if (!content) throw planNotFound(input.planId);
  return { plan, content };
};

/**
 * What next year's plan would carry from an old plan (结转): its milestones
 * not done on the day, each with its deadline in the new year, and whether
 * it went into a later plan already. The supervision office's; changes nothing.
 */
export const proposeNextYear = async (
  db: Database,
  actor: Actor,
  input: { readonly planId: number; readonly year: number; readonly asOf: IsoDate },
): Promise<NextYearProposal> => {
  const { plan, content } = await carryOverSource(db, actor, { ...input, yearField: "query.year" });
  const report = await planStatus(db, actor, {
    planId: plan.id,
    asOf: input.asOf,
    tasks: "none",
  });
  const statuses = new Map(report.milestones.map((line) => [line.id, line.status]));
  const carried = await carriedOutOf(db.kysely, plan.id);
  const candidates = content.plan.tasks.flatMap((task, t) =>
    task.milestones.flatMap((milestone, m): CarryOverCandidate[] => {
      const id = content.milestones[t]?.[m]?.id;
      const status = id === undefined ? undefined : statuses.get(id);
      if (id === undefined || status === undefined || !isOpenStatus(status)) return [];
      return [
        {
          milestoneId: id,
          ref: tableRefOf(task.label, milestone.seq),
          taskTitle: task.title,
          text: milestone.text,
          units: unitsOf(milestone),
          status,
          oldDeadline: shown(milestone.deadline),
          newDeadline: shown(carriedDeadline(milestone.deadline, input.year)),
          carriedTo: carried.get(id) ?? null,
        },
      ];
    }),
  );
  return {
    from: { id: plan.id, title: plan.title, year: plan.year, category: plan.category },
    year: input.year,
    title: carriedTitle(plan.title, plan.year, input.year),
    asOf: input.asOf,
    holidaysLoaded: await holidaysLoadedFor(db, input.year),
    candidates,
  };
};
