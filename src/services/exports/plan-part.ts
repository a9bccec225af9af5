import type { Database } from "../../db/database.js";
import { unitAndGroupIds, unitNamesById } from "../../db/queries/units.js";
import type { IsoDate } from "../../domain/iso-date.js";
import type { Milestone, Plan } from "../../domain/plan.js";
import { sliceOf } from "../../domain/slice.js";
import type { Actor } from "../../policies/actor.js";
import { matchingMilestones } from "../milestones.js";
import { findUnit } from "../plan-status.js";
import { authorizeUnitPart, readPlan } from "../plans.js";
import { viewerScope } from "../access/viewer-scope.js";
import type { ExportFormat } from "./export-file.js";
import { exportFileName, filterLine } from "./export-names.js";
import { filters, type ExportRequest } from "./export-request.js";

/** The stored identity of a milestone of the part: what its status is looked up by. */
export interface StoredMilestoneIds {
  readonly id: number;
  readonly versionId: number;
}

/** What an export holds of a plan, as a plan of its own (a slice, filtered rows, or all). */
export interface PlanPart {
  readonly planId: number;
  readonly revision: number;
  readonly asOf: IsoDate;
  readonly plan: Plan;
  /** The unit whose 牵头部分 it is; null for the plan (or what the caller may see of it). */
  readonly unit: { readonly id: number; readonly name: string } | null;
  /** The caller's unit, when the part is only what its people may see of the plan. */
  readonly seenBy: string | null;
  readonly filtered: boolean;
  readonly idsOf: (milestone: Milestone) => StoredMilestoneIds;
}

/**
 * The part of a plan an export holds, as the actor may see it: all of it
 * (at any revision) for the supervision office; for a unit's people, the
 * plan in force narrowed to what they see on the plan page. `unit` makes
 * it that unit's slice (the rule of domain/slice.ts, with its header counts
 * line), which a unit may ask only of itself; a filter keeps the rows the
 * plan view's filters would show.
 */
export const planPart = async (
  db: Database,
  actor: Actor,
  request: ExportRequest & { readonly asOf: IsoDate },
): Promise<PlanPart> => {
  const read = await readPlan(db, actor, {
    planId: request.planId,
    ...(request.revision === undefined ? {} : { revision: request.revision }),
  });
  const ids = new Map<Milestone, StoredMilestoneIds>();
  read.content.plan.tasks.forEach((task, t) => {
    task.milestones.forEach((milestone, m) => {
      const stored = read.content.milestones[t]?.[m];
      if (stored !== undefined) ids.set(milestone, stored);
    });
  });
  const scope = await viewerScope(db, actor);
  let plan = read.content.plan;
  let unit: PlanPart["unit"] = null;
  if (request.unit !== undefined) {
    unit = await findUnit(db, request.unit);
    await authorizeUnitPart(db, actor, scope, unit.id);
    const names = new Set(
      (await unitNamesById(db.kysely, await unitAndGroupIds(db.kysely, unit.id))).values(),
    );
    plan = sliceOf(plan, unit.name, (name) => names.has(name)).plan;
  }
  const filter = request.filter;
  if (filters(filter)) {
    const responsible =
      filter.responsible === undefined ? null : await findUnit(db, filter.responsible);
    const matching = await matchingMilestones(db, scope, {
      asOf: request.asOf,
      planId: read.row.id,
      sort: "position",
      ...(responsible === null ? {} : { unitId: responsible.id }),
      ...(filter.role === undefined ? {} : { role: filter.role }),
      ...(filter.status === undefined ? {} : { statuses: filter.status }),
      ...(filter.dueFrom === undefined ? {} : { dueFrom: filter.dueFrom }),
      ...(filter.dueTo === undefined ? {} : { dueTo: filter.dueTo }),
      ...(filter.text === undefined ? {} : { text: filter.text }),
    });
    const keep = new Set(matching.map((rated) => rated.row.id));
    plan = {
      ...plan,
      subtitle: filterLine(filter, responsible?.name ?? null, request.asOf),
      tasks: plan.tasks
        .map((task) => ({
          ...task,
          milestones: task.milestones.filter((m) => keep.has(ids.get(m)?.id ?? -1)),
        }))
        .filter((task) => task.milestones.length > 0),
    };
  }
  return {
    planId: read.row.id,
    revision: read.revision,
    asOf: request.asOf,
    plan,
    unit,
    seenBy:
      scope.all || unit !== null || actor.kind === "shell"
        ? null
        : ((await unitNamesById(db.kysely, [actor.unitId])).get(actor.unitId) ?? null),
    filtered: filters(filter),
    idsOf: (milestone) => {
      const stored = ids.get(milestone);
      if (stored === undefined) throw new Error("a milestone not read from the store");
      return stored;
    },
  };
};

/**
 * The file name of an export of a part: the part's title ("…（市科技局牵头部分）"),
 * then whose view, filtered, what else the kind adds ("截至2022年6月30日"),
 * and an earlier revision.
 */
export const partFileName = (
  part: PlanPart,
  request: ExportRequest,
  format: ExportFormat,
  extra: readonly string[] = [],
): string =>
  exportFileName(part.plan.title, format, [
    ...(part.seenBy === null ? [] : [`（${part.seenBy}相关部分）`]),
    ...(part.filtered ? ["（筛选）"] : []),
    ...extra,
    ...(request.revision === undefined ? [] : [`（第${String(part.revision)}版）`]),
  ]);
