import {
  PostgresAdapter,
  sql,
  type Insertable,
  type Kysely,
  type RawBuilder,
  type SqlBool,
} from "kysely";
import { CONTENT_KINDS, SEARCH_KINDS, type SearchKind } from "../../domain/search-kind.js";
import { searchFold } from "../../domain/search-text.js";
import { chunksFor } from "../batch.js";
import { insertRows } from "../bulk-insert.js";
import type { SearchEntriesTable, Schema } from "../schema.js";

/*
 * The search index (search_entries) is written by the application, in the
 * transaction of every write that changes a searchable text: the query
 * functions that write those texts call the functions below. Triggers could
 * have done it, but the index keeps each text folded for matching
 * (domain/search-text.ts), which neither database can do alike in SQL, and
 * the writers are few. Each kind reads its texts from its source table by a
 * filter, so that one loader serves a single write, a plan's revision and
 * the rebuild of everything.
 */

/** Which source rows to (re)index: some by id, a plan's, or an id range for the rebuild. */
type SourceFilter =
  | { readonly refIds: readonly number[] }
  | { readonly planId: number }
  | { readonly from: number; readonly to: number };

type Entry = Omit<Insertable<SearchEntriesTable>, "id" | "norm" | "kind">;

/** The source rows a filter names, by the source's id and plan columns. */
const named = (filter: SourceFilter, idColumn: string, planColumn: string): RawBuilder<SqlBool> => {
  if ("refIds" in filter) return sql<SqlBool>`${sql.ref(idColumn)} in (${sql.join(filter.refIds)})`;
  if ("planId" in filter) return sql<SqlBool>`${sql.ref(planColumn)} = ${filter.planId}`;
  return sql<SqlBool>`${sql.ref(idColumn)} >= ${filter.from} and ${sql.ref(idColumn)} < ${filter.to}`;
};

const textOf = (payloadJson: string): string => {
  const payload = JSON.parse(payloadJson) as { text?: unknown };
  return typeof payload.text === "string" ? payload.text : "";
};

type Loader = (db: Kysely<Schema>, filter: SourceFilter) => Promise<Entry[]>;

/** An instruction's target column as the index keeps it: a task, or a milestone (its task read when shown). */
const targetId = (type: "task" | "milestone", table: string) =>
  sql<number | null>`case when ${sql.ref(`${table}.target_type`)} = ${type}
    then ${sql.ref(`${table}.target_id`)} end`.as(`${type}_id`);

/* Each loader selects its source's columns under the index's names. */
const LOADERS: Readonly<Record<SearchKind, Loader>> = {
  task: (db, filter) =>
    db
      .selectFrom("task_versions")
      .select(["task_id as ref_id", "plan_id", "task_id", "title as body"])
      .where("valid_to", "is", null)
      .where(named(filter, "task_id", "plan_id"))
      .execute(),
  milestone: (db, filter) =>
    db
      .selectFrom("milestone_versions")
      .select(["milestone_id as ref_id", "plan_id", "task_id", "milestone_id", "text as body"])
      .where("valid_to", "is", null)
      .where(named(filter, "milestone_id", "plan_id"))
      .execute(),
  unit: async (db, filter) => {
    if ("planId" in filter) return [];
    const units = await db
      .selectFrom("units")
      .select(["id", "name"])
      .where(named(filter, "id", "id"))
      .execute();
    const aliases = new Map<number, string[]>();
    for (const chunk of chunksFor(
      units.map((u) => u.id),
      1,
    )) {
      const rows = await db
        .selectFrom("unit_aliases")
        .select(["unit_id", "alias"])
        .where("unit_id", "in", chunk)
        .orderBy("alias")
        .execute();
      for (const row of rows)
        aliases.set(row.unit_id, [...(aliases.get(row.unit_id) ?? []), row.alias]);
    }
    return units.map((u) => {
      const also = aliases.get(u.id);
      return {
        ref_id: u.id,
        unit_id: u.id,
        // The aliases beside the name, so that 江门市科学技术局 finds 市科技局.
        body: also === undefined ? u.name : `${u.name}（${also.join("、")}）`,
      };
    });
  },
  report: async (db, filter) =>
    (
      await db
        .selectFrom("milestone_events")
        .select(["id as ref_id", "plan_id", "milestone_id", "unit_id", "at", "payload_json"])
        .where("kind", "in", ["reported", "input"])
        .where(named(filter, "id", "plan_id"))
        .execute()
    ).map(({ payload_json, ...entry }) => ({ ...entry, body: textOf(payload_json) })),
  review: (db, filter) =>
    db
      .selectFrom("milestone_requests")
      .select([
        "id as ref_id",
        "plan_id",
        "milestone_id",
        "unit_id",
        "decided_at as at",
        "decision_comment as body",
      ])
      .where("state", "in", ["approved", "rejected"])
      .where("decision_comment", "is not", null)
      .where(named(filter, "id", "plan_id"))
      .$narrowType<{ body: string }>()
      .execute(),
  instruction: (db, filter) =>
    db
      .selectFrom("instructions as i")
      .select([
        "i.id as ref_id",
        "i.plan_id",
        targetId("task", "i"),
        targetId("milestone", "i"),
        "i.created_at as at",
        "i.text as body",
      ])
      .where(named(filter, "i.id", "i.plan_id"))
      .execute(),
  answer: (db, filter) =>
    db
      .selectFrom("instruction_responses as ir")
      .innerJoin("instructions as i", "i.id", "ir.instruction_id")
      .select([
        "ir.id as ref_id",
        "i.plan_id",
        targetId("task", "i"),
        targetId("milestone", "i"),
        "ir.unit_id",
        "ir.created_at as at",
        "ir.text as body",
      ])
      .where(named(filter, "ir.id", "i.plan_id"))
      .execute(),
  file: (db, filter) =>
    db
      .selectFrom("attachments as a")
      .innerJoin("milestones as m", "m.id", "a.milestone_id")
      .select([
        "a.id as ref_id",
        "m.plan_id",
        "a.milestone_id",
        "a.unit_id",
        "a.uploaded_at as at",
        "a.name as body",
      ])
      .where(named(filter, "a.id", "m.plan_id"))
      .execute(),
};

const isPostgres = (db: Kysely<Schema>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/** PostgreSQL's trigram index of one kind's entries (migration 0024). */
const trigramIndexOf = (kind: SearchKind) => sql.id(`search_entries_trgm_${kind}`);

/**
 * PostgreSQL: drops the trigram indexes for a rebuild, and gives back how to
 * make them again. Built whole they take half the time that keeping them
 * row by row does (a GIN index of Chinese text holds about one entry a character).
 */
const dropTrigramIndexes = async (db: Kysely<Schema>): Promise<{ create: () => Promise<void> }> => {
  const found = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e
    join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const ops = sql.id(found.rows[0]?.schema ?? "public", "gin_trgm_ops");
  for (const kind of SEARCH_KINDS) {
    await sql`drop index if exists ${trigramIndexOf(kind)}`.execute(db);
  }
  return {
    create: async () => {
      await sql`set local maintenance_work_mem = '256MB'`.execute(db);
      for (const kind of SEARCH_KINDS) {
        await sql`create index ${trigramIndexOf(kind)} on search_entries
          using gin (norm ${ops}) where kind = ${sql.lit(kind)}`.execute(db);
      }
    },
  };
};

const insertEntries = async (
  db: Kysely<Schema>,
  kind: SearchKind,
  entries: readonly Entry[],
): Promise<void> => {
  const dialect = isPostgres(db) ? "postgres" : "sqlite";
  await insertRows(
    db,
    dialect,
    "search_entries",
    entries
      .filter((e) => e.body.trim() !== "")
      .map((e) => ({
        kind,
        ref_id: e.ref_id,
        plan_id: e.plan_id ?? null,
        task_id: e.task_id ?? null,
        milestone_id: e.milestone_id ?? null,
        unit_id: e.unit_id ?? null,
        at: e.at ?? null,
        body: e.body,
        norm: searchFold(e.body),
      })),
  );
};

/** Indexes some rows of a kind's source afresh (those gone, or without text, leave the index). */
export const refreshSearchEntries = async (
  db: Kysely<Schema>,
  kind: SearchKind,
  refIds: readonly number[],
): Promise<void> => {
  for (const chunk of chunksFor([...new Set(refIds)], 1)) {
    if (chunk.length === 0) continue;
    await db
      .deleteFrom("search_entries")
      .where("kind", "=", kind)
      .where("ref_id", "in", chunk)
      .execute();
    await insertEntries(db, kind, await LOADERS[kind](db, { refIds: chunk }));
  }
};

/** Indexes a plan's tasks and milestones as the revision in force states them. */
export const refreshPlanContentEntries = async (
  db: Kysely<Schema>,
  planId: number,
): Promise<void> => {
  await db
    .deleteFrom("search_entries")
    .where("plan_id", "=", planId)
    .where("kind", "in", CONTENT_KINDS)
    .execute();
  for (const kind of CONTENT_KINDS) {
    await insertEntries(db, kind, await LOADERS[kind](db, { planId }));
  }
};

/** Rows read at a time when rebuilding: a province's year of reports never held at once. */
const REBUILD_PAGE = 20_000;

/** The table each kind's ids (ref_id) come from. */
const SOURCE_TABLES: Readonly<Record<SearchKind, keyof Schema>> = {
  task: "tasks",
  milestone: "milestones",
  unit: "units",
  report: "milestone_events",
  review: "milestone_requests",
  instruction: "instructions",
  answer: "instruction_responses",
  file: "attachments",
};

/**
 * Builds the whole index again from the stored data, in the caller's
 * transaction: after migration 0023 on an existing database, after data
 * was written around the services (the benchmark's generated year), or
 * whenever `duban search --reindex` is asked. Gives the rows indexed.
 */
export const rebuildSearchIndex = async (db: Kysely<Schema>): Promise<number> => {
  await db.deleteFrom("search_entries").execute();
  const trigramIndexes = isPostgres(db) ? await dropTrigramIndexes(db) : null;
  for (const kind of SEARCH_KINDS) {
    const top = await sql<{ top: number | string | null }>`
      select max(id) as top from ${sql.table(SOURCE_TABLES[kind])}`.execute(db);
    const last = Number(top.rows[0]?.top ?? 0);
    for (let from = 0; from <= last; from += REBUILD_PAGE) {
      await insertEntries(db, kind, await LOADERS[kind](db, { from, to: from + REBUILD_PAGE }));
    }
  }
  if (trigramIndexes !== null) {
    await trigramIndexes.create();
    // Fresh statistics for the planner, which picks per query between a kind's trigram index
    // and its id order: without them every phrase looks rare (0.5 s a search at province size).
    await sql`analyze search_entries`.execute(db);
  }
  await db.deleteFrom("search_index_state").execute();
  const count = await db
    .selectFrom("search_entries")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(count.n);
};

/** Whether the index waits for a rebuild (after migration 0023 on a database with data). */
export const searchIndexStale = async (db: Kysely<Schema>): Promise<boolean> =>
  (await db.selectFrom("search_index_state").select("id").executeTakeFirst()) !== undefined;

/**
 * PostgreSQL: the trigram extension the index's operator class comes from,
 * installed once per database in public (as migration 0023 does). A
 * schema's backup does not carry it, so a restore into another database
 * makes it first.
 */
export const ensureTrigramExtension = async (db: Kysely<Schema>): Promise<void> => {
  await sql`create extension if not exists pg_trgm with schema public`.execute(db);
};
