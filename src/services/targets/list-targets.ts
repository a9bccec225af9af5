import type { Database } from "../../db/database.js";
import { findPlan } from "../../db/queries/plans.js";
import { findTargets, type StoredTarget, type TargetState } from "../../db/queries/targets.js";
import { reachOfUnit, type UnitReach } from "../../db/queries/access.js";
import type { IsoDate } from "../../domain/iso-date.js";
import type { Actor } from "../../policies/actor.js";
import type { MilestoneRelation } from "../../policies/permissions.js";
import { planNotFound } from "../duban-error.js";
import { authorizeUnitPart, plansVisibleTo } from "../plans.js";
import { findUnit } from "../plan-status.js";
import { viewerScope } from "../access/viewer-scope.js";
import { targetNotFound } from "./target-errors.js";
import { targetRelations, targetViews, type TargetView } from "./target-view.js";

export interface TargetQuery {
  readonly planId: number;
  readonly asOf: IsoDate;
  /** Only the targets of this unit's work (what it leads or shares, and its groups'). */
  readonly unit?: number | string;
  readonly state?: TargetState;
}

/**
 * A plan's targets the actor may see, in the table's order, with progress
 * as of the day: the office all of them, a unit those of the work it
 * stands in (narrowed in SQL). A plan the unit has no part in is not found.
 */
export const listTargets = async (
  db: Database,
  actor: Actor,
  query: TargetQuery,
): Promise<TargetView[]> => {
  const scope = await viewerScope(db, actor);
  const plan = await findPlan(db.kysely, query.planId);
  if (!plan) throw planNotFound(query.planId);
  if (!scope.all) {
    const visible = await plansVisibleTo(db, actor, "with_archived");
    if (!visible.some((p) => p.id === plan.id)) throw planNotFound(query.planId);
  }
  let ofUnits: UnitReach | undefined;
  if (query.unit !== undefined) {
    const unit = await findUnit(db, query.unit);
    await authorizeUnitPart(db, actor, scope, unit.id);
    ofUnits = await reachOfUnit(db.kysely, unit.id);
  }
  const targets = await findTargets(db.kysely, {
    planId: plan.id,
    visibleTo: scope,
    ...(ofUnits === undefined ? {} : { ofUnits }),
    ...(query.state === undefined ? {} : { state: query.state }),
  });
  return targetViews(db, actor, scope, targets, query.asOf);
};

/**
 * A target the actor may see, with how it stands to the actor's unit; one
 * it may not see (or of work a revision removed) does not exist for it.
 */
export const loadTarget = async (
  db: Database,
  actor: Actor,
  id: number,
): Promise<{ readonly target: StoredTarget; readonly relation: MilestoneRelation }> => {
  const scope = await viewerScope(db, actor);
  const [target] = await findTargets(db.kysely, { ids: [id], visibleTo: scope });
  if (!target) throw targetNotFound(id);
  const relation = (await targetRelations(db, scope, [target])).get(id) ?? "none";
  return { target, relation };
};

/** One target as the actor sees it on a day. */
export const getTarget = async (
  db: Database,
  actor: Actor,
  id: number,
  asOf: IsoDate,
): Promise<TargetView> => {
  const scope = await viewerScope(db, actor);
  const { target } = await loadTarget(db, actor, id);
  const [view] = await targetViews(db, actor, scope, [target], asOf);
  if (!view) throw targetNotFound(id);
  return view;
};
