import type { Kysely } from "kysely";
import {
  findMilestoneIdsInOrder,
  findMilestoneKeys,
  findMilestoneRows,
  unitsOfMilestoneVersions,
  type MilestoneKey,
} from "../../db/queries/milestone-rows.js";
import { readStates } from "../../db/queries/milestone-states.js";
import { readPlanSettings } from "../../db/queries/plan-settings.js";
import { listPlans } from "../../db/queries/plans.js";
import { findUnitByName, unitNamesById } from "../../db/queries/units.js";
import type { Schema } from "../../db/schema.js";
import { appendAll } from "../../domain/append-all.js";
import type { IsoDate } from "../../domain/iso-date.js";
import type { PlanSettings } from "../../domain/plan-settings.js";
import { remindersOn, type ReminderItem } from "../../domain/reminders-due.js";
import { lastDuePeriod } from "../../domain/report-cycle.js";
import type { WorkCalendar } from "../../domain/work-calendar.js";
import { OFFICE_UNIT } from "../bootstrap-administrator.js";
import { planStartDays, rateMilestones } from "../status-as-of.js";
import type { DigestLine } from "./compose-digest.js";

/** A reminder fired today, with where it goes. */
export interface PlannedReminder extends DigestLine {
  readonly planId: number;
  /** The lead units, and the supervision office where the level says so. */
  readonly unitIds: readonly number[];
}

/**
 * Milestones rated at a time. A province's plan rated whole held 50,000
 * rows, statuses and states at once (230 MB of heap in the reminder
 * thread); a chunk's stay small, and the rest of the plan is a list of ids.
 * No more than status-as-of's BY_PLAN_ABOVE, so that a past day folds the
 * ledger of each chunk's milestones, not the whole plan's for each chunk.
 */
const CHUNK = 1000;

/** The reminders due on `day` of some of a plan's milestones, with where each goes. */
const chunkReminders = async (
  db: Kysely<Schema>,
  plan: {
    readonly id: number;
    readonly title: string;
    readonly settings: PlanSettings;
    readonly publishedOn: IsoDate;
  },
  keys: readonly MilestoneKey[],
  context: { readonly calendar: WorkCalendar; readonly day: IsoDate; readonly officeId?: number },
): Promise<PlannedReminder[]> => {
  const { calendar, day, officeId } = context;
  const { settings, publishedOn } = plan;
  const statuses = await rateMilestones(db, keys, day);
  const states = await readStates(
    db,
    keys.map((k) => k.id),
  );
  const missingDue =
    settings.reportCycle === null ? null : lastDuePeriod(settings.reportCycle, day).due;
  const firing = keys.flatMap((key) => {
    const status = statuses.get(key.id);
    if (!status) return [];
    const items: ReminderItem[] = remindersOn(
      {
        milestoneId: key.id,
        status: status.status,
        due: status.due,
        acknowledgedOn: states.get(key.id)?.acknowledgedOn ?? null,
        publishedOn,
        missingReportDue: status.reportMissing ? missingDue : null,
      },
      settings.reminders,
      settings.escalation,
      calendar,
      day,
    );
    return items.length === 0 ? [] : [{ key, items }];
  });
  if (firing.length === 0) return [];
  // Texts and units only of the milestones that fire: a few of the chunk.
  const versionIds = firing.map(({ key }) => key.versionId);
  const texts = new Map(
    (await findMilestoneRows(db, { ids: { of: "version", values: versionIds } })).map((row) => [
      row.versionId,
      row.text,
    ]),
  );
  const units = await unitsOfMilestoneVersions(db, versionIds);
  return firing.flatMap(({ key, items }) => {
    const own = units.get(key.versionId) ?? [];
    const leads = own.filter((u) => u.role === "lead").map((u) => u.unitId);
    const responsible = leads.length > 0 ? leads : own.slice(0, 1).map((u) => u.unitId);
    return items.map((item) => ({
      item,
      planId: plan.id,
      plan: { id: plan.id, title: plan.title },
      taskNo: key.taskNo,
      seq: key.seq,
      text: texts.get(key.versionId) ?? "",
      unitIds: [
        ...new Set([
          ...responsible,
          ...(item.notifyOffice && officeId !== undefined ? [officeId] : []),
        ]),
      ],
    }));
  });
};

/**
 * Every reminder the plans' rules fire on `day`, for every milestone of
 * every plan (in the table's order), from its status on that day. Pure of
 * side effects: the run decides what is new and what to send.
 */
export const planReminders = async (
  db: Kysely<Schema>,
  calendar: WorkCalendar,
  day: IsoDate,
): Promise<{ readonly reminders: PlannedReminder[]; readonly unitNames: Map<number, string> }> => {
  const officeId = (await findUnitByName(db, OFFICE_UNIT))?.id;
  const context = { calendar, day, ...(officeId === undefined ? {} : { officeId }) };
  const reminders: PlannedReminder[] = [];
  for (const { id, title } of await listPlans(db, "in_use")) {
    const settings = (await readPlanSettings(db, [id])).get(id)?.settings;
    if (!settings) continue;
    const publishedOn = (await planStartDays(db, [id])).get(id) ?? day;
    if (publishedOn > day) continue;
    const ids = await findMilestoneIdsInOrder(db, { planId: id });
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const keys = await findMilestoneKeys(db, { ids: { of: "milestone", values: chunk } });
      const order = new Map(chunk.map((milestoneId, index) => [milestoneId, index]));
      keys.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      appendAll(
        reminders,
        await chunkReminders(db, { id, title, settings, publishedOn }, keys, context),
      );
    }
  }
  const unitNames = await unitNamesById(db, [...new Set(reminders.flatMap((r) => r.unitIds))]);
  return { reminders, unitNames };
};
