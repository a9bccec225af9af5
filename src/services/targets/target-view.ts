import type { Database } from "../../db/database.js";
import { findMilestoneRows } from "../../db/queries/milestone-rows.js";
import { findPlan } from "../../db/queries/plans.js";
import { actualsOf, type StoredActual, type StoredTarget } from "../../db/queries/targets.js";
import type { IsoDate } from "../../domain/iso-date.js";
import type { Light } from "../../domain/milestone-status.js";
import type { TargetComparison } from "../../domain/target.js";
import { targetProgress } from "../../domain/target-progress.js";
import type { Actor } from "../../policies/actor.js";
import type { MilestoneRelation } from "../../policies/permissions.js";
import { targetAbilities, type TargetAbilities } from "../access/abilities.js";
import { milestoneRelations, taskRelations } from "../access/relations.js";
import type { ViewerScope } from "../access/viewer-scope.js";
import { rateMilestones } from "../status-as-of.js";

/** A target as the API and the CLI show it, as of a day. */
export interface TargetView extends Pick<
  StoredTarget,
  | "id"
  | "planId"
  | "taskId"
  | "taskNo"
  | "milestoneId"
  | "milestoneSeq"
  | "subject"
  | "unitOfMeasure"
  | "span"
  | "origin"
  | "state"
  | "baseline"
> {
  readonly comparison: TargetComparison;
  /** The value to compare with; null for a range, which has low and high. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** The due date in force of its milestone, or the latest of its task's milestones; null: none. */
  readonly deadline: IsoDate | null;
  readonly latestActual: {
    readonly value: number;
    readonly asOf: IsoDate;
    readonly source: string;
  } | null;
  readonly progress: {
    readonly ratio: number | null;
    readonly projected: number | null;
    readonly met: boolean;
    readonly light: Light | null;
  };
  readonly can: TargetAbilities;
}

/**
 * How each target stands to the viewer's units: its milestone's relation,
 * or its task's for a task's own target. Two lookups each, for any number.
 */
export const targetRelations = async (
  db: Database,
  scope: ViewerScope,
  targets: readonly StoredTarget[],
): Promise<Map<number, MilestoneRelation>> => {
  const milestones = await milestoneRelations(
    db,
    scope,
    targets.flatMap((t) =>
      t.milestoneVersionId === null ? [] : [{ versionId: t.milestoneVersionId, taskId: t.taskId }],
    ),
  );
  const tasks = await taskRelations(db, scope, [
    ...new Set(targets.filter((t) => t.milestoneId === null).map((t) => t.taskId)),
  ]);
  return new Map(
    targets.map((t) => [
      t.id,
      (t.milestoneVersionId === null
        ? tasks.get(t.taskId)
        : milestones.get(t.milestoneVersionId)) ?? "none",
    ]),
  );
};

/**
 * The deadline of each target on the day: its milestone's due date in
 * force (an approved extension's, a recurring deadline's next), or for a
 * task's own target the latest due date of the task's milestones.
 */
const deadlinesOf = async (
  db: Database,
  targets: readonly StoredTarget[],
  asOf: IsoDate,
): Promise<Map<number, IsoDate | null>> => {
  const taskIds = [...new Set(targets.map((t) => t.taskId))];
  const rows =
    taskIds.length === 0
      ? []
      : await findMilestoneRows(db.kysely, { ids: { of: "task", values: taskIds } });
  const rated = await rateMilestones(db.kysely, rows, asOf);
  const dueOfMilestone = new Map<number, IsoDate | null>();
  const latestOfTask = new Map<number, IsoDate>();
  for (const row of rows) {
    const due = rated.get(row.id)?.due ?? null;
    dueOfMilestone.set(row.id, due);
    const latest = latestOfTask.get(row.taskId);
    if (due !== null && (latest === undefined || due > latest)) latestOfTask.set(row.taskId, due);
  }
  return new Map(
    targets.map((t) => [
      t.id,
      t.milestoneId === null
        ? (latestOfTask.get(t.taskId) ?? null)
        : (dueOfMilestone.get(t.milestoneId) ?? null),
    ]),
  );
};

const latestOf = (actuals: readonly StoredActual[]): StoredActual | null => actuals.at(-1) ?? null;

/**
 * The targets as views on a day: their deadlines, their actuals dated up to
 * the day, progress by the domain's rule (domain/target-progress.ts) and
 * what the viewer may do. Progress starts at the plan's year's first day:
 * the figures of a year's plan count from the year's start. Work with no
 * due date is projected to the year's last day.
 */
export const targetViews = async (
  db: Database,
  actor: Actor,
  scope: ViewerScope,
  targets: readonly StoredTarget[],
  asOf: IsoDate,
): Promise<TargetView[]> => {
  const planIds = [...new Set(targets.map((t) => t.planId))];
  const plans = new Map(
    await Promise.all(planIds.map(async (id) => [id, await findPlan(db.kysely, id)] as const)),
  );
  const deadlines = await deadlinesOf(db, targets, asOf);
  const actuals = await actualsOf(
    db.kysely,
    targets.map((t) => t.id),
    asOf,
  );
  const relations = await targetRelations(db, scope, targets);
  return targets.map((target) => {
    const plan = plans.get(target.planId);
    const year = String(plan?.year ?? Number(asOf.slice(0, 4)));
    const deadline = deadlines.get(target.id) ?? null;
    const reported = actuals.get(target.id) ?? [];
    const latest = latestOf(reported);
    const progress = targetProgress(
      { subject: target.subject, measure: target.measure, unitOfMeasure: target.unitOfMeasure },
      reported.map((a) => ({ value: a.value, asOf: a.asOf })),
      {
        asOf,
        start: `${year}-01-01`,
        deadline: deadline ?? `${year}-12-31`,
        ...(target.baseline === null ? {} : { baseline: target.baseline }),
      },
    );
    const { measure } = target;
    return {
      id: target.id,
      planId: target.planId,
      taskId: target.taskId,
      taskNo: target.taskNo,
      milestoneId: target.milestoneId,
      milestoneSeq: target.milestoneSeq,
      subject: target.subject,
      comparison: measure.comparison,
      value: measure.comparison === "range" ? null : measure.value,
      low: measure.comparison === "range" ? measure.low : null,
      high: measure.comparison === "range" ? measure.high : null,
      unitOfMeasure: target.unitOfMeasure,
      span: target.span,
      origin: target.origin,
      state: target.state,
      baseline: target.baseline,
      deadline,
      latestActual:
        latest === null ? null : { value: latest.value, asOf: latest.asOf, source: latest.source },
      progress: {
        ratio: progress.ratio,
        projected: progress.projected,
        met: progress.met,
        light: progress.light,
      },
      can: targetAbilities(actor, relations.get(target.id) ?? "none", {
        state: target.state,
        archived: plan?.archivedAt != null,
      }),
    };
  });
};
