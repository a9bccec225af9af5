import type { Database } from "../db/database.js";
import {
  ledInPlan,
  narrowedTo,
  partOfPlan,
  reachOfUnit,
  type UnitReach,
} from "../db/queries/access.js";
import type { MilestoneKey } from "../db/queries/milestone-rows.js";
import { findPlan } from "../db/queries/plans.js";
import { storedFoldsAnswer } from "../db/queries/status-today.js";
import { findUnitByName, unitNamesById } from "../db/queries/units.js";
import type { IsoDate } from "../domain/iso-date.js";
import type { LightReason } from "../domain/light-reason.js";
import type { Light, MilestoneStatus } from "../domain/milestone-status.js";
import type { LightCounts, StatusCounts, StatusRollup } from "../domain/status-rollup.js";
import type { Actor } from "../policies/actor.js";
import { authorize } from "./authorize.js";
import { planNotFound, unitNotFound } from "./duban-error.js";
import {
  coveredMilestones,
  reportsThisMonth,
  rollupsOfRated,
  rollupsToday,
  type RatedMilestone,
  type DueMonthRollup,
  type RollupScope,
  type TaskRollup,
  type TaskRollupsWanted,
  type UnitRollup,
} from "./plan-rollups.js";
import { rateMilestones, type RatedStatus } from "./status-as-of.js";
import { statusDay } from "./status-today.js";
import { viewerScope } from "./access/viewer-scope.js";

export type { UnitRollup };

export interface MilestoneStatusLine {
  readonly id: number;
  readonly taskNo: number | null;
  readonly seq: number | null;
  readonly status: MilestoneStatus;
  readonly light: Light;
  readonly due: IsoDate | null;
  readonly completedOn: IsoDate | null;
  readonly late: boolean | null;
  readonly reportMissing: boolean;
  readonly escalationLevel: string | null;
  readonly lightReason: LightReason;
  /** With a unit: whether it leads the milestone or cooperates on it. */
  readonly role?: "lead" | "cooperating";
}

export interface PlanStatusReport {
  readonly planId: number;
  readonly asOf: IsoDate;
  readonly unit: { readonly id: number; readonly name: string } | null;
  /** For a unit, what it leads; otherwise the whole plan (as the viewer may see it). */
  readonly counts: StatusCounts;
  readonly lights: LightCounts;
  readonly onTime: number;
  readonly total: number;
  readonly completionRate: number | null;
  readonly onTimeRate: number | null;
  /**
   * Progress reports (the lead's 报送进展) from the first of the day's month
   * to the day, on the milestones these figures count.
   */
  readonly reportsThisMonth: number;
  /** For a unit: what it cooperates on, apart from its own figures. */
  readonly cooperating: StatusRollup | null;
  /** Every milestone's line; empty when asked for the roll-ups alone. */
  readonly milestones: readonly MilestoneStatusLine[];
  /** Empty when asked without them (`tasks: "none"`). */
  readonly byTask: readonly TaskRollup[];
  readonly byUnit: readonly UnitRollup[];
  readonly byDueMonth: readonly DueMonthRollup[];
}

const line = (
  row: MilestoneKey,
  state: RatedStatus,
  role?: "lead" | "cooperating",
): MilestoneStatusLine => ({
  id: row.id,
  taskNo: row.taskNo,
  seq: row.seq,
  status: state.status,
  light: state.light,
  due: state.due,
  completedOn: state.completedOn,
  late: state.late,
  reportMissing: state.reportMissing,
  escalationLevel: state.escalationLevel,
  lightReason: state.lightReason,
  ...(role === undefined ? {} : { role }),
});

/** A unit's milestones, what it leads first, each line saying whether it leads or cooperates. */
const unitLines = async (
  db: Database,
  reach: UnitReach,
  planId: number,
  rated: readonly RatedMilestone[],
): Promise<MilestoneStatusLine[]> => {
  const led = await ledInPlan(db.kysely, reach, planId);
  const tasks = new Set(led.fullTaskIds);
  const milestones = new Set(led.milestoneIds);
  const leads = ({ row }: RatedMilestone) => tasks.has(row.taskId) || milestones.has(row.id);
  return [
    ...rated.filter(leads).map(({ row, state }) => line(row, state, "lead")),
    ...rated
      .filter((item) => !leads(item))
      .map(({ row, state }) => line(row, state, "cooperating")),
  ];
};

/** The covered milestones, each rated as of the day, in table order. */
const rateCovered = async (
  db: Database,
  scope: RollupScope,
  asOf: IsoDate,
): Promise<RatedMilestone[]> => {
  const rows = await coveredMilestones(db.kysely, scope);
  const statuses = await rateMilestones(db.kysely, rows, asOf);
  return rows.flatMap((row) => {
    const state = statuses.get(row.id);
    return state ? [{ row, state }] : [];
  });
};

/** A unit by id (the API) or by name or alias (the command line). */
export const findUnit = async (
  db: Database,
  unit: string | number,
): Promise<{ readonly id: number; readonly name: string }> => {
  if (typeof unit === "string") {
    const found = await findUnitByName(db.kysely, unit);
    if (!found) throw unitNotFound(unit);
    return found;
  }
  const name = (await unitNamesById(db.kysely, [unit])).get(unit);
  if (name === undefined) throw unitNotFound(String(unit));
  return { id: unit, name };
};

/**
 * Status and light of every milestone of a plan as of a day, with counts
 * and rates rolled up for the plan, per task and per unit (what a unit
 * leads counted as its own, what it cooperates on apart). With a unit, the
 * figures are that unit's. A unit's own people see what they may see.
 * With `milestones: "none"` (the dashboard) the lines are left out, and
 * today's roll-ups are counted by the database without rating any
 * milestone (rollupsToday); otherwise the milestones rated for their lines
 * (from the stored folds today, the ledgers for a past day) are added up.
 * With `tasks: "none"` the per-task roll-ups are left out too.
 */
export const planStatus = async (
  db: Database,
  actor: Actor,
  input: {
    readonly planId: number;
    readonly asOf: IsoDate;
    readonly unit?: string | number;
    readonly milestones?: "all" | "none";
    readonly tasks?: TaskRollupsWanted;
  },
): Promise<PlanStatusReport> => {
  const plan = await findPlan(db.kysely, input.planId);
  if (!plan) throw planNotFound(input.planId);
  const viewer = narrowedTo(await viewerScope(db, actor));
  if (viewer !== null && (await partOfPlan(db.kysely, viewer, plan.id)).milestoneIds.length === 0) {
    authorize(actor, { action: "plan.read", relation: "none" }, () => planNotFound(plan.id));
  }
  const unit = input.unit === undefined ? null : await findUnit(db, input.unit);
  const scope: RollupScope = {
    planId: plan.id,
    viewer,
    unit: unit === null ? null : { id: unit.id, ...(await reachOfUnit(db.kysely, unit.id)) },
  };
  const lines = input.milestones !== "none";
  const tasks = input.tasks ?? "all";
  // Milestones rated anyway (for their lines, or a past day's) are added up, cheaper than
  // counting again; only today's roll-ups alone skip rating, counted by the database.
  const rated =
    lines || !(await storedFoldsAnswer(db.kysely, [plan.id], input.asOf))
      ? await rateCovered(db, scope, input.asOf)
      : null;
  const rollups =
    rated === null
      ? await rollupsToday(
          db.kysely,
          scope,
          await statusDay(db.kysely, [plan.id], input.asOf),
          tasks,
        )
      : await rollupsOfRated(db.kysely, scope, rated, tasks);
  const { figures } = rollups;
  return {
    planId: plan.id,
    asOf: input.asOf,
    unit,
    counts: figures.counts,
    lights: figures.lights,
    onTime: figures.onTime,
    total: figures.total,
    completionRate: figures.completionRate,
    onTimeRate: figures.onTimeRate,
    reportsThisMonth: await reportsThisMonth(db.kysely, scope, input.asOf),
    cooperating: rollups.cooperating,
    milestones:
      !lines || rated === null
        ? []
        : scope.unit === null
          ? rated.map(({ row, state }) => line(row, state))
          : await unitLines(db, scope.unit, plan.id, rated),
    byTask: rollups.byTask,
    byUnit: rollups.byUnit,
    byDueMonth: rollups.byDueMonth,
  };
};
