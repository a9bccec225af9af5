import {
  PostgresAdapter,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
} from "kysely";
import { isRecordKind, SEARCH_KINDS, type SearchKind } from "../../domain/search-kind.js";
import { TRIGRAM_LENGTH } from "../../domain/search-text.js";
import { containsPattern } from "../like-pattern.js";
import { unprepare } from "../named-statements.js";
import type { SearchEntriesTable, Schema } from "../schema.js";
import { bandOf } from "./search-bands.js";
import { plansInUse } from "./plans.js";
import {
  narrowedTo,
  visibleMilestoneIds,
  visibleTaskIds,
  type UnitReach,
  type ViewerScope,
} from "./access.js";

export interface SearchFilter {
  /** The folded query (domain/search-text.ts). */
  readonly text: string;
  readonly visibleTo: ViewerScope;
  readonly planId?: number;
  /** What a unit and its groups reach: only what they stand in. */
  readonly unit?: UnitReach;
  /** Records made at or after `from` and before `to` (ISO times); content and units have no time. */
  readonly from?: string;
  readonly to?: string;
  readonly kinds?: readonly SearchKind[];
  readonly withArchived: boolean;
}

export interface SearchRow {
  readonly id: number;
  readonly kind: SearchKind;
  readonly refId: number;
  readonly planId: number | null;
  readonly taskId: number | null;
  readonly milestoneId: number | null;
  readonly unitId: number | null;
  readonly at: string | null;
  readonly body: string;
}

type Entries = ExpressionBuilder<Schema & { e: Schema["search_entries"] }, "e">;

const isPostgres = (db: Kysely<Schema>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/** Whether the trigram indexes can serve the text: they hold nothing shorter than a trigram. */
const trigramServes = (text: string): boolean =>
  // Characters, not UTF-16 units: the trigram tokenizer counts a rare ideograph once.
  Array.from(text).length >= TRIGRAM_LENGTH;

/**
 * The text as a test on each row: a substring test, or on PostgreSQL with
 * `indexed` the LIKE that pg_trgm's index serves (when the text is long
 * enough). Rows a unit's work narrows to are tested one by one, so that
 * PostgreSQL reads the unit's rows rather than every match of the index.
 */
const containsText =
  (db: Kysely<Schema>, text: string, indexed: boolean) =>
  (eb: Entries): Expression<SqlBool> => {
    if (!isPostgres(db)) return sql<SqlBool>`instr(${eb.ref("e.norm")}, ${text}) > 0`;
    return indexed && trigramServes(text)
      ? sql<SqlBool>`${eb.ref("e.norm")} like ${containsPattern(text)} escape '\\'`
      : sql<SqlBool>`strpos(${eb.ref("e.norm")}, ${text}) > 0`;
  };

/** What the units stand in: milestone records by the milestone, the rest by the task. */
const concerning = (db: Kysely<Schema>, eb: Entries, reach: UnitReach) =>
  eb.or([
    eb("e.milestone_id", "in", visibleMilestoneIds(db, reach)),
    eb.and([eb("e.milestone_id", "is", null), eb("e.task_id", "in", visibleTaskIds(db, reach))]),
  ]);

/** The plan asked for, or the plans in use (and units, which belong to none), and the days. */
const planAndDays = (db: Kysely<Schema>, filter: Omit<SearchFilter, "text">) => (eb: Entries) => {
  const all: Expression<SqlBool>[] = [];
  if (filter.planId !== undefined) all.push(eb("e.plan_id", "=", filter.planId));
  else if (!filter.withArchived)
    all.push(eb.or([eb("e.plan_id", "is", null), eb("e.plan_id", "in", plansInUse(db))]));
  if (filter.from !== undefined) all.push(eb("e.at", ">=", filter.from));
  if (filter.to !== undefined) all.push(eb("e.at", "<", filter.to));
  return eb.and(all);
};

/** Every condition but the text, for rows found another way (by 序号). */
const scoped = (db: Kysely<Schema>, filter: Omit<SearchFilter, "text">) => (eb: Entries) => {
  const all: Expression<SqlBool>[] = [planAndDays(db, filter)(eb)];
  const units = narrowedTo(filter.visibleTo);
  // Unit names are for everyone signed in; everything else is what the viewer's units stand in.
  if (units !== null) all.push(eb.or([eb("e.kind", "=", "unit"), concerning(db, eb, units)]));
  if (filter.unit !== undefined) all.push(concerning(db, eb, filter.unit));
  if (filter.kinds !== undefined) all.push(eb("e.kind", "in", filter.kinds));
  return eb.and(all);
};

const ROW_COLUMNS = [
  "e.id",
  "e.kind",
  "e.ref_id",
  "e.plan_id",
  "e.task_id",
  "e.milestone_id",
  "e.unit_id",
  "e.at",
  "e.body",
] as const;

const toRow = (row: Omit<Selectable<SearchEntriesTable>, "norm">): SearchRow => ({
  id: row.id,
  kind: row.kind as SearchKind,
  refId: row.ref_id,
  planId: row.plan_id,
  taskId: row.task_id,
  milestoneId: row.milestone_id,
  unitId: row.unit_id,
  at: row.at,
  body: row.body,
});

/** Kinds whose entries hang on a task and never on a milestone (a task's title). */
const TASK_ONLY_KINDS: readonly SearchKind[] = ["task"];

/** Kinds whose entries may hang on a task with no milestone (db/queries/search-index.ts). */
const ON_TASK_KINDS: readonly SearchKind[] = ["task", "instruction", "answer"];

/** Records newest first; content and unit names in the order they were stored. Entry ids follow both. */
const rankOrder = (kind: SearchKind): "asc" | "desc" => (isRecordKind(kind) ? "desc" : "asc");

/**
 * A kind's matches over everything the viewer may see (the office's
 * reach), read in rank order. SQLite reads the kind's band of the trigram
 * index (db/queries/search-bands.ts) in rowid order, so that a page stops
 * after its rows however common the phrase. Shorter queries walk the
 * kind's entries in id order; PostgreSQL walks them by the kind's id index
 * or, for a rare phrase, goes through the kind's trigram index (migration
 * 0024), as the statement's own parameters decide (unprepared).
 */
const kindEverywhere = (db: Kysely<Schema>, filter: SearchFilter, kind: SearchKind) => {
  const order = rankOrder(kind);
  if (isPostgres(db) || !trigramServes(filter.text)) {
    return db
      .selectFrom("search_entries as e")
      .select(ROW_COLUMNS)
      .where("e.kind", "=", kind)
      .where(containsText(db, filter.text, true))
      .where(planAndDays(db, filter))
      .orderBy("e.id", order);
  }
  const band = bandOf(kind);
  return (
    db
      .withTables<{ search_fts: { rowid: number } }>()
      .selectFrom("search_fts as f")
      // CROSS JOIN keeps SQLite reading the index first, in its order.
      .crossJoin("search_entries as e")
      .select(ROW_COLUMNS)
      // The band's bounds written into the statement: bound, better-sqlite3 passes a number
      // as a float, and FTS5 reads a rowid range only of integers (every row then, 30 ms).
      .where("e.id", "=", sql<number>`f.rowid - ${sql.lit(band.first)}`)
      .where(sql<SqlBool>`search_fts match ${`"${filter.text.replaceAll('"', '""')}"`}`)
      .where("f.rowid", ">=", sql.lit(band.first))
      .where("f.rowid", "<", sql.lit(band.end))
      .where(planAndDays(db, filter))
      .orderBy("f.rowid", order)
  );
};

/**
 * Whose work a search is narrowed to: the units of a unit filter (checked
 * against the viewer's too), or the viewer's own; null for everything the
 * office sees.
 */
type Narrowing = {
  readonly units: UnitReach;
  readonly alsoVisibleTo: UnitReach | null;
} | null;

const narrowingOf = (filter: SearchFilter): Narrowing => {
  const viewer = narrowedTo(filter.visibleTo);
  if (filter.unit !== undefined) return { units: filter.unit, alsoVisibleTo: viewer };
  return viewer === null ? null : { units: viewer, alsoVisibleTo: null };
};

/**
 * The matches of some kinds (never "unit": unit names stand in no unit's
 * work) among what some units stand in, found from their milestones and
 * tasks (a unit's few hundred, with their records) and tested as
 * substrings: a common phrase matches a hundred thousand reports of which
 * the unit's are a few. Unordered.
 */
const matchesInReach = (
  db: Kysely<Schema>,
  filter: SearchFilter,
  reach: NonNullable<Narrowing>,
  kinds: readonly SearchKind[],
) => {
  const matching = (eb: Entries, some: readonly SearchKind[]) =>
    eb.and([
      eb("e.kind", "in", some),
      containsText(db, filter.text, false)(eb),
      planAndDays(db, filter)(eb),
      ...(reach.alsoVisibleTo === null ? [] : [concerning(db, eb, reach.alsoVisibleTo)]),
    ]);
  const onMilestones = kinds.filter((kind) => !TASK_ONLY_KINDS.includes(kind));
  const onTasks = kinds.filter((kind) => ON_TASK_KINDS.includes(kind));
  // CROSS JOIN keeps SQLite reading the units' milestones and tasks first.
  const ofMilestones = db
    .selectFrom(visibleMilestoneIds(db, reach.units).as("v"))
    .crossJoin("search_entries as e")
    .select(ROW_COLUMNS)
    .whereRef("e.milestone_id", "=", "v.id")
    .where((eb) => matching(eb, onMilestones));
  const ofTasks = db
    .selectFrom(visibleTaskIds(db, reach.units).as("t"))
    .crossJoin("search_entries as e")
    .select(ROW_COLUMNS)
    .whereRef("e.task_id", "=", "t.id")
    .where("e.milestone_id", "is", null)
    .where((eb) => matching(eb, onTasks));
  const parts =
    onTasks.length === 0
      ? ofMilestones
      : onMilestones.length === 0
        ? ofTasks
        : ofMilestones.unionAll(ofTasks);
  return db.selectFrom(parts.as("e")).selectAll();
};

/** The kinds the filter lets through. */
const kindsWanted = (filter: SearchFilter): SearchKind[] =>
  SEARCH_KINDS.filter(
    (kind) =>
      (filter.kinds === undefined || filter.kinds.includes(kind)) &&
      // Unit names stand in no unit's work.
      (kind !== "unit" || filter.unit === undefined),
  );

/** One kind's matches the filter lets through, in rank order. */
const kindMatches = (db: Kysely<Schema>, filter: SearchFilter, kind: SearchKind) => {
  const reach = narrowingOf(filter);
  // Unit names are for everyone signed in.
  if (reach === null || kind === "unit") return kindEverywhere(db, filter, kind);
  return matchesInReach(db, filter, reach, [kind]).orderBy("e.id", rankOrder(kind));
};

export interface MatchCounts {
  /** Matches of each kind, counted up to the cap (kinds with none left out). */
  readonly byKind: ReadonlyMap<SearchKind, number>;
  /** Some kind had more than `cap` matches: its count says `cap`, a lower bound. */
  readonly capped: boolean;
}

/**
 * Counts the office's matches each kind apart, no further than `cap` each:
 * a word found in every other report is "more than cap", not a count that
 * reads a province's year of reports on every keystroke. One statement.
 */
const countEverywhere = async (
  db: Kysely<Schema>,
  filter: SearchFilter,
  kinds: readonly SearchKind[],
  cap: number,
): Promise<ReadonlyMap<SearchKind, number>> => {
  if (kinds.length === 0) return new Map();
  const row = await unprepare(
    db.selectNoFrom((eb) =>
      kinds.map((kind) =>
        eb
          .selectFrom(
            kindEverywhere(db, filter, kind)
              .clearSelect()
              .select("e.id")
              // In rank order, the kind's index: PostgreSQL would scan the table from the start
              // for a common word, through every other kind's rows (0.7 s for one character).
              .limit(cap + 1)
              .as("m"),
          )
          .select(eb.fn.countAll<number | string>().as("n"))
          .as(kind),
      ),
    ),
  ).executeTakeFirstOrThrow();
  return new Map(kinds.map((kind) => [kind, Number(row[kind])]));
};

/** Counts what some units stand in, all kinds at once: a unit's work is a few thousand entries. */
const countInReach = async (
  db: Kysely<Schema>,
  filter: SearchFilter,
  reach: NonNullable<Narrowing>,
  kinds: readonly SearchKind[],
): Promise<ReadonlyMap<SearchKind, number>> => {
  if (kinds.length === 0) return new Map();
  const rows = await unprepare(
    db
      .selectFrom(matchesInReach(db, filter, reach, kinds).as("m"))
      .select(["m.kind", (eb) => eb.fn.countAll<number | string>().as("n")])
      .groupBy("m.kind"),
  ).execute();
  return new Map(rows.map((row) => [row.kind as SearchKind, Number(row.n)]));
};

/** How many entries of each kind match, each kind counted no further than `cap`. */
export const countSearchMatches = async (
  db: Kysely<Schema>,
  filter: SearchFilter,
  cap: number,
): Promise<MatchCounts> => {
  const reach = narrowingOf(filter);
  const kinds = kindsWanted(filter);
  const counted =
    reach === null
      ? await countEverywhere(db, filter, kinds, cap)
      : new Map([
          ...(await countInReach(
            db,
            filter,
            reach,
            kinds.filter((kind) => kind !== "unit"),
          )),
          ...(await countEverywhere(
            db,
            filter,
            kinds.filter((kind) => kind === "unit"),
            cap,
          )),
        ]);
  const found = [...counted].filter(([, n]) => n > 0);
  return {
    byKind: new Map(found.map(([kind, n]) => [kind, Math.min(n, cap)])),
    capped: found.some(([, n]) => n > cap),
  };
};

/**
 * The first `limit` matches in rank order: by kind (SEARCH_KINDS), records
 * newest first, content in the order it was stored. One query per kind, in
 * rank order, until the page is full: the common case (a title or a
 * milestone fills it) never reads the year's reports.
 */
export const findSearchMatches = async (
  db: Kysely<Schema>,
  filter: SearchFilter,
  kinds: readonly SearchKind[],
  limit: number,
): Promise<SearchRow[]> => {
  const found: SearchRow[] = [];
  for (const kind of kindsWanted(filter)) {
    if (found.length >= limit) break;
    if (!kinds.includes(kind)) continue;
    const rows = await unprepare(
      kindMatches(db, filter, kind).limit(limit - found.length),
    ).execute();
    for (const row of rows) found.push(toRow(row));
  }
  return found;
};

/**
 * The tasks a query names by 序号 ("204"), or with a step the milestones
 * ("205（3）"), that the filter lets through: content, so the unit, day and
 * kind filters apply as they do to content.
 */
export const findNumbered = async (
  db: Kysely<Schema>,
  filter: SearchFilter,
  numbering: { readonly taskNo: number; readonly milestoneSeq: number | null },
): Promise<SearchRow[]> => {
  const kind: SearchKind = numbering.milestoneSeq === null ? "task" : "milestone";
  if (filter.from !== undefined || filter.to !== undefined) return [];
  if (filter.kinds !== undefined && !filter.kinds.includes(kind)) return [];
  const tasks = db
    .selectFrom("task_versions as tv")
    .where("tv.no", "=", numbering.taskNo)
    .where("tv.valid_to", "is", null);
  const seq = numbering.milestoneSeq;
  // CROSS JOIN keeps SQLite going from the 序号 to the entries; left alone it walks every
  // milestone entry (80 ms at province size).
  const named =
    seq === null
      ? tasks
          .crossJoin("search_entries as e")
          .where("e.kind", "=", "task")
          .whereRef("e.ref_id", "=", "tv.task_id")
      : tasks
          .crossJoin("milestone_versions as mv")
          .whereRef("mv.task_id", "=", "tv.task_id")
          .where("mv.valid_to", "is", null)
          .where("mv.seq", "=", seq)
          .crossJoin("search_entries as e")
          .where("e.kind", "=", "milestone")
          .whereRef("e.ref_id", "=", "mv.milestone_id");
  // Sorted here, not in SQL: asked to, SQLite walks every milestone entry in id order.
  const rows = await named.select(ROW_COLUMNS).where(scoped(db, filter)).execute();
  return rows.map(toRow).sort((a, b) => a.id - b.id);
};
