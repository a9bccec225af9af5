import type { Database } from "../../db/database.js";
import { findMilestoneRows, unitsOfMilestoneVersions } from "../../db/queries/milestone-rows.js";
import { findPlan } from "../../db/queries/plans.js";
import { subPlanOfMilestone } from "../../db/queries/sub-plans.js";
import type { Deadline } from "../../domain/deadline.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { rollUp, type StatusRollup } from "../../domain/status-rollup.js";
import type { Actor } from "../../policies/actor.js";
import { DubanError, planNotFound } from "../duban-error.js";
import { plansVisibleTo } from "../plans.js";
import { listMilestones, MILESTONE_PAGE_ALL, type MilestoneView } from "../milestones.js";
import { loadMilestoneContext } from "../workflow/milestone-context.js";
import { loadDecompositionParent } from "./decomposition-parent.js";

/** The latest report on any step the viewer sees: what the parent's page shows of the sub-plan's work. */
export interface LatestSubReport {
  readonly milestoneId: number;
  readonly seq: number | null;
  readonly stepText: string;
  readonly on: IsoDate;
  readonly text: string;
  readonly percent: number | null;
}

/** A milestone's sub-plan as its viewer sees it: the steps, their roll-up and the latest sub-report. */
export interface SubPlanView {
  readonly planId: number;
  readonly title: string;
  readonly revision: number;
  readonly asOf: IsoDate;
  /** Counts by status and light of the steps the viewer sees: done/total is counts.done/total. */
  readonly rollup: StatusRollup;
  readonly latestReport: LatestSubReport | null;
  readonly steps: readonly MilestoneView[];
}

/** Who may be responsible for the steps, when the viewer may split the milestone (or change its steps). */
export type DecompositionChoices = {
  readonly units: readonly { id: number; name: string }[];
} | null;

/** The units the viewer may name on steps, or null when it may not split the milestone now. */
export const decompositionChoices = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
): Promise<DecompositionChoices> => {
  try {
    const { allowedUnits } = await loadDecompositionParent(db, actor, milestoneId);
    return { units: [...allowedUnits].map(([id, name]) => ({ id, name })) };
  } catch (error) {
    if (error instanceof DubanError) return null;
    throw error;
  }
};

const latestOf = (steps: readonly MilestoneView[]): LatestSubReport | null =>
  steps.reduce<LatestSubReport | null>((latest, step) => {
    const report = step.latestReport;
    if (report === null || (latest !== null && latest.on > report.on)) return latest;
    return {
      milestoneId: step.id,
      seq: step.seq,
      stepText: step.text,
      on: report.on,
      text: report.text,
      percent: report.percent,
    };
  }, null);

/**
 * A milestone's sub-plan (子计划), if it has one, as the actor may see it:
 * the lead unit and the office see every step (the roll-up counts them
 * all), a unit cooperating on the milestone the steps it stands in.
 */
export const subPlanOf = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
  asOf: IsoDate,
): Promise<SubPlanView | null> => {
  await loadMilestoneContext(db, actor, milestoneId);
  const sub = await subPlanOfMilestone(db.kysely, milestoneId);
  if (sub === undefined || sub.currentRevision === 0) return null;
  const plan = await findPlan(db.kysely, sub.id);
  const { items } = await listMilestones(db, actor, {
    ...MILESTONE_PAGE_ALL,
    asOf,
    planId: sub.id,
    sort: "position",
  });
  return {
    planId: sub.id,
    title: plan?.title ?? "",
    revision: sub.currentRevision,
    asOf,
    rollup: rollUp(items),
    latestReport: latestOf(items),
    steps: items,
  };
};

/** The milestone a sub-plan decomposes, read-only: what a section sees of the plan above it. */
export interface DecomposedMilestone {
  readonly milestoneId: number;
  readonly planId: number;
  readonly planTitle: string;
  readonly taskTitle: string;
  readonly text: string;
  readonly deadline: Deadline;
  readonly leadUnit: string | null;
}

/**
 * The milestone a plan is the sub-plan of, for whoever may see the plan
 * (a section sees its steps): its text, task, deadline and lead unit, and
 * nothing else of the plan above; null for a plan of its own.
 */
export const parentOfSubPlan = async (
  db: Database,
  actor: Actor,
  planId: number,
): Promise<DecomposedMilestone | null> => {
  const visible = await plansVisibleTo(db, actor, "with_archived");
  const plan = visible.find((p) => p.id === planId);
  if (plan === undefined) throw planNotFound(planId);
  if (plan.parentMilestoneId === null) return null;
  const [row] = await findMilestoneRows(db.kysely, {
    ids: { of: "milestone", values: [plan.parentMilestoneId] },
  });
  if (row === undefined) return null;
  const units = (await unitsOfMilestoneVersions(db.kysely, [row.versionId])).get(row.versionId);
  const parentPlan = await findPlan(db.kysely, row.planId);
  return {
    milestoneId: row.id,
    planId: row.planId,
    planTitle: parentPlan?.title ?? "",
    taskTitle: row.taskTitle,
    text: row.text,
    deadline: JSON.parse(row.deadlineJson) as Deadline,
    leadUnit: units?.find((unit) => unit.role === "lead")?.unit ?? null,
  };
};
