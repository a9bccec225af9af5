import type { Kysely } from "kysely";
import { findMilestoneRows, unitsOfMilestoneVersions } from "../../db/queries/milestone-rows.js";
import { readStates } from "../../db/queries/milestone-states.js";
import { readPlanSettings } from "../../db/queries/plan-settings.js";
import { listPlans } from "../../db/queries/plans.js";
import { findUnitByName, unitNamesById } from "../../db/queries/units.js";
import type { Schema } from "../../db/schema.js";
import type { IsoDate } from "../../domain/iso-date.js";
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
 * Every reminder the plans' rules fire on `day`, for every milestone of
 * every plan, from its status on that day. Pure of side effects: the run
 * decides what is new and what to send.
 */
export const planReminders = async (
  db: Kysely<Schema>,
  calendar: WorkCalendar,
  day: IsoDate,
): Promise<{ readonly reminders: PlannedReminder[]; readonly unitNames: Map<number, string> }> => {
  const office = await findUnitByName(db, OFFICE_UNIT);
  const reminders: PlannedReminder[] = [];
  for (const plan of await listPlans(db, "in_use")) {
    const settings = (await readPlanSettings(db, [plan.id])).get(plan.id)?.settings;
    if (!settings) continue;
    const publishedOn = (await planStartDays(db, [plan.id])).get(plan.id) ?? day;
    if (publishedOn > day) continue;
    const rows = await findMilestoneRows(db, { planId: plan.id });
    const statuses = await rateMilestones(db, rows, day);
    const states = await readStates(
      db,
      rows.map((r) => r.id),
    );
    const units = await unitsOfMilestoneVersions(
      db,
      rows.map((r) => r.versionId),
    );
    const missingDue =
      settings.reportCycle === null ? null : lastDuePeriod(settings.reportCycle, day).due;
    for (const row of rows) {
      const status = statuses.get(row.id);
      if (!status) continue;
      const items: ReminderItem[] = remindersOn(
        {
          milestoneId: row.id,
          status: status.status,
          due: status.due,
          acknowledgedOn: states.get(row.id)?.acknowledgedOn ?? null,
          publishedOn,
          missingReportDue: status.reportMissing ? missingDue : null,
        },
        settings.reminders,
        settings.escalation,
        calendar,
        day,
      );
      const own = units.get(row.versionId) ?? [];
      const leads = own.filter((u) => u.role === "lead").map((u) => u.unitId);
      const responsible = leads.length > 0 ? leads : own.slice(0, 1).map((u) => u.unitId);
      for (const item of items) {
        const unitIds = [
          ...responsible,
          ...(item.notifyOffice && office !== undefined ? [office.id] : []),
        ];
        reminders.push({
          item,
          planId: plan.id,
          taskNo: row.taskNo,
          seq: row.seq,
          text: row.text,
          unitIds: [...new Set(unitIds)],
        });
      }
    }
  }
  const unitNames = await unitNamesById(db, [...new Set(reminders.flatMap((r) => r.unitIds))]);
  return { reminders, unitNames };
};
