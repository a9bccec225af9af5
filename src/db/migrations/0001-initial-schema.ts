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
  const blob = isPostgres(db) ? "bytea" : "blob";

  await db.schema
    .createTable("units")
    .addColumn("id", "integer", id(db))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('unit', 'group')`))
    .addColumn("created_at", "text", notNull)
    .execute();
  await db.schema
    .createTable("unit_aliases")
    .addColumn("alias", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
    .execute();
  await db.schema
    .createTable("unit_group_members")
    .addColumn("group_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) =>
      c.notNull().references("units.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("unit_group_members_pk", ["group_id", "member_id"])
    .execute();

  await db.schema
    .createTable("source_files")
    .addColumn("id", "integer", id(db))
    .addColumn("sha256", "text", notNull)
    .addColumn("name", "text", notNull)
    .addColumn("format", "text", notNull)
    .addColumn("size", "integer", notNull)
    .addColumn("content", blob, notNull)
    .addColumn("imported_at", "text", notNull)
    .execute();

  await db.schema
    .createTable("plans")
    .addColumn("id", "integer", id(db))
    .addColumn("plan_key", "text", (c) => c.notNull().unique())
    .addColumn("year", "integer", notNull)
    .addColumn("issuer", "text")
    .addColumn("kind", "text", notNull)
    .addColumn("owner_unit_id", "integer", (c) => c.references("units.id"))
    .addColumn("title", "text", notNull)
    .addColumn("current_revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .execute();

  await db.schema
    .createTable("revisions")
    .addColumn("id", "integer", id(db))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("number", "integer", notNull)
    .addColumn("source_file_id", "integer", (c) => c.notNull().references("source_files.id"))
    .addColumn("title", "text", notNull)
    .addColumn("subtitle", "text")
    .addColumn("columns_json", "text", notNull)
    .addColumn("header_counts_json", "text")
    .addColumn("diff_json", "text", notNull)
    .addColumn("actor", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addUniqueConstraint("revisions_plan_number_unique", ["plan_id", "number"])
    .execute();

  await db.schema
    .createTable("tasks")
    .addColumn("id", "integer", id(db))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("created_revision", "integer", notNull)
    .addColumn("task_key", "text", notNull)
    .addColumn("position", "integer", notNull)
    .execute();
  await db.schema
    .createTable("task_versions")
    .addColumn("id", "integer", id(db))
    .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id"))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("valid_from", "integer", notNull)
    .addColumn("valid_to", "integer")
    .addColumn("no", "integer")
    .addColumn("label", "text", notNull)
    .addColumn("title", "text", notNull)
    .addColumn("outline_json", "text", notNull)
    .addColumn("remarks_json", "text", notNull)
    .execute();
  await db.schema
    .createTable("task_units")
    .addColumn("task_version_id", "integer", (c) =>
      c.notNull().references("task_versions.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", notNull)
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id"))
    .addColumn("role", "text", notNull)
    .addPrimaryKeyConstraint("task_units_pk", ["task_version_id", "position"])
    .execute();

  await db.schema
    .createTable("milestones")
    .addColumn("id", "integer", id(db))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("created_revision", "integer", notNull)
    .addColumn("position", "integer", notNull)
    .execute();
  await db.schema
    .createTable("milestone_versions")
    .addColumn("id", "integer", id(db))
    .addColumn("milestone_id", "integer", (c) => c.notNull().references("milestones.id"))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id"))
    .addColumn("valid_from", "integer", notNull)
    .addColumn("valid_to", "integer")
    .addColumn("seq", "integer")
    .addColumn("text", "text", notNull)
    .addColumn("deadline_kind", "text", notNull)
    .addColumn("deadline_text", "text", notNull)
    .addColumn("due_date", "text")
    .addColumn("deadline_json", "text", notNull)
    .addColumn("persons_json", "text", notNull)
    .addColumn("remarks_json", "text", notNull)
    .execute();
  await db.schema
    .createTable("milestone_units")
    .addColumn("milestone_version_id", "integer", (c) =>
      c.notNull().references("milestone_versions.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", notNull)
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id"))
    .addColumn("role", "text", notNull)
    .addColumn("role_label", "text")
    .addPrimaryKeyConstraint("milestone_units_pk", ["milestone_version_id", "position"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", id(db))
    .addColumn("at", "text", notNull)
    .addColumn("actor", "text", notNull)
    .addColumn("action", "text", notNull)
    .addColumn("object_type", "text", notNull)
    .addColumn("object_id", "text", notNull)
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .execute();

  const indexes: readonly (readonly [string, string, readonly string[]])[] = [
    ["unit_aliases_unit", "unit_aliases", ["unit_id"]],
    ["unit_group_members_member", "unit_group_members", ["member_id"]],
    ["source_files_sha", "source_files", ["sha256"]],
    ["tasks_plan", "tasks", ["plan_id", "created_revision"]],
    ["task_versions_task", "task_versions", ["task_id", "valid_from"]],
    ["task_versions_plan_current", "task_versions", ["plan_id", "valid_to"]],
    ["task_units_unit", "task_units", ["unit_id", "role"]],
    ["milestones_plan", "milestones", ["plan_id", "created_revision"]],
    ["milestone_versions_milestone", "milestone_versions", ["milestone_id", "valid_from"]],
    ["milestone_versions_plan_current", "milestone_versions", ["plan_id", "valid_to"]],
    ["milestone_versions_task", "milestone_versions", ["task_id"]],
    ["milestone_versions_due", "milestone_versions", ["plan_id", "due_date"]],
    ["milestone_units_unit", "milestone_units", ["unit_id", "role"]],
    ["audit_log_object", "audit_log", ["object_type", "object_id"]],
    ["audit_log_at", "audit_log", ["at"]],
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
  for (const table of [
    "audit_log",
    "milestone_units",
    "milestone_versions",
    "milestones",
    "task_units",
    "task_versions",
    "tasks",
    "revisions",
    "plans",
    "source_files",
    "unit_group_members",
    "unit_aliases",
    "units",
  ]) {
    await db.schema.dropTable(table).execute();
  }
};
