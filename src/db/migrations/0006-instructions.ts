import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

const id =
  (db: AnyDb) =>
  (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    isPostgres(db)
      ? column.primaryKey().generatedByDefaultAsIdentity()
      : column.primaryKey().autoIncrement();

const notNull = (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder => column.notNull();

export const up = async (db: AnyDb): Promise<void> => {
  // Leaders' instructions (领导批示) on a task or a milestone, entered by the supervision office.
  // The target is a task or a milestone id (no foreign key: it names one of two tables); user
  // and unit ids carry none either, as in the ledger: the record outlives accounts.
  await db.schema
    .createTable("instructions")
    .addColumn("id", "integer", id(db))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("target_type", "text", (c) =>
      c.notNull().check(sql`target_type in ('task', 'milestone')`),
    )
    .addColumn("target_id", "integer", notNull)
    .addColumn("text", "text", notNull)
    // The leader as written ("市长 张三"): instructions come from city leaders, not from accounts.
    .addColumn("issued_by", "text", notNull)
    .addColumn("entered_by", "text", notNull)
    .addColumn("entered_by_user_id", "integer")
    .addColumn("created_at", "text", notNull)
    .addColumn("response_due", "text")
    .addColumn("closed_at", "text")
    .addColumn("closed_by", "text")
    .addColumn("version", "integer", notNull)
    .execute();

  // Each unit's answers to an instruction, with their time: several per unit may follow.
  await db.schema
    .createTable("instruction_responses")
    .addColumn("id", "integer", id(db))
    .addColumn("instruction_id", "integer", (c) =>
      c.notNull().references("instructions.id").onDelete("cascade"),
    )
    .addColumn("unit_id", "integer", notNull)
    .addColumn("actor", "text", notNull)
    .addColumn("user_id", "integer")
    .addColumn("text", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .execute();

  // Focus (重点关注) on a task: a row while it is marked. A milestone's is milestone_states.focus.
  await db.schema
    .createTable("task_focus")
    .addColumn("task_id", "integer", (c) =>
      c.primaryKey().references("tasks.id").onDelete("cascade"),
    )
    .addColumn("set_at", "text", notNull)
    .addColumn("set_by", "text", notNull)
    .execute();

  const indexes: readonly (readonly [string, string, readonly string[]])[] = [
    ["instructions_plan", "instructions", ["plan_id", "closed_at"]],
    ["instructions_target", "instructions", ["target_type", "target_id"]],
    ["instruction_responses_instruction", "instruction_responses", ["instruction_id", "unit_id"]],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  }
};

export const down = async (db: AnyDb): Promise<void> => {
  for (const table of ["task_focus", "instruction_responses", "instructions"]) {
    await db.schema.dropTable(table).execute();
  }
};
