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

/**
 * Search (issue 16): one row per searchable text, kept in step by the
 * writes that change the text, in their transaction (db/queries/search-index.ts).
 * `body` is the text as written, `norm` the same folded for matching
 * (domain/search-text.ts), one UTF-16 unit for one, so that offsets agree.
 * Plan content (tasks, milestones) is found through the revision in force;
 * records keep the milestone or task they hang on, and who wrote them.
 *
 * Chinese has no spaces to split words at, so both databases index
 * character trigrams: SQLite an FTS5 table with the trigram tokenizer over
 * `norm` (contentless, kept by triggers: `search_entries` holds the text),
 * PostgreSQL a pg_trgm GIN index on `norm`. Shorter queries scan.
 *
 * The rows are filled from the data already stored by the application
 * after the migration (a migration imports no application code): the row
 * in `search_index_state` asks for that rebuild and goes once it is done.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("search_entries")
    .addColumn("id", "integer", id(db))
    .addColumn("kind", "text", notNull)
    // The row of the table the text comes from: task, milestone, unit, ledger entry,
    // request, instruction, instruction response or attachment id, by kind.
    .addColumn("ref_id", "integer", notNull)
    // Null for a unit's name: units belong to no plan.
    .addColumn("plan_id", "integer", (c) => c.references("plans.id").onDelete("cascade"))
    .addColumn("task_id", "integer")
    .addColumn("milestone_id", "integer")
    // The unit that wrote a record (a report's, an answer's); null for content.
    .addColumn("unit_id", "integer")
    // When a record was made (ISO time); null for content and units.
    .addColumn("at", "text")
    .addColumn("body", "text", notNull)
    .addColumn("norm", "text", notNull)
    .addUniqueConstraint("search_entries_source", ["kind", "ref_id"])
    .execute();
  await db.schema
    .createIndex("search_entries_plan_kind")
    .on("search_entries")
    .columns(["plan_id", "kind", "at"])
    .execute();
  // The page walks each kind newest first and stops when full.
  await db.schema
    .createIndex("search_entries_kind_at")
    .on("search_entries")
    .columns(["kind", "at"])
    .execute();
  await db.schema
    .createIndex("search_entries_milestone")
    .on("search_entries")
    .columns(["milestone_id"])
    .execute();
  await db.schema
    .createIndex("search_entries_task")
    .on("search_entries")
    .columns(["task_id"])
    .execute();

  if (isPostgres(db)) {
    // Installed once per database, in public, where every Duban schema finds it: an
    // extension made inside one schema would go when that schema is dropped.
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    const found = await sql<{ schema: string }>`
      select n.nspname as schema from pg_extension e
      join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
    const schema = found.rows[0]?.schema ?? "public";
    await sql`create index search_entries_norm_trgm on search_entries
      using gin (norm ${sql.id(schema, "gin_trgm_ops")})`.execute(db);
  } else {
    await sql`create virtual table search_fts using fts5(
      norm, content='', contentless_delete=1, tokenize='trigram')`.execute(db);
    await sql`create trigger search_entries_fts_insert after insert on search_entries begin
      insert into search_fts (rowid, norm) values (new.id, new.norm); end`.execute(db);
    await sql`create trigger search_entries_fts_delete after delete on search_entries begin
      delete from search_fts where rowid = old.id; end`.execute(db);
    await sql`create trigger search_entries_fts_update after update of norm on search_entries begin
      delete from search_fts where rowid = old.id;
      insert into search_fts (rowid, norm) values (new.id, new.norm); end`.execute(db);
  }

  await db.schema
    .createTable("search_index_state")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("rebuild_requested_at", "text", notNull)
    .execute();
  await db
    .insertInto("search_index_state")
    .values({ id: 1, rebuild_requested_at: new Date().toISOString() })
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("search_index_state").execute();
  if (!isPostgres(db)) await sql`drop table search_fts`.execute(db);
  await db.schema.dropTable("search_entries").execute();
};
