import type { Kysely } from "kysely";
import type { SupervisionNotice } from "../../domain/supervision-notice.js";
import type { Schema } from "../schema.js";

/** A supervision notice as stored: its number and addressee, and the facts it showed. */
export interface StoredNotice {
  readonly id: number;
  readonly milestoneId: number;
  readonly planId: number;
  readonly year: number;
  readonly number: number;
  readonly numberText: string;
  readonly office: string;
  readonly recipientUnitId: number | null;
  readonly recipientUnit: string;
  readonly issuedBy: string;
  readonly issuedAt: string;
  readonly issuedOn: string;
  readonly replyDue: string;
  readonly daysOverdue: number;
  readonly facts: SupervisionNotice;
}

export interface NewNotice {
  readonly milestoneId: number;
  readonly planId: number;
  readonly year: number;
  readonly number: number;
  readonly recipientUnitId: number | null;
  readonly issuedBy: string;
  readonly issuedByUserId: number | null;
  readonly issuedAt: string;
  readonly facts: SupervisionNotice;
}

/**
 * The office's next number in a year. One statement that creates or bumps
 * the year's counter: PostgreSQL holds the row's lock until the transaction
 * ends, SQLite's writer holds the whole file, so no two issues share a number.
 */
export const nextNoticeNumber = async (db: Kysely<Schema>, year: number): Promise<number> =>
  (
    await db
      .insertInto("notice_sequences")
      .values({ year, last_number: 1 })
      .onConflict((oc) =>
        oc
          .column("year")
          .doUpdateSet((eb) => ({ last_number: eb("notice_sequences.last_number", "+", 1) })),
      )
      .returning("last_number")
      .executeTakeFirstOrThrow()
  ).last_number;

export const insertNotice = async (db: Kysely<Schema>, notice: NewNotice): Promise<number> =>
  (
    await db
      .insertInto("notices")
      .values({
        milestone_id: notice.milestoneId,
        plan_id: notice.planId,
        year: notice.year,
        number: notice.number,
        number_text: notice.facts.numberText,
        office: notice.facts.office,
        recipient_unit_id: notice.recipientUnitId,
        recipient_unit: notice.facts.recipient,
        issued_by: notice.issuedBy,
        issued_by_user_id: notice.issuedByUserId,
        issued_at: notice.issuedAt,
        issued_on: notice.facts.issuedOn,
        reply_due: notice.facts.replyDue,
        days_overdue: notice.facts.daysOverdue,
        facts_json: JSON.stringify(notice.facts),
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

const selectNotices = (db: Kysely<Schema>) => db.selectFrom("notices").selectAll();

type NoticeRow = Awaited<ReturnType<ReturnType<typeof selectNotices>["executeTakeFirstOrThrow"]>>;

const toNotice = (row: NoticeRow): StoredNotice => ({
  id: row.id,
  milestoneId: row.milestone_id,
  planId: row.plan_id,
  year: row.year,
  number: row.number,
  numberText: row.number_text,
  office: row.office,
  recipientUnitId: row.recipient_unit_id,
  recipientUnit: row.recipient_unit,
  issuedBy: row.issued_by,
  issuedAt: row.issued_at,
  issuedOn: row.issued_on,
  replyDue: row.reply_due,
  daysOverdue: row.days_overdue,
  facts: JSON.parse(row.facts_json) as SupervisionNotice,
});

export const findNotice = async (
  db: Kysely<Schema>,
  id: number,
): Promise<StoredNotice | undefined> => {
  const row = await selectNotices(db).where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : toNotice(row);
};

/** A milestone's notices, oldest first. */
export const noticesOfMilestone = async (
  db: Kysely<Schema>,
  milestoneId: number,
): Promise<StoredNotice[]> =>
  (await selectNotices(db).where("milestone_id", "=", milestoneId).orderBy("id").execute()).map(
    toNotice,
  );
