import { PostgresAdapter, sql, type Insertable, type Kysely } from "kysely";
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

/** A query narrowed by a filter on its source's id and plan columns. */
interface Narrowable<Q> {
  where(column: string, op: "in" | "=" | ">=" | "<", value: unknown): Q;
}

const narrow = <Q extends Narrowable<Q>>(
  query: Q,
  filter: SourceFilter,
  idColumn: string,
  planColumn: string,
): Q => {
  if ("refIds" in filter) return query.where(idColumn, "in", filter.refIds);
  if ("planId" in filter) return query.where(planColumn, "=", filter.planId);
  return query.where(idColumn, ">=", filter.from).where(idColumn, "<", filter.to);
};

const textOf = (payloadJson: string): string => {
  const payload = JSON.parse(payloadJson) as { text?: unknown };
  return typeof payload.text === "string" ? payload.text : "";
};

type Loader = (db: Kysely<Schema>, filter: SourceFilter) => Promise<Entry[]>;

/* eslint-disable @typescript-eslint/no-explicit-any -- narrow() names columns of each source by text */
const LOADERS: Readonly<Record<SearchKind, Loader>> = {
  task: async (db, filter) =>
    (
      await narrow<any>(
        db
          .selectFrom("task_versions")
          .select(["task_id", "plan_id", "title"])
          .where("valid_to", "is", null),
        filter,
        "task_id",
        "plan_id",
      ).execute()
    ).map((r: { task_id: number; plan_id: number; title: string }) => ({
      ref_id: r.task_id,
      plan_id: r.plan_id,
      task_id: r.task_id,
      milestone_id: null,
      unit_id: null,
      at: null,
      body: r.title,
    })),
  milestone: async (db, filter) =>
    (
      await narrow<any>(
        db
          .selectFrom("milestone_versions")
          .select(["milestone_id", "plan_id", "task_id", "text"])
          .where("valid_to", "is", null),
        filter,
        "milestone_id",
        "plan_id",
      ).execute()
    ).map((r: { milestone_id: number; plan_id: number; task_id: number; text: string }) => ({
      ref_id: r.milestone_id,
      plan_id: r.plan_id,
      task_id: r.task_id,
      milestone_id: r.milestone_id,
      unit_id: null,
      at: null,
      body: r.text,
    })),
  unit: async (db, filter) => {
    if ("planId" in filter) return [];
    const units = await narrow<any>(
      db.selectFrom("units").select(["id", "name"]),
      filter,
      "id",
      "id",
    ).execute();
    const ids: number[] = units.map((u: { id: number }) => u.id);
    const aliases = new Map<number, string[]>();
    for (const chunk of chunksFor(ids, 1)) {
      const rows = await db
        .selectFrom("unit_aliases")
        .select(["unit_id", "alias"])
        .where("unit_id", "in", chunk)
        .orderBy("alias")
        .execute();
      for (const row of rows)
        aliases.set(row.unit_id, [...(aliases.get(row.unit_id) ?? []), row.alias]);
    }
    return units.map((u: { id: number; name: string }) => {
      const also = aliases.get(u.id);
      return {
        ref_id: u.id,
        plan_id: null,
        task_id: null,
        milestone_id: null,
        unit_id: u.id,
        at: null,
        // The aliases beside the name, so that 江门市科学技术局 finds 市科技局.
        body: also === undefined ? u.name : `${u.name}（${also.join("、")}）`,
      };
    });
  },
  report: async (db, filter) =>
    (
      await narrow<any>(
        db
          .selectFrom("milestone_events")
          .select(["id", "plan_id", "milestone_id", "unit_id", "at", "payload_json"])
          .where("kind", "in", ["reported", "input"]),
        filter,
        "id",
        "plan_id",
      ).execute()
    ).map(
      (r: {
        id: number;
        plan_id: number;
        milestone_id: number;
        unit_id: number | null;
        at: string;
        payload_json: string;
      }) => ({
        ref_id: r.id,
        plan_id: r.plan_id,
        task_id: null,
        milestone_id: r.milestone_id,
        unit_id: r.unit_id,
        at: r.at,
        body: textOf(r.payload_json),
      }),
    ),
  review: async (db, filter) =>
    (
      await narrow<any>(
        db
          .selectFrom("milestone_requests")
          .select(["id", "plan_id", "milestone_id", "unit_id", "decided_at", "decision_comment"])
          .where("state", "in", ["approved", "rejected"])
          .where("decision_comment", "is not", null),
        filter,
        "id",
        "plan_id",
      ).execute()
    ).map(
      (r: {
        id: number;
        plan_id: number;
        milestone_id: number;
        unit_id: number | null;
        decided_at: string | null;
        decision_comment: string;
      }) => ({
        ref_id: r.id,
        plan_id: r.plan_id,
        task_id: null,
        milestone_id: r.milestone_id,
        unit_id: r.unit_id,
        at: r.decided_at,
        body: r.decision_comment,
      }),
    ),
  instruction: async (db, filter) =>
    (
      await narrow<any>(
        db
          .selectFrom("instructions")
          .select(["id", "plan_id", "target_type", "target_id", "created_at", "text"]),
        filter,
        "id",
        "plan_id",
      ).execute()
    ).map(
      (r: {
        id: number;
        plan_id: number;
        target_type: "task" | "milestone";
        target_id: number;
        created_at: string;
        text: string;
      }) => ({
        ref_id: r.id,
        plan_id: r.plan_id,
        ...targetOf(r),
        unit_id: null,
        at: r.created_at,
        body: r.text,
      }),
    ),
  answer: async (db, filter) =>
    (
      await narrow<any>(
        db
          .selectFrom("instruction_responses as ir")
          .innerJoin("instructions as i", "i.id", "ir.instruction_id")
          .select([
            "ir.id",
            "i.plan_id",
            "i.target_type",
            "i.target_id",
            "ir.unit_id",
            "ir.created_at",
            "ir.text",
          ]),
        filter,
        "ir.id",
        "i.plan_id",
      ).execute()
    ).map(
      (r: {
        id: number;
        plan_id: number;
        target_type: "task" | "milestone";
        target_id: number;
        unit_id: number;
        created_at: string;
        text: string;
      }) => ({
        ref_id: r.id,
        plan_id: r.plan_id,
        ...targetOf(r),
        unit_id: r.unit_id,
        at: r.created_at,
        body: r.text,
      }),
    ),
  file: async (db, filter) =>
    (
      await narrow<any>(
        db
          .selectFrom("attachments as a")
          .innerJoin("milestones as m", "m.id", "a.milestone_id")
          .select(["a.id", "m.plan_id", "a.milestone_id", "a.unit_id", "a.uploaded_at", "a.name"]),
        filter,
        "a.id",
        "m.plan_id",
      ).execute()
    ).map(
      (r: {
        id: number;
        plan_id: number;
        milestone_id: number;
        unit_id: number | null;
        uploaded_at: string;
        name: string;
      }) => ({
        ref_id: r.id,
        plan_id: r.plan_id,
        task_id: null,
        milestone_id: r.milestone_id,
        unit_id: r.unit_id,
        at: r.uploaded_at,
        body: r.name,
      }),
    ),
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** An instruction's target as the index keeps it: a task, or a milestone (its task read when shown). */
const targetOf = (r: { target_type: "task" | "milestone"; target_id: number }) =>
  r.target_type === "task"
    ? { task_id: r.target_id, milestone_id: null }
    : { task_id: null, milestone_id: r.target_id };

const isPostgres = (db: Kysely<Schema>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * PostgreSQL: drops the trigram index for a rebuild, and gives back how to
 * make it again. Built whole it takes half the time that keeping it row by
 * row does (a GIN index of Chinese text holds about one entry a character).
 */
const dropTrigramIndex = async (db: Kysely<Schema>): Promise<{ create: () => Promise<void> }> => {
  const found = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e
    join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const schema = found.rows[0]?.schema ?? "public";
  await sql`drop index if exists search_entries_norm_trgm`.execute(db);
  return {
    create: async () => {
      await sql`set local maintenance_work_mem = '256MB'`.execute(db);
      await sql`create index search_entries_norm_trgm on search_entries
        using gin (norm ${sql.id(schema, "gin_trgm_ops")})`.execute(db);
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
  const trigramIndex = isPostgres(db) ? await dropTrigramIndex(db) : null;
  for (const kind of SEARCH_KINDS) {
    const top = await sql<{ top: number | string | null }>`
      select max(id) as top from ${sql.table(SOURCE_TABLES[kind])}`.execute(db);
    const last = Number(top.rows[0]?.top ?? 0);
    for (let from = 0; from <= last; from += REBUILD_PAGE) {
      await insertEntries(db, kind, await LOADERS[kind](db, { from, to: from + REBUILD_PAGE }));
    }
  }
  if (trigramIndex !== null) await trigramIndex.create();
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
