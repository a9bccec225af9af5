import type { Kysely } from "kysely";
import { partOfPlan, type UnitReach } from "../db/queries/access.js";
import {
  findMilestoneKeys,
  taskHeadsOf,
  taskLeadUnitsOf,
  unitRolesOf,
  type MilestoneKey,
} from "../db/queries/milestone-rows.js";
import {
  countDueMonthsToday,
  countStatusTodayWithin,
  countUnitStatusToday,
  type CountedUnitStatus,
  type StandingIn,
  type StatusDay,
} from "../db/queries/status-today.js";
import { countReports } from "../db/queries/report-counts.js";
import { groupsOfUnits, unitNamesById } from "../db/queries/units.js";
import type { Schema } from "../db/schema.js";
import { firstOfMonth, type IsoDate } from "../domain/iso-date.js";
import { rollUp, rollUpCounted, type StatusRollup } from "../domain/status-rollup.js";
import type { RatedStatus } from "./status-as-of.js";

/** Which of a plan's milestones a report covers. */
export interface RollupScope {
  readonly planId: number;
  /** What the viewer's units reach, or null where it sees the whole plan. */
  readonly viewer: UnitReach | null;
  /** The unit whose figures these are, with what it and its groups reach; null: the plan's. */
  readonly unit: (UnitReach & { readonly id: number }) | null;
}

export interface UnitRollup {
  readonly unitId: number;
  readonly unit: string;
  /** What the unit leads: its own figures. */
  readonly lead: StatusRollup;
  /** What it cooperates on, shown apart. */
  readonly cooperating: StatusRollup;
}

export interface TaskRollup {
  readonly taskId: number;
  readonly taskNo: number | null;
  readonly title: string;
  readonly rollup: StatusRollup;
}

/**
 * Whether the per-task roll-ups are wanted: the dashboard shows the plan's,
 * the units' and the months' figures only, and at a province's size the
 * tasks' (10,000 of them) were most of its response.
 */
export type TaskRollupsWanted = "all" | "none";

export interface PlanRollups {
  /** For a unit, what it leads; otherwise the whole plan (as the viewer may see it). */
  readonly figures: StatusRollup;
  /** For a unit: what it cooperates on, apart from its own figures. */
  readonly cooperating: StatusRollup | null;
  /** In table order; empty when not wanted. */
  readonly byTask: readonly TaskRollup[];
  /** Most lead work first. */
  readonly byUnit: readonly UnitRollup[];
  /** Per month (YYYY-MM) of the due date in force, in order; milestones without one left out. */
  readonly byDueMonth: readonly DueMonthRollup[];
}

export interface DueMonthRollup {
  readonly month: string;
  readonly rollup: StatusRollup;
}

const dueMonthRollups = (byMonth: ReadonlyMap<string, StatusRollup>): DueMonthRollup[] =>
  [...byMonth]
    .map(([month, rollup]) => ({ month, rollup }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

export interface RatedMilestone {
  readonly row: MilestoneKey;
  readonly state: RatedStatus;
}

type OwnFigures = Pick<UnitRollup, "lead" | "cooperating">;

/** The covered versions as today's SQL narrows them: every unit set in the list stands in them. */
const standingIn = (scope: RollupScope): StandingIn => [
  ...(scope.viewer === null ? [] : [scope.viewer]),
  ...(scope.unit === null ? [] : [scope.unit]),
];

/**
 * The progress reports of the day's month up to the day on the milestones
 * a report covers; for a unit's figures, on those it leads, as its counts.
 */
export const reportsThisMonth = (
  db: Kysely<Schema>,
  scope: RollupScope,
  asOf: IsoDate,
): Promise<number> =>
  countReports(db, {
    planId: scope.planId,
    from: firstOfMonth(asOf),
    to: asOf,
    within: standingIn(scope),
    ledBy: scope.unit?.unitIds ?? null,
  });

/** The milestones a report covers, in table order. */
export const coveredMilestones = async (
  db: Kysely<Schema>,
  scope: RollupScope,
): Promise<MilestoneKey[]> => {
  // A unit's figures rate its own milestones only (led and shared), not the plan's.
  const theirs = scope.unit === null ? null : await partOfPlan(db, scope.unit, scope.planId);
  const rows = await findMilestoneKeys(db, {
    planId: scope.planId,
    ...(scope.viewer === null ? {} : { visibleTo: { all: false, ...scope.viewer } }),
    ...(theirs === null ? {} : { ids: { of: "milestone", values: theirs.milestoneIds } }),
  });
  return rows.sort((a, b) => a.taskPosition - b.taskPosition || a.position - b.position);
};

/** The tasks' roll-ups in table order, each with its number and title. */
const taskRollups = async (
  db: Kysely<Schema>,
  scope: RollupScope,
  byTask: ReadonlyMap<number, StatusRollup>,
): Promise<TaskRollup[]> => {
  const heads = await taskHeadsOf(
    db,
    standingIn(scope).length === 0 ? { planId: scope.planId } : { taskIds: [...byTask.keys()] },
  );
  return [...byTask]
    .map(([taskId, rollup]) => ({ taskId, head: heads.get(taskId), rollup }))
    .sort((a, b) => (a.head?.position ?? 0) - (b.head?.position ?? 0))
    .map(({ taskId, head, rollup }) => ({
      taskId,
      taskNo: head?.no ?? null,
      title: head?.title ?? "",
      rollup,
    }));
};

/** The units' figures with their names, most lead work first. */
const unitRollups = async (
  db: Kysely<Schema>,
  figures: ReadonlyMap<number, OwnFigures>,
): Promise<UnitRollup[]> => {
  const names = await unitNamesById(db, [...figures.keys()]);
  return [...figures]
    .map(([unitId, own]) => ({ unitId, unit: names.get(unitId) ?? "", ...own }))
    .sort((a, b) => b.lead.total - a.lead.total || a.unit.localeCompare(b.unit, "zh"));
};

const groupBy = <K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
};

const rollUpEach = <K, T>(
  groups: ReadonlyMap<K, readonly T[]>,
  roll: (items: readonly T[]) => StatusRollup,
): Map<K, StatusRollup> => new Map([...groups].map(([key, items]) => [key, roll(items)]));

/** Lead and cooperating figures from a unit's counted groups. */
const ownFromCounted = (groups: readonly CountedUnitStatus[]): OwnFigures => ({
  lead: rollUpCounted(groups.filter((group) => group.lead)),
  cooperating: rollUpCounted(groups.filter((group) => !group.lead)),
});

/**
 * The roll-ups of today, counted by the database over the stored folds
 * (db/queries/status-today.ts): no milestone is rated. Only for a day no
 * stored fold is dated after.
 */
export const rollupsToday = async (
  db: Kysely<Schema>,
  scope: RollupScope,
  day: StatusDay,
  wanted: TaskRollupsWanted,
): Promise<PlanRollups> => {
  const within = standingIn(scope);
  const tasks = await countStatusTodayWithin(db, day, within);
  const units = groupBy(
    await countUnitStatusToday(db, day, within, "each"),
    (group) => group.unitId,
  );
  const unit =
    scope.unit === null
      ? null
      : ownFromCounted(await countUnitStatusToday(db, day, within, { unitId: scope.unit.id }));
  return {
    figures: unit?.lead ?? rollUpCounted(tasks),
    cooperating: unit?.cooperating ?? null,
    byTask:
      wanted === "none"
        ? []
        : await taskRollups(
            db,
            scope,
            rollUpEach(
              groupBy(tasks, (group) => group.taskId),
              rollUpCounted,
            ),
          ),
    byUnit: await unitRollups(
      db,
      new Map([...units].map(([unitId, groups]) => [unitId, ownFromCounted(groups)])),
    ),
    byDueMonth: dueMonthRollups(
      rollUpEach(
        groupBy(await countDueMonthsToday(db, day, within), (group) => group.month),
        rollUpCounted,
      ),
    ),
  };
};

type Share = { readonly lead: Set<RatedMilestone>; readonly named: Set<RatedMilestone> };

/** The milestones each unit named leads (on the milestone or as its task's lead) and is named on at all. */
const unitShares = (
  rated: readonly RatedMilestone[],
  roles: {
    readonly named: ReadonlyMap<number, readonly { unitId: number; role: string }[]>;
    readonly taskLeads: ReadonlyMap<number, readonly number[]>;
  },
): Map<number, Share> => {
  const shares = new Map<number, Share>();
  const share = (unitId: number) => {
    const found = shares.get(unitId) ?? { lead: new Set(), named: new Set() };
    shares.set(unitId, found);
    return found;
  };
  for (const item of rated) {
    for (const { unitId, role } of roles.named.get(item.row.versionId) ?? []) {
      share(unitId).named.add(item);
      if (role === "lead") share(unitId).lead.add(item);
    }
    for (const unitId of roles.taskLeads.get(item.row.taskId) ?? []) {
      share(unitId).named.add(item);
      share(unitId).lead.add(item);
    }
  }
  return shares;
};

/**
 * A unit's own figures, as planStatus with that unit and My unit count
 * them: what it (or a group it belongs to) leads, and apart from that what
 * it is named on otherwise.
 */
const ownFigures = (shares: ReadonlyMap<number, Share>, unitIds: readonly number[]): OwnFigures => {
  const lead = new Set<RatedMilestone>();
  const named = new Set<RatedMilestone>();
  for (const unitId of unitIds) {
    for (const item of shares.get(unitId)?.lead ?? []) lead.add(item);
    for (const item of shares.get(unitId)?.named ?? []) named.add(item);
  }
  return {
    lead: rollUp([...lead].map((item) => item.state)),
    cooperating: rollUp([...named].filter((item) => !lead.has(item)).map((item) => item.state)),
  };
};

/**
 * The roll-ups of milestones rated one by one (a past day's, folded from
 * the ledger): the definition today's counts keep to, which
 * test/services/status-paths.test.ts holds them to. `rated` are the
 * covered milestones.
 */
export const rollupsOfRated = async (
  db: Kysely<Schema>,
  scope: RollupScope,
  rated: readonly RatedMilestone[],
  wanted: TaskRollupsWanted,
): Promise<PlanRollups> => {
  const narrowed = standingIn(scope).length > 0;
  const taskIds = [...new Set(rated.map((item) => item.row.taskId))];
  const shares = unitShares(rated, {
    named: await unitRolesOf(
      db,
      narrowed ? { versionIds: rated.map((item) => item.row.versionId) } : { planId: scope.planId },
    ),
    taskLeads: await taskLeadUnitsOf(db, narrowed ? { taskIds } : { planId: scope.planId }),
  });
  const groups = await groupsOfUnits(db, [...shares.keys()]);
  const unit = scope.unit === null ? null : ownFigures(shares, scope.unit.unitIds);
  return {
    figures: unit?.lead ?? rollUp(rated.map((item) => item.state)),
    cooperating: unit?.cooperating ?? null,
    byTask:
      wanted === "none"
        ? []
        : await taskRollups(
            db,
            scope,
            rollUpEach(
              groupBy(rated, (item) => item.row.taskId),
              (items) => rollUp(items.map((item) => item.state)),
            ),
          ),
    byUnit: await unitRollups(
      db,
      new Map(
        [...shares.keys()].map((unitId) => [
          unitId,
          ownFigures(shares, [unitId, ...(groups.get(unitId) ?? [])]),
        ]),
      ),
    ),
    byDueMonth: dueMonthRollups(
      rollUpEach(
        groupBy(
          rated.filter((item) => item.state.due !== null),
          (item) => item.state.due?.slice(0, 7) ?? "",
        ),
        (items) => rollUp(items.map((item) => item.state)),
      ),
    ),
  };
};
