import type { Database } from "../db/database.js";
import {
  findMilestoneKeys,
  taskLeadUnitsOf,
  taskTitlesOf,
  unitRolesOf,
  type MilestoneKey,
} from "../db/queries/milestone-rows.js";
import { milestoneVersionIdsOf, type ScopedMilestone } from "../db/queries/milestone-scope.js";
import { findPlan } from "../db/queries/plans.js";
import {
  findUnitByName,
  groupsOfUnits,
  unitAndGroupIds,
  unitNamesById,
} from "../db/queries/units.js";
import type { IsoDate } from "../domain/iso-date.js";
import type { LightReason } from "../domain/light-reason.js";
import type { Light, MilestoneStatus } from "../domain/milestone-status.js";
import {
  rollUp,
  type LightCounts,
  type StatusCounts,
  type StatusRollup,
} from "../domain/status-rollup.js";
import type { Actor } from "../policies/actor.js";
import { authorize } from "./authorize.js";
import { planNotFound, unitNotFound } from "./duban-error.js";
import { rateMilestones, type RatedStatus } from "./status-as-of.js";
import { viewerScope } from "./access/viewer-scope.js";

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

export interface UnitRollup {
  readonly unitId: number;
  readonly unit: string;
  /** What the unit leads: its own figures. */
  readonly lead: StatusRollup;
  /** What it cooperates on, shown apart. */
  readonly cooperating: StatusRollup;
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
  /** For a unit: what it cooperates on, apart from its own figures. */
  readonly cooperating: StatusRollup | null;
  readonly milestones: readonly MilestoneStatusLine[];
  readonly byTask: readonly {
    readonly taskId: number;
    readonly taskNo: number | null;
    readonly title: string;
    readonly rollup: StatusRollup;
  }[];
  readonly byUnit: readonly UnitRollup[];
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

const intersect = (
  a: readonly ScopedMilestone[],
  b: readonly ScopedMilestone[],
): ScopedMilestone[] => {
  const keep = new Set(b.map((m) => m.versionId));
  return a.filter((m) => keep.has(m.versionId));
};

const group = <K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
};

interface Rated {
  readonly row: MilestoneKey;
  readonly state: RatedStatus;
}

/** The milestones each unit named leads (on the milestone or as its task's lead) and is named on at all. */
const unitShares = (
  rated: readonly Rated[],
  roles: {
    readonly named: ReadonlyMap<number, readonly { unitId: number; role: string }[]>;
    readonly taskLeads: ReadonlyMap<number, readonly number[]>;
  },
): Map<number, { lead: Set<Rated>; named: Set<Rated> }> => {
  const shares = new Map<number, { lead: Set<Rated>; named: Set<Rated> }>();
  const share = (unitId: number) => {
    const found = shares.get(unitId) ?? { lead: new Set<Rated>(), named: new Set<Rated>() };
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
const ownFigures = (
  shares: ReadonlyMap<number, { lead: Set<Rated>; named: Set<Rated> }>,
  unitIds: readonly number[],
): { lead: StatusRollup; cooperating: StatusRollup } => {
  const lead = new Set<Rated>();
  const named = new Set<Rated>();
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
 * Status and light of every milestone of a plan as of a day, with counts
 * and rates rolled up for the plan, per task and per unit (what a unit
 * leads counted as its own, what it cooperates on apart). With a unit, the
 * figures are that unit's. A unit's own people see what they may see.
 */
export const planStatus = async (
  db: Database,
  actor: Actor,
  input: { readonly planId: number; readonly asOf: IsoDate; readonly unit?: string | number },
): Promise<PlanStatusReport> => {
  const plan = await findPlan(db.kysely, input.planId);
  if (!plan) throw planNotFound(input.planId);
  const scope = await viewerScope(db, actor);
  const visible = scope.all
    ? undefined
    : await milestoneVersionIdsOf(db.kysely, {
        unitIds: scope.unitIds,
        planId: plan.id,
        withLedTasks: true,
      });
  if (visible?.length === 0) {
    authorize(actor, { action: "plan.read", relation: "none" }, () => planNotFound(plan.id));
  }
  // A unit's figures rate its own milestones only (led and shared), not the plan's.
  const unit = input.unit === undefined ? null : await findUnit(db, input.unit);
  const unitIds = unit === null ? undefined : await unitAndGroupIds(db.kysely, unit.id);
  const theirs =
    unitIds === undefined
      ? undefined
      : await milestoneVersionIdsOf(db.kysely, {
          unitIds,
          planId: plan.id,
          withLedTasks: true,
        });
  const allowed =
    visible === undefined ? theirs : theirs === undefined ? visible : intersect(visible, theirs);
  const rows = await findMilestoneKeys(db.kysely, {
    planId: plan.id,
    ...(allowed === undefined
      ? {}
      : { ids: { of: "version", values: allowed.map((m) => m.versionId) } }),
  });
  rows.sort((a, b) => a.taskPosition - b.taskPosition || a.position - b.position);
  const statuses = await rateMilestones(db.kysely, rows, input.asOf);
  const rated = rows.flatMap((row) => {
    const state = statuses.get(row.id);
    return state ? [{ row, state }] : [];
  });
  const units = await unitRolesOf(
    db.kysely,
    allowed === undefined ? { planId: plan.id } : { versionIds: rows.map((r) => r.versionId) },
  );
  const titles = await taskTitlesOf(
    db.kysely,
    allowed === undefined
      ? { planId: plan.id }
      : { taskIds: [...new Set(rows.map((r) => r.taskId))] },
  );

  const byTask = [...group(rated, (r) => r.row.taskId)].map(([taskId, items]) => ({
    taskId,
    taskNo: items[0]?.row.taskNo ?? null,
    title: titles.get(taskId) ?? "",
    rollup: rollUp(items.map((i) => i.state)),
  }));

  const shares = unitShares(rated, {
    named: units,
    taskLeads: await taskLeadUnitsOf(
      db.kysely,
      allowed === undefined
        ? { planId: plan.id }
        : { taskIds: [...new Set(rows.map((r) => r.taskId))] },
    ),
  });
  const groups = await groupsOfUnits(db.kysely, [...shares.keys()]);
  const names = await unitNamesById(db.kysely, [...shares.keys()]);
  const byUnit = [...shares.keys()]
    .map((unitId) => {
      const { lead, cooperating } = ownFigures(shares, [unitId, ...(groups.get(unitId) ?? [])]);
      return { unitId, unit: names.get(unitId) ?? "", lead, cooperating };
    })
    .sort((a, b) => b.lead.total - a.lead.total || a.unit.localeCompare(b.unit, "zh"));

  let lines = rated.map(({ row, state }) => line(row, state));
  let figures = rollUp(rated.map((r) => r.state));
  let cooperating: StatusRollup | null = null;
  if (unitIds !== undefined) {
    const led = new Set(
      (
        await milestoneVersionIdsOf(db.kysely, {
          unitIds,
          planId: plan.id,
          role: "lead",
          withLedTasks: true,
        })
      ).map((m) => m.milestoneId),
    );
    const own = rated.filter(({ row }) => led.has(row.id));
    const shared = rated.filter(({ row }) => !led.has(row.id));
    lines = [
      ...own.map(({ row, state }) => line(row, state, "lead")),
      ...shared.map(({ row, state }) => line(row, state, "cooperating")),
    ];
    figures = rollUp(own.map((r) => r.state));
    cooperating = rollUp(shared.map((r) => r.state));
  }
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
    cooperating,
    milestones: lines,
    byTask,
    byUnit,
  };
};
