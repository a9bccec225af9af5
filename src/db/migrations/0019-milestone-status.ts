import { PostgresAdapter, sql, type Kysely, type RawBuilder } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** A text field of a JSON column, as each database reads it. */
const jsonText = (db: AnyDb, column: string, field: string): RawBuilder<string | null> =>
  isPostgres(db)
    ? sql`(${sql.ref(column)}::json ->> ${sql.lit(field)})`
    : sql`json_extract(${sql.ref(column)}, ${sql.lit(`$.${field}`)})`;

/**
 * What status folds of each milestone's ledger, kept as a row so that today's
 * status is a SQL expression over stored columns: the last lead report, the
 * first acknowledgement, the accepted completion's day and the approved
 * extension's due date (each the latest entry by day, then by id), and the
 * latest day of those entries (the row answers for any day from it on).
 * A milestone whose ledger holds none of them has no row.
 *
 * A recurring deadline's rule is kept beside its version (every how many
 * months, on which day; 31 for the month's end) so that SQL can pick the
 * occurrence in force on a day.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("milestone_status")
    .addColumn("milestone_id", "integer", (c) =>
      c.primaryKey().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("last_reported_on", "text")
    .addColumn("acknowledged_on", "text")
    .addColumn("completed_on", "text")
    .addColumn("extended_due", "text")
    .addColumn("last_effective_on", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("milestone_status_plan")
    .on("milestone_status")
    .columns(["plan_id", "milestone_id"])
    .execute();

  const latestDate = (kind: string, field: string) => sql`(
    select ${jsonText(db, "later.payload_json", field)} from milestone_events later
    where later.milestone_id = e.milestone_id and later.kind = ${sql.lit(kind)}
    order by later.effective_on desc, later.id desc limit 1)`;
  await sql`insert into milestone_status
      (milestone_id, plan_id, last_reported_on, acknowledged_on, completed_on, extended_due,
       last_effective_on)
    select e.milestone_id, min(e.plan_id),
      max(case when e.kind = 'reported' then e.effective_on end),
      min(case when e.kind = 'acknowledged' then e.effective_on end),
      ${latestDate("completion_accepted", "completedOn")},
      ${latestDate("extension_approved", "newDue")},
      max(e.effective_on)
    from milestone_events e
    where e.kind in ('reported', 'acknowledged', 'completion_accepted', 'extension_approved')
    group by e.milestone_id`.execute(db);

  await db.schema.alterTable("milestone_versions").addColumn("recur_months", "integer").execute();
  await db.schema.alterTable("milestone_versions").addColumn("recur_day", "integer").execute();
  const day = jsonText(db, "deadline_json", "day");
  await sql`update milestone_versions set
      recur_months = case ${jsonText(db, "deadline_json", "every")}
        when 'month' then 1 when 'quarter' then 3 when 'half_year' then 6 else 12 end,
      recur_day = case when ${day} = 'end' then 31 else cast(${day} as integer) end
    where deadline_kind = 'recurring'`.execute(db);
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.alterTable("milestone_versions").dropColumn("recur_day").execute();
  await db.schema.alterTable("milestone_versions").dropColumn("recur_months").execute();
  await db.schema.dropTable("milestone_status").execute();
};
