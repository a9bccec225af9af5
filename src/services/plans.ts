import type { Database } from "../db/database.js";
import { partOfPlan, type UnitReach } from "../db/queries/access.js";
import {
  loadPlanContent,
  type StoredPlanContent,
  type UnitRows,
} from "../db/queries/plan-content.js";
import { findPlan, listPlans, type PlanRow } from "../db/queries/plans.js";
import { listRevisions, type RevisionRow } from "../db/queries/revisions.js";
import { findUnitByName, unitAndGroupIds } from "../db/queries/units.js";
import type { IsoDate } from "../domain/iso-date.js";
import { message } from "../domain/message.js";
import { planDiffJson } from "../exporters/plan-diff-json.js";
import type { PlanDiff } from "../domain/revision-diff.js";
import type { UnitSlice } from "../domain/slice.js";
import type { Actor } from "../policies/actor.js";
import { peopleNames, type NameOf } from "./people-names.js";
import type { ContentRelation } from "../policies/permissions.js";
import { authorize } from "./authorize.js";
import { DubanError, planNotFound, unitNotFound } from "./duban-error.js";
import { sliceStoredPlan } from "./slice-stored-plan.js";
import { planAbilities, type PlanAbilities } from "./access/abilities.js";
import { viewerScope, type ViewerScope } from "./access/viewer-scope.js";
import { countStatus } from "./status-today.js";
import { holidaysLoaded } from "../domain/work-calendar.js";
import { loadWorkCalendar } from "./work-calendar.js";

/** What waits on the viewer in a plan today: its open milestones past due, and due soon. */
export interface OpenCounts {
  readonly overdue: number;
  readonly dueSoon: number;
}

export interface PlanListItem extends PlanRow {
  /** For a unit, what it leads or shares; for the supervision office, the whole plan. */
  readonly open: OpenCounts;
  /** What the actor may do on the plan now, by the permission table and the plan's state. */
  readonly can: PlanAbilities;
  /** Whether the working-day calendar holds the holidays of the plan's year. */
  readonly holidaysLoaded: boolean;
}

/** Plans the actor sees anything of: all of them for the supervision office. */
export const plansVisibleTo = async (
  db: Database,
  actor: Actor,
  which: "in_use" | "with_archived",
): Promise<PlanRow[]> => listPlans(db.kysely, which, await viewerScope(db, actor));

/**
 * The plans the actor sees (archived ones only when asked for), each with
 * what is overdue and due soon for the viewer on the day, by the status
 * every screen counts with: the picker opens on the most urgent.
 */
export const listPlansFor = async (
  db: Database,
  actor: Actor,
  input: { readonly asOf: IsoDate; readonly withArchived: boolean },
): Promise<PlanListItem[]> => {
  const scope = await viewerScope(db, actor);
  const plans = await listPlans(db.kysely, input.withArchived ? "with_archived" : "in_use", scope);
  const counted = await countStatus(
    db,
    { planIds: plans.map((plan) => plan.id), visibleTo: scope },
    input.asOf,
  );
  const open = new Map(plans.map((plan) => [plan.id, { overdue: 0, dueSoon: 0 }]));
  for (const group of counted) {
    const counts = open.get(group.planId);
    if (counts === undefined) continue;
    if (group.status === "overdue") counts.overdue += group.count;
    if (group.status === "due_soon") counts.dueSoon += group.count;
  }
  const calendar = await loadWorkCalendar(db);
  return plans.map((plan) => ({
    ...plan,
    open: open.get(plan.id) ?? { overdue: 0, dueSoon: 0 },
    can: planAbilities(actor, scope, plan),
    holidaysLoaded: holidaysLoaded(calendar, plan.year),
  }));
};

const noSuchRevision = (id: number, revision: number): DubanError =>
  new DubanError(
    "revision.not_found",
    message(`计划 #${id} 没有第${revision}版`, `Plan #${id} has no revision ${revision}`),
  );

/**
 * What a unit (with its groups) has in a plan: the tasks it leads, the
 * milestones it may see, and so how the plan stands to it. Every per-plan
 * read decides on this relation, so that a plan a unit has no part in
 * answers "not found" everywhere alike.
 */
const partInPlan = async (
  db: Database,
  reach: UnitReach,
  planId: number,
): Promise<{ readonly only: UnitRows; readonly relation: ContentRelation }> => {
  const only = await partOfPlan(db.kysely, reach, planId);
  const relation =
    only.fullTaskIds.length > 0 ? "lead" : only.milestoneIds.length > 0 ? "cooperating" : "none";
  return { only, relation };
};

/**
 * A plan's content as the actor may see it: all of it at any revision for
 * the supervision office; for a unit, the current revision narrowed to the
 * tasks it leads and the milestones it is responsible for.
 */
export const readPlan = async (
  db: Database,
  actor: Actor,
  input: { readonly planId: number; readonly revision?: number },
): Promise<{
  readonly row: PlanRow;
  readonly revision: number;
  readonly content: StoredPlanContent;
  readonly can: PlanAbilities;
}> => {
  const row = await findPlan(db.kysely, input.planId);
  if (!row) throw planNotFound(input.planId);
  const scope = await viewerScope(db, actor);
  const revision = input.revision ?? row.currentRevision;
  let only;
  if (!scope.all) {
    const part = await partInPlan(db, scope, row.id);
    only = part.only;
    authorize(actor, { action: "plan.read", relation: part.relation }, () =>
      planNotFound(input.planId),
    );
    // A unit sees its part of the plan in force; earlier revisions are the office's.
    if (revision !== row.currentRevision) authorize(actor, { action: "plan.read_all" });
  }
  const content =
    revision >= 1 && revision <= row.currentRevision
      ? await loadPlanContent(db.kysely, row.id, revision, only)
      : undefined;
  if (!content) throw noSuchRevision(row.id, revision);
  return { row, revision, content, can: planAbilities(actor, scope, row) };
};

export const listPlanRevisions = async (
  db: Database,
  actor: Actor,
  planId: number,
): Promise<RevisionRow[]> => {
  authorize(actor, { action: "plan.read_all" });
  if (!(await findPlan(db.kysely, planId))) throw planNotFound(planId);
  return listRevisions(db.kysely, planId);
};

/** What a revision keeps of its diff: a first revision adds everything, so only the counts. */
type StoredDiff = PlanDiff | Pick<PlanDiff, "counts">;

/** One revision with what changed against the one before (only counts for the first). */
export const getPlanRevision = async (
  db: Database,
  actor: Actor,
  planId: number,
  number: number,
) => {
  const revision = (await listPlanRevisions(db, actor, planId)).find((r) => r.number === number);
  if (!revision) throw noSuchRevision(planId, number);
  const stored = JSON.parse(revision.diffJson) as StoredDiff;
  return {
    ...summarizeRevision(revision, await peopleNames(db, [revision.actor])),
    diff: "milestones" in stored ? planDiffJson(stored) : { counts: stored.counts },
  };
};

/**
 * A unit's slice of a plan (its 牵头 table). The supervision office may ask
 * for any unit's; a unit for its own only, of a plan it has a part in (the
 * rule of `readPlan`: even an empty slice tells the plan's title and year).
 */
export const slicePlanFor = async (
  db: Database,
  actor: Actor,
  input: { readonly planId: number; readonly unit: string },
): Promise<UnitSlice> => {
  const scope = await viewerScope(db, actor);
  if (!scope.all) {
    const { relation } = await partInPlan(db, scope, input.planId);
    authorize(actor, { action: "plan.read", relation }, () => planNotFound(input.planId));
    const unit = await findUnitByName(db.kysely, input.unit);
    if (!unit) throw unitNotFound(input.unit);
    await authorizeUnitPart(db, actor, scope, unit.id);
  }
  return sliceStoredPlan(db, input);
};

/**
 * Whether the actor may have a unit's part of a plan it sees: the
 * supervision office any unit's, a unit its own (or a group's it is in).
 */
export const authorizeUnitPart = async (
  db: Database,
  actor: Actor,
  scope: ViewerScope,
  unitId: number,
): Promise<void> => {
  if (scope.all) return;
  const own = new Set(scope.unitIds);
  const theirs = await unitAndGroupIds(db.kysely, unitId);
  authorize(actor, {
    action: "plan.read",
    relation: theirs.every((id) => own.has(id)) ? "lead" : "none",
  });
};

/** A revision as lists show it: who brought which file, and how many milestones changed. */
export const summarizeRevision = (r: RevisionRow, nameOf: NameOf) => ({
  number: r.number,
  title: r.title,
  createdAt: r.createdAt,
  actor: r.actor,
  /** Who imported it, as people know them (周敏), where `actor` is the record's "user:office". */
  actorName: nameOf(r.actor),
  file: r.source,
  counts: (JSON.parse(r.diffJson) as Pick<PlanDiff, "counts">).counts,
});

/** Revisions as lists show them, each importer named as people know them. */
export const summarizeRevisions = async (db: Database, revisions: readonly RevisionRow[]) => {
  const nameOf = await peopleNames(
    db,
    revisions.map((r) => r.actor),
  );
  return revisions.map((r) => summarizeRevision(r, nameOf));
};
