import type { Database } from "../../db/database.js";
import { findPlan, type PlanRow } from "../../db/queries/plans.js";
import { appendAll } from "../../domain/append-all.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { milestonesToIcs, type CalendarEntry } from "../../exporters/milestones-ics.js";
import type { Actor } from "../../policies/actor.js";
import { planNotFound } from "../duban-error.js";
import { CONTENT_TYPES, type ExportFile } from "../exports/export-file.js";
import type { Exporter } from "../exports/export-kinds.js";
import { refuseRevisionOrFilter } from "../exports/export-request.js";
import { findUnit } from "../plan-status.js";
import { authorizeUnitPart, plansVisibleTo } from "../plans.js";
import { viewerScope } from "../access/viewer-scope.js";
import { requireUnitName } from "../units.js";
import { loadWorkCalendar } from "../work-calendar.js";
import { planCalendarEntries } from "./calendar-entries.js";
import type { FeedTarget } from "./feeds.js";

/** What a calendar is computed for besides its target. */
export interface CalendarOptions {
  readonly today: IsoDate;
  /** The web app's public address, for links to milestones; null: none. */
  readonly baseUrl: string | null;
}

const nameOf = (unit: string | null, plan: PlanRow | null): string =>
  ["督办日历", unit, plan?.title].filter((part) => part !== null && part !== undefined).join("·");

/**
 * The calendar of a unit's or a plan's milestones as `actor` sees them
 * today: what a feed answers (as its creator) and what a one-time download
 * gives. A unit's calendar without a plan spans every plan the actor sees.
 */
export const calendarFile = async (
  db: Database,
  actor: Actor,
  target: FeedTarget,
  options: CalendarOptions,
): Promise<ExportFile> => {
  const plan = target.planId === null ? null : await findPlan(db.kysely, target.planId);
  if (plan === undefined) throw planNotFound(target.planId ?? 0);
  const unit = target.unitId === null ? null : await requireUnitName(db, target.unitId);
  const plans = plan === null ? await plansVisibleTo(db, actor, "in_use") : [plan];
  const context = {
    db,
    actor,
    today: options.today,
    calendar: await loadWorkCalendar(db),
    baseUrl: options.baseUrl,
  };
  const entries: CalendarEntry[] = [];
  for (const each of plans) {
    appendAll(entries, await planCalendarEntries(context, each, target.unitId));
  }
  const name = nameOf(unit, plan);
  const text = milestonesToIcs({
    name,
    description: `${name}：节点计划的应完成日期（Duban 督办系统）`,
    entries,
  });
  return {
    fileName: `${name}.ics`,
    contentType: CONTENT_TYPES.ics,
    body: new TextEncoder().encode(text),
  };
};

/**
 * The one-time download of a plan's calendar (`--format ics`), for the
 * export door: what a feed of the plan, or of one of its units (by id, name
 * or alias; a unit's people only their own), gives on the export's day. A
 * calendar holds the plan in force, so a revision or a filter is refused.
 */
export const icsExport: Exporter = async ({ db, actor, request }) => {
  refuseRevisionOrFilter(request, { zh: "日历（ics）", en: "A calendar (ics)" });
  let unitId: number | null = null;
  if (request.unit !== undefined) {
    unitId = (await findUnit(db, request.unit)).id;
    await authorizeUnitPart(db, actor, await viewerScope(db, actor), unitId);
  }
  return calendarFile(
    db,
    actor,
    { planId: request.planId, unitId },
    { today: request.asOf, baseUrl: null },
  );
};
