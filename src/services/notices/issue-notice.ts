import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import { appendLedger, readLedger } from "../../db/queries/milestone-ledger.js";
import {
  findNotice,
  insertNotice,
  nextNoticeNumber,
  type StoredNotice,
} from "../../db/queries/notices.js";
import { findPlan } from "../../db/queries/plans.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { dueDateOf, deadlineText, type Deadline } from "../../domain/deadline.js";
import { daysBetween } from "../../domain/iso-date.js";
import type { LedgerEntry } from "../../domain/milestone-ledger.js";
import {
  formatNoticeNumber,
  issuingOffice,
  type SupervisionNotice,
} from "../../domain/supervision-notice.js";
import { addWorkingDays } from "../../domain/work-calendar.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { planNotFound } from "../duban-error.js";
import { rateMilestones } from "../status-as-of.js";
import { loadWorkCalendar } from "../work-calendar.js";
import type { StepTime } from "../workflow/clock.js";
import {
  invalidState,
  loadMilestoneContext,
  milestoneRemoved,
  type MilestoneContext,
} from "../workflow/milestone-context.js";
import { refuseIfArchived } from "../archived-plan.js";

/** The notice's facts except its number, as they stand on the day of issue. */
const factsOn = async (
  db: Database,
  context: MilestoneContext,
  today: string,
): Promise<Omit<SupervisionNotice, "numberText"> & { readonly recipientUnitId: number }> => {
  const { row, units, settings } = context;
  const status = (
    await rateMilestones(
      db.kysely,
      [{ id: row.id, planId: row.planId, deadlineJson: row.deadlineJson }],
      today,
    )
  ).get(row.id);
  if (status?.status !== "overdue" || status.due === null) {
    throw invalidState(
      "该节点计划今天未逾期，不能发督办通知单",
      "This milestone is not overdue today: a supervision notice is for overdue milestones",
    );
  }
  const lead = units.find((unit) => unit.role === "lead");
  if (lead === undefined) {
    throw invalidState(
      "该节点计划没有牵头单位，督办通知单无从发出",
      "This milestone has no lead unit to address a supervision notice to",
    );
  }
  const plan = await findPlan(db.kysely, row.planId);
  if (!plan) throw planNotFound(row.planId);
  const reports = await readLedger(db.kysely, [row.id], { upTo: today, kinds: ["reported"] });
  const latest = reports.at(-1)?.entry;
  const deadline = JSON.parse(row.deadlineJson) as Deadline;
  const calendar = await loadWorkCalendar(db);
  return {
    office: issuingOffice(settings.notice, plan.issuer),
    recipient: lead.unit,
    recipientUnitId: lead.unitId,
    cooperating: units.filter((unit) => unit.unitId !== lead.unitId).map((unit) => unit.unit),
    planTitle: plan.title,
    task: { label: row.taskLabel, title: row.taskTitle },
    milestone: {
      label: row.seq === null ? row.taskLabel : `${row.taskLabel}（${String(row.seq)}）`,
      text: row.text,
    },
    originalDeadline: { text: deadlineText(deadline), due: dueDateOf(deadline) },
    currentDue: status.due,
    daysOverdue: daysBetween(status.due, today),
    escalationLevel: status.escalationLevel,
    latestReport: latest?.kind === "reported" ? { on: latest.on, text: latest.text } : null,
    issuedOn: today,
    replyDue: addWorkingDays(calendar, today, settings.notice.replyWorkingDays),
    replyWorkingDays: settings.notice.replyWorkingDays,
  };
};

/**
 * The supervision office issues a notice (督办通知单) for an overdue
 * milestone to its lead unit. The number is the next of the office's
 * sequence for the year of issue, taken in the same transaction that stores
 * the notice and records it in the milestone's ledger and the audit log.
 * The workflow's version does not move: a notice asks the unit to act, it
 * changes nothing the unit is doing.
 */
export const issueNotice = async (
  db: Database,
  actor: Actor,
  input: { readonly milestoneId: number },
  time: StepTime,
): Promise<StoredNotice> => {
  const context = await loadMilestoneContext(db, actor, input.milestoneId);
  authorize(actor, { action: "milestone.issue_notice" });
  if (context.removedInRevision !== null) throw milestoneRemoved(context);
  const { recipientUnitId, ...facts } = await factsOn(db, context, time.today);
  const year = Number(time.today.slice(0, 4));
  const who = auditActor(actor);
  const stamp = time.now.toISOString();
  return writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, context.row.planId);
    const number = await nextNoticeNumber(trx, year);
    const notice: SupervisionNotice = {
      ...facts,
      numberText: formatNoticeNumber(context.settings.notice.numberTemplate, year, number),
    };
    const id = await insertNotice(trx, {
      milestoneId: context.row.id,
      planId: context.row.planId,
      year,
      number,
      recipientUnitId,
      issuedBy: who.name,
      issuedByUserId: who.userId,
      issuedAt: stamp,
      facts: notice,
    });
    const entry: LedgerEntry = {
      kind: "notice_issued",
      on: time.today,
      noticeId: id,
      numberText: notice.numberText,
      recipient: notice.recipient,
      replyDue: notice.replyDue,
      daysOverdue: notice.daysOverdue,
    };
    await appendLedger(
      trx,
      { milestoneId: context.row.id, planId: context.row.planId },
      who,
      entry,
      stamp,
    );
    await appendAudit(
      trx,
      who,
      {
        action: "milestone.notice_issued",
        objectType: "milestone",
        objectId: context.row.id,
        after: entry,
      },
      stamp,
    );
    const saved = await findNotice(trx, id);
    if (!saved) throw new Error(`notice ${String(id)} was not stored`);
    return saved;
  });
};
