import { sql, type Kysely, type RawBuilder } from "kysely";
import type { YearMonth } from "../../domain/deadline-occurrence.js";
import { daysInMonth, isoDate, type IsoDate } from "../../domain/iso-date.js";
import type { Light, MilestoneStatus } from "../../domain/milestone-status.js";
import type { CountedStatus } from "../../domain/status-rollup.js";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";
import { visibleVersionIds, type UnitReach } from "./access.js";

/**
 * What today's status compares the stored columns with, worked out once per
 * request (services/status-today.ts) so that the SQL holds no calendar.
 */
export interface StatusDay {
  readonly asOf: IsoDate;
  /**
   * Per plan: the last due date that counts as due soon on the day (its
   * warning window, in calendar or working days), and the first day a report
   * counts for the period whose report is owed (null when none is owed).
   */
  readonly plans: ReadonlyMap<
    number,
    { readonly dueSoonTo: IsoDate; readonly reportsFrom: IsoDate | null }
  >;
  /** Per recurrence length in months: the months its occurrence in force falls in (this period's, the next's). */
  readonly occurrences: ReadonlyMap<number, readonly [YearMonth, YearMonth]>;
}

/** A recurring deadline's occurrence in a month: its day, clamped to the month's last. */
const occurrenceIn = (at: YearMonth): RawBuilder<string> => {
  const last = daysInMonth(at.year, at.month);
  const day = sql`(case when mv.recur_day > ${sql.lit(last)} then ${sql.lit(last)} else mv.recur_day end)`;
  // The month's first day without its day: "2026-04-".
  const prefix = isoDate(at.year, at.month, 1).slice(0, 8);
  return sql<string>`(${sql.lit(prefix)} || case when ${day} < 10 then '0' else '' end || cast(${day} as text))`;
};

/** Per plan, one of its constants: `case mv.plan_id when … then … end`. */
const perPlan = (
  day: StatusDay,
  pick: (plan: { dueSoonTo: IsoDate; reportsFrom: IsoDate | null }) => IsoDate | null,
) => {
  const branches = [...day.plans].flatMap(([planId, plan]) => {
    const value = pick(plan);
    return value === null ? [] : [sql`when ${sql.lit(planId)} then ${sql.lit(value)}`];
  });
  return branches.length === 0
    ? sql<string | null>`null`
    : sql<string | null>`(case mv.plan_id ${sql.join(branches, sql` `)} end)`;
};

/**
 * The SQL of status on the day over a current milestone version `mv` and
 * its stored fold `ms` (left joined): the same rules as
 * domain/milestone-status.ts statusOfFold and report-cycle.ts owesReport,
 * which the property test holds them to.
 */
export const statusSql = (day: StatusDay) => {
  const recurring = sql`(case mv.recur_months ${sql.join(
    [...day.occurrences].map(([months, [current, next]]) => {
      const now = occurrenceIn(current);
      return sql`when ${sql.lit(months)} then (case when ${now} >= ${sql.lit(day.asOf)} then ${now} else ${occurrenceIn(next)} end)`;
    }),
    sql` `,
  )} end)`;
  const due = sql<string | null>`coalesce(ms.extended_due, mv.due_date, ${recurring})`;
  const reportsFrom = perPlan(day, (plan) => plan.reportsFrom);
  const reportMissing = sql<boolean>`(ms.completed_on is null and ${reportsFrom} is not null
    and (ms.last_reported_on is null or ms.last_reported_on < ${reportsFrom}))`;
  const status = sql<MilestoneStatus>`(case
    when ms.completed_on is not null then 'done'
    when ${due} < ${sql.lit(day.asOf)} then 'overdue'
    when ${due} <= ${perPlan(day, (plan) => plan.dueSoonTo)} then 'due_soon'
    when ms.last_reported_on is not null then 'in_progress'
    else 'not_started' end)`;
  const light = sql<Light>`(case
    when ${status} = 'overdue' then 'red'
    when ${status} = 'due_soon' or ${reportMissing} then 'yellow'
    else 'green' end)`;
  const late = sql<number | null>`(case when ms.completed_on is null then null
    when ${due} is not null and ms.completed_on > ${due} then 1 else 0 end)`;
  return { due, status, light, late };
};

/** The plans' current milestone versions (or some of them) with their stored folds. */
const currentWithFolds = (db: Kysely<Schema>, day: StatusDay, chunk: readonly number[] | null) =>
  db
    .selectFrom("milestone_versions as mv")
    .leftJoin("milestone_status as ms", "ms.milestone_id", "mv.milestone_id")
    .where("mv.valid_to", "is", null)
    .where("mv.plan_id", "in", [...day.plans.keys()])
    .$if(chunk !== null, (q) => q.where("mv.id", "in", chunk ?? []));

/** One group of today's counts: a task's milestones of one status, light and lateness. */
export interface CountedTaskStatus extends CountedStatus {
  readonly planId: number;
  readonly taskId: number;
}

/**
 * Today's status counted per task, status, light and lateness in the
 * database (the plans of `day`, or only some current milestone versions):
 * roll-ups add these groups up instead of rating every milestone. Only for
 * a day no stored fold is later than (services/status-today.ts checks).
 */
export const countStatusToday = (
  db: Kysely<Schema>,
  day: StatusDay,
  reach: UnitReach | null,
): Promise<CountedTaskStatus[]> => countStatusTodayWithin(db, day, reach === null ? [] : [reach]);

/**
 * The current milestone versions that every one of some sets of units (the
 * viewer's, a unit's figures) stands in; no set, every version.
 */
export type StandingIn = readonly UnitReach[];

const narrowedBy = (db: Kysely<Schema>, day: StatusDay, within: StandingIn) =>
  within.reduce(
    (query, reach) => query.where("mv.id", "in", visibleVersionIds(db, reach)),
    currentWithFolds(db, day, null),
  );

/** countStatusToday over the versions every set of units in `within` stands in. */
export const countStatusTodayWithin = async (
  db: Kysely<Schema>,
  day: StatusDay,
  within: StandingIn,
): Promise<CountedTaskStatus[]> => {
  if (day.plans.size === 0) return [];
  const { status, light, late } = statusSql(day);
  const rows = await narrowedBy(db, day, within)
    .select([
      "mv.plan_id as planId",
      "mv.task_id as taskId",
      status.as("status"),
      light.as("light"),
      late.as("late"),
      (eb) => eb.fn.countAll<number | string>().as("count"),
    ])
    .groupBy(["mv.plan_id", "mv.task_id", status, light, late])
    .execute();
  return rows.map(({ planId, taskId, ...group }) => ({ planId, taskId, ...counted(group) }));
};

const counted = (row: {
  status: MilestoneStatus;
  light: Light;
  late: number | null;
  count: number | string;
}): CountedStatus => ({
  status: row.status,
  light: row.light,
  late: row.late === null ? null : row.late === 1,
  count: Number(row.count),
});

/** One group of today's counts: the milestones due in a month (YYYY-MM) of one status, light and lateness. */
export interface CountedMonthStatus extends CountedStatus {
  readonly month: string;
}

/** Today's status counted per month of the due date in force (milestones without one left out). */
export const countDueMonthsToday = async (
  db: Kysely<Schema>,
  day: StatusDay,
  within: StandingIn,
): Promise<CountedMonthStatus[]> => {
  if (day.plans.size === 0) return [];
  const { due, status, light, late } = statusSql(day);
  const month = sql<string>`substr(${due}, 1, 7)`;
  const rows = await narrowedBy(db, day, within)
    .select([
      month.as("month"),
      status.as("status"),
      light.as("light"),
      late.as("late"),
      (eb) => eb.fn.countAll<number | string>().as("count"),
    ])
    .where(due, "is not", null)
    .groupBy([month, status, light, late])
    .execute();
  return rows.map(({ month: at, ...group }) => ({ month: at, ...counted(group) }));
};

/** One group of a unit's counts today: what it leads, or else is named on, of one status, light and lateness. */
export interface CountedUnitStatus extends CountedStatus {
  readonly unitId: number;
  readonly lead: boolean;
}

/**
 * Whose figures a unit count is: every unit standing in a counted
 * milestone, or one unit; each with the groups it belongs to.
 */
export type FigureOwners = "each" | { readonly unitId: number };

const RATING = ["rated.status", "rated.light", "rated.late"] as const;
const CARRIED = ["stakes.status", "stakes.light", "stakes.late"] as const;

/**
 * Today's status counted per unit, as a unit's own figures count: a
 * milestone is the unit's lead work when the unit or a group of it leads
 * the milestone or its task, else its cooperating work when any of them is
 * named on it in another role; each milestone once per unit.
 */
export const countUnitStatusToday = async (
  db: Kysely<Schema>,
  day: StatusDay,
  within: StandingIn,
  owners: FigureOwners,
): Promise<CountedUnitStatus[]> => {
  if (day.plans.size === 0) return [];
  const { status, light, late } = statusSql(day);
  // Each milestone rated once however many units stand in it: materialized,
  // or SQLite inlines the rating into every (unit, milestone) pair it counts.
  const rows = await db
    .with(
      (cte) => cte("rated").materialized(),
      () =>
        narrowedBy(db, day, within).select([
          "mv.id as versionId",
          "mv.task_id as taskId",
          status.as("status"),
          light.as("light"),
          late.as("late"),
        ]),
    )
    .with(
      (cte) => cte("stakes").materialized(),
      (q) =>
        q
          .selectFrom("rated")
          .innerJoin("milestone_units as mu", "mu.milestone_version_id", "rated.versionId")
          .select([
            "rated.versionId",
            "mu.unit_id as unitId",
            sql<number>`case when mu.role = 'lead' then 1 else 0 end`.as("lead"),
            ...RATING,
          ])
          .unionAll(
            q
              .selectFrom("rated")
              .innerJoin("task_versions as tv", (join) =>
                join.onRef("tv.task_id", "=", "rated.taskId").on("tv.valid_to", "is", null),
              )
              .innerJoin("task_units as tu", "tu.task_version_id", "tv.id")
              .select([
                "rated.versionId",
                "tu.unit_id as unitId",
                sql<number>`1`.as("lead"),
                ...RATING,
              ])
              .where("tu.role", "=", "lead"),
          ),
    )
    .with("owned", (q) => {
      // A unit owns its own stakes and those of the groups it belongs to.
      const pooled =
        owners === "each"
          ? q
              .selectFrom("stakes")
              .select(["stakes.unitId as owner", "stakes.versionId", "stakes.lead", ...CARRIED])
              .unionAll(
                // Owners are the units standing in a counted milestone themselves, found
                // as the stakes are read rather than collected in a pass of their own.
                q
                  .selectFrom("stakes")
                  .innerJoin("unit_group_members as g", "g.group_id", "stakes.unitId")
                  .select(["g.member_id as owner", "stakes.versionId", "stakes.lead", ...CARRIED])
                  .where("g.member_id", "in", q.selectFrom("stakes").select("stakes.unitId")),
              )
          : q
              .selectFrom("stakes")
              .select([
                sql<number>`${sql.lit(owners.unitId)}`.as("owner"),
                "stakes.versionId",
                "stakes.lead",
                ...CARRIED,
              ])
              .where((eb) =>
                eb.or([
                  eb("stakes.unitId", "=", owners.unitId),
                  eb(
                    "stakes.unitId",
                    "in",
                    eb
                      .selectFrom("unit_group_members as g")
                      .select("g.group_id")
                      .where("g.member_id", "=", owners.unitId),
                  ),
                ]),
              );
      // Each milestone once per owner; its rating came along, the same in every stake.
      return q
        .selectFrom(pooled.as("pooled"))
        .select((eb) => [
          "pooled.owner",
          eb.fn.max("pooled.lead").as("lead"),
          eb.fn.min("pooled.status").as("status"),
          eb.fn.min("pooled.light").as("light"),
          eb.fn.min("pooled.late").as("late"),
        ])
        .groupBy(["pooled.owner", "pooled.versionId"]);
    })
    .selectFrom("owned")
    .select([
      "owned.owner as unitId",
      "owned.lead",
      "owned.status",
      "owned.light",
      "owned.late",
      (eb) => eb.fn.countAll<number | string>().as("count"),
    ])
    .groupBy(["owned.owner", "owned.lead", "owned.status", "owned.light", "owned.late"])
    .execute();
  return rows.map(({ unitId, lead, ...group }) => ({
    unitId,
    lead: lead === 1,
    ...counted(group),
  }));
};

/** What a list sorts and filters by: a milestone's status, light and due date on the day. */
export interface SortedStatus {
  readonly status: MilestoneStatus;
  readonly light: Light;
  readonly due: IsoDate | null;
}

/**
 * Today's status, light and due date of the plans' current milestones (or
 * of some of their versions), by milestone id, from the SQL expressions the
 * list filters, sorts and pages with (statusSql). No screen reads it: it
 * exists so that test/services/status-paths.test.ts can hold those
 * expressions to the domain's fold for every milestone on every day.
 */
export const statusesToday = async (
  db: Kysely<Schema>,
  day: StatusDay,
  versionIds?: readonly number[],
): Promise<Map<number, SortedStatus>> => {
  if (day.plans.size === 0) return new Map();
  const { due, status, light } = statusSql(day);
  const rows = await collectChunks(
    versionIds === undefined ? [null] : chunksFor(versionIds, 1),
    (chunk) =>
      currentWithFolds(db, day, chunk)
        .select(["mv.milestone_id as id", due.as("due"), status.as("status"), light.as("light")])
        .execute(),
  );
  return new Map(rows.map(({ id, ...sorted }) => [id, sorted]));
};

/**
 * Whether every stored fold of these plans answers for the day: none folds
 * an entry dated after it (one probe of the (plan, last_effective_on) index,
 * migration 0021).
 */
export const storedFoldsAnswer = async (
  db: Kysely<Schema>,
  planIds: readonly number[],
  asOf: IsoDate,
): Promise<boolean> => {
  if (planIds.length === 0) return true;
  const later = await db
    .selectFrom("milestone_status")
    .select("milestone_id")
    .where("plan_id", "in", planIds)
    .where("last_effective_on", ">", asOf)
    .limit(1)
    .executeTakeFirst();
  return later === undefined;
};
