import {
  PostgresAdapter,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
} from "kysely";
import { SEARCH_KINDS, type SearchKind } from "../../domain/search-kind.js";
import { TRIGRAM_LENGTH } from "../../domain/search-text.js";
import { containsPattern } from "../like-pattern.js";
import type { SearchEntriesTable, Schema } from "../schema.js";
import { plansInUse } from "./plans.js";
import { narrowedTo, visibleMilestoneIds, visibleTaskIds, type ViewerScope } from "./access.js";

export interface SearchFilter {
  /** The folded query (domain/search-text.ts). */
  readonly text: string;
  readonly visibleTo: ViewerScope;
  readonly planId?: number;
  /** A unit and its groups: only what they stand in. */
  readonly unitIds?: readonly number[];
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

/**
 * The text condition. Three characters and more go through the trigram
 * index (SQLite FTS5's phrase of the query, PostgreSQL's LIKE that pg_trgm
 * serves); shorter ones are a plain substring test over the rows the other
 * conditions leave, since neither index holds anything shorter.
 */
const textMatches = (db: Kysely<Schema>, text: string) => (eb: Entries) => {
  const postgres = isPostgres(db);
  // Characters, not UTF-16 units: the trigram tokenizer counts a rare ideograph once.
  if (Array.from(text).length < TRIGRAM_LENGTH) {
    return postgres
      ? sql<SqlBool>`strpos(${eb.ref("e.norm")}, ${text}) > 0`
      : sql<SqlBool>`instr(${eb.ref("e.norm")}, ${text}) > 0`;
  }
  return postgres
    ? sql<SqlBool>`${eb.ref("e.norm")} like ${containsPattern(text)} escape '\\'`
    : sql<SqlBool>`${eb.ref("e.id")} in (select rowid from search_fts where search_fts match ${`"${text.replaceAll('"', '""')}"`})`;
};

/** What the units stand in: milestone records by the milestone, the rest by the task. */
const concerning = (db: Kysely<Schema>, eb: Entries, unitIds: readonly number[]) =>
  eb.or([
    eb("e.milestone_id", "in", visibleMilestoneIds(db, unitIds)),
    eb.and([eb("e.milestone_id", "is", null), eb("e.task_id", "in", visibleTaskIds(db, unitIds))]),
  ]);

/** Every condition but the text: who sees what, and the filters. */
const scoped = (db: Kysely<Schema>, filter: Omit<SearchFilter, "text">) => (eb: Entries) => {
  const all: Expression<SqlBool>[] = [];
  const units = narrowedTo(filter.visibleTo);
  // Unit names are for everyone signed in; everything else is what the viewer's units stand in.
  if (units !== null) all.push(eb.or([eb("e.kind", "=", "unit"), concerning(db, eb, units)]));
  if (filter.unitIds !== undefined) all.push(concerning(db, eb, filter.unitIds));
  if (filter.planId !== undefined) all.push(eb("e.plan_id", "=", filter.planId));
  else if (!filter.withArchived)
    all.push(eb.or([eb("e.plan_id", "is", null), eb("e.plan_id", "in", plansInUse(db))]));
  if (filter.from !== undefined) all.push(eb("e.at", ">=", filter.from));
  if (filter.to !== undefined) all.push(eb("e.at", "<", filter.to));
  if (filter.kinds !== undefined) all.push(eb("e.kind", "in", filter.kinds));
  return eb.and(all);
};

const conditions = (db: Kysely<Schema>, filter: SearchFilter) => (eb: Entries) =>
  eb.and([textMatches(db, filter.text)(eb), scoped(db, filter)(eb)]);

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

export interface MatchCounts {
  /** Matches of each kind (kinds with none left out). */
  readonly byKind: ReadonlyMap<SearchKind, number>;
  /** More than `cap` matched: the counts are of the first `cap` + 1 only, lower bounds. */
  readonly capped: boolean;
}

/**
 * How many entries of each kind match, counting no further than `cap` in
 * all: a word found in every other report is "more than cap", not a count
 * that reads a province's year of reports on every keystroke.
 */
export const countSearchMatches = async (
  db: Kysely<Schema>,
  filter: SearchFilter,
  cap: number,
): Promise<MatchCounts> => {
  const rows = await db
    .selectFrom(
      db
        .selectFrom("search_entries as e")
        .select("e.kind")
        .where(conditions(db, filter))
        .limit(cap + 1)
        .as("m"),
    )
    .select(["m.kind", (eb) => eb.fn.countAll<number | string>().as("n")])
    .groupBy("m.kind")
    .execute();
  const byKind = new Map(rows.map((row) => [row.kind as SearchKind, Number(row.n)]));
  return { byKind, capped: [...byKind.values()].reduce((a, b) => a + b, 0) > cap };
};

/**
 * The first `limit` matches in rank order: by kind (SEARCH_KINDS), records
 * newest first, content in the order it was stored (the table's order).
 * One query per kind, in rank order, until the page is full: the common
 * case (a title or a milestone fills it) never sorts the year's reports.
 */
export const findSearchMatches = async (
  db: Kysely<Schema>,
  filter: SearchFilter,
  kinds: readonly SearchKind[],
  limit: number,
): Promise<SearchRow[]> => {
  const found: SearchRow[] = [];
  for (const kind of SEARCH_KINDS) {
    if (found.length >= limit) break;
    if (!kinds.includes(kind)) continue;
    const rows = await db
      .selectFrom("search_entries as e")
      .select(ROW_COLUMNS)
      .where("e.kind", "=", kind)
      .where(conditions(db, filter))
      .orderBy("e.at", "desc")
      .orderBy("e.id")
      .limit(limit - found.length)
      .execute();
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
    .selectFrom("task_versions")
    .select("task_id")
    .where("valid_to", "is", null)
    .where("no", "=", numbering.taskNo);
  const rows = await db
    .selectFrom("search_entries as e")
    .select(ROW_COLUMNS)
    .where("e.kind", "=", kind)
    .where("e.task_id", "in", tasks)
    .$if(numbering.milestoneSeq !== null, (q) =>
      q.where(
        "e.milestone_id",
        "in",
        db
          .selectFrom("milestone_versions")
          .select("milestone_id")
          .where("valid_to", "is", null)
          .where("seq", "=", numbering.milestoneSeq),
      ),
    )
    .where(scoped(db, filter))
    .orderBy("e.id")
    .execute();
  return rows.map(toRow);
};
