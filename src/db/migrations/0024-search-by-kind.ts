import { PostgresAdapter, sql, type Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Search at province size (issue 16): a page of one kind's matches is read
 * in rank order and stops when full, instead of collecting every match of a
 * common phrase (a year of reports holds one a hundred thousand times) to
 * sort it; a rare phrase still goes through a trigram index.
 *
 * SQLite: FTS5 returns matches in rowid order and seeks by rowid range, so
 * each kind's rows of the trigram index go into a band of their own,
 * `band << 40 | entry id` (db/queries/search-bands.ts reads the same
 * bands). The index and its triggers are made again with the bands, and an
 * index on (kind, id) walks a kind in entry order for queries too short for
 * a trigram.
 *
 * PostgreSQL: its GIN index gives matches unordered, so each kind has a
 * trigram index of its own (a rare phrase of one kind reads only that
 * kind's entries) and an index of its own on id (a common phrase is read in
 * entry order, stopping at the page). One index on (kind, id) does not do:
 * the planner prices it as scattered over the table and walks the primary
 * key instead, through every other kind's rows.
 *
 * Both: an index on (task_id, milestone_id) finds a task's own entries
 * (those of no milestone), where SQLite chose the milestone index over one
 * on task_id alone; an index on the 序号 of current tasks finds "204"
 * without reading every task version.
 */
const KINDS = ["task", "milestone", "unit", "instruction", "answer", "review", "report", "file"];

/** The FTS rowid of the search entry `row` names ("new.", "old.", or "" in a select). */
const bandedRowid = (row: string) =>
  sql.raw(`((case ${row}kind ${KINDS.map((kind, i) => `when '${kind}' then ${String(i + 1)}`).join(" ")}
    end) << 40) | ${row}id`);

const trigramOps = async (db: AnyDb) => {
  const found = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e
    join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  return sql.id(found.rows[0]?.schema ?? "public", "gin_trgm_ops");
};

/** The SQLite trigram index and the triggers that keep it, rowids made by `rowid`. */
const remakeFts = async (db: AnyDb, rowid: (row: string) => ReturnType<typeof sql.raw>) => {
  await sql`drop trigger search_entries_fts_insert`.execute(db);
  await sql`drop trigger search_entries_fts_delete`.execute(db);
  await sql`drop trigger search_entries_fts_update`.execute(db);
  await sql`drop table search_fts`.execute(db);
  await sql`create virtual table search_fts using fts5(
    norm, content='', contentless_delete=1, tokenize='trigram')`.execute(db);
  await sql`create trigger search_entries_fts_insert after insert on search_entries begin
    insert into search_fts (rowid, norm) values (${rowid("new.")}, new.norm); end`.execute(db);
  await sql`create trigger search_entries_fts_delete after delete on search_entries begin
    delete from search_fts where rowid = ${rowid("old.")}; end`.execute(db);
  await sql`create trigger search_entries_fts_update after update of norm on search_entries begin
    delete from search_fts where rowid = ${rowid("old.")};
    insert into search_fts (rowid, norm) values (${rowid("new.")}, new.norm); end`.execute(db);
  await sql`insert into search_fts (rowid, norm) select ${rowid("")}, norm from search_entries`.execute(
    db,
  );
};

export const up = async (db: AnyDb): Promise<void> => {
  if (isPostgres(db)) {
    const ops = await trigramOps(db);
    await sql`drop index search_entries_norm_trgm`.execute(db);
    for (const kind of KINDS) {
      await sql`create index ${sql.id(`search_entries_trgm_${kind}`)} on search_entries
        using gin (norm ${ops}) where kind = ${sql.lit(kind)}`.execute(db);
      await sql`create index ${sql.id(`search_entries_id_${kind}`)} on search_entries (id)
        where kind = ${sql.lit(kind)}`.execute(db);
    }
  } else {
    await remakeFts(db, bandedRowid);
    await db.schema
      .createIndex("search_entries_kind_id")
      .on("search_entries")
      .columns(["kind", "id"])
      .execute();
  }
  await db.schema.dropIndex("search_entries_task").execute();
  await db.schema
    .createIndex("search_entries_task_records")
    .on("search_entries")
    .columns(["task_id", "milestone_id"])
    .execute();
  await db.schema
    .createIndex("task_versions_current_no")
    .on("task_versions")
    .column("no")
    .where(sql.ref("valid_to"), "is", null)
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropIndex("task_versions_current_no").execute();
  await db.schema.dropIndex("search_entries_task_records").execute();
  await db.schema
    .createIndex("search_entries_task")
    .on("search_entries")
    .columns(["task_id"])
    .execute();
  if (isPostgres(db)) {
    for (const kind of KINDS) {
      await sql`drop index ${sql.id(`search_entries_trgm_${kind}`)}`.execute(db);
      await sql`drop index ${sql.id(`search_entries_id_${kind}`)}`.execute(db);
    }
    await sql`create index search_entries_norm_trgm on search_entries
      using gin (norm ${await trigramOps(db)})`.execute(db);
  } else {
    await db.schema.dropIndex("search_entries_kind_id").execute();
    await remakeFts(db, (row) => sql.raw(`${row}id`));
  }
};
