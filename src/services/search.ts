import type { Database } from "../db/database.js";
import { planTitles, placesOf } from "../db/queries/search-context.js";
import {
  countSearchMatches,
  findNumbered,
  findSearchMatches,
  type SearchFilter,
  type SearchRow,
} from "../db/queries/search.js";
import { rebuildSearchIndex } from "../db/queries/search-index.js";
import { unitNamesById } from "../db/queries/units.js";
import { reachOfUnit } from "../db/queries/access.js";
import { writeTransaction } from "../db/write-transaction.js";
import { addDays, dayStartIn, isoDateIn, type IsoDate } from "../domain/iso-date.js";
import { message } from "../domain/message.js";
import { SEARCH_KINDS, type SearchKind } from "../domain/search-kind.js";
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
  readSearchQuery,
  searchFold,
  snippetOf,
  type Highlight,
} from "../domain/search-text.js";
import type { Actor } from "../policies/actor.js";
import { viewerScope } from "./access/viewer-scope.js";
import { DubanError } from "./duban-error.js";
import { plansVisibleTo } from "./plans.js";
import { requireUnitName } from "./units.js";

export interface SearchInput {
  readonly q: string;
  readonly planId?: number;
  /** Only what this unit (with its groups) stands in. */
  readonly unitId?: number;
  /** Records made from this day to that one, both included, where the office is. */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly kind?: SearchKind;
  readonly limit?: number;
  /** Archived plans too (a plan filter names its plan, archived or not). */
  readonly withArchived?: boolean;
}

export interface SearchHit {
  readonly kind: SearchKind;
  /** The row it comes from in its kind's table (a task, a ledger entry, an attachment …). */
  readonly refId: number;
  readonly plan: { readonly id: number; readonly title: string } | null;
  readonly taskId: number | null;
  readonly taskNo: number | null;
  readonly milestoneId: number | null;
  readonly milestoneSeq: number | null;
  /** The unit found by name (kind "unit"); null for the other kinds. */
  readonly unitId: number | null;
  /** The units responsible (content, leads first), or the unit whose record it is. */
  readonly units: readonly string[];
  /** The office day the record was made; null for content and units. */
  readonly day: IsoDate | null;
  /** Whether the query named this task or milestone by its 序号. */
  readonly numbered: boolean;
  readonly snippet: string;
  readonly highlights: readonly Highlight[];
}

export interface SearchResults {
  /** The query as matched: trimmed, full-width folded, lower case. */
  readonly query: string;
  readonly items: readonly SearchHit[];
  /** Matches of each kind the filters let through, however many the limit shows. */
  readonly totals: Readonly<Record<SearchKind, number>>;
  /**
   * Some kind had more than COUNT_CAP matches: counting stopped there, so
   * its total is a lower bound (the box shows "1000+").
   */
  readonly totalsCapped: boolean;
}

/** Matches counted at most, of each kind. */
export const COUNT_CAP = 1000;

const invalid = (field: string, zh: string, en: string): DubanError =>
  new DubanError("search.invalid_query", message(zh, en), { field });

const planNotFound = (planId: number, field: string): DubanError =>
  new DubanError(
    "plan.not_found",
    message(`没有编号为 ${planId} 的计划`, `There is no plan ${planId}`),
    { field },
  );

/** Where each input comes from, for the errors: the API's query string, or the CLI's options. */
export interface SearchFields {
  readonly q: string;
  readonly plan: string;
  readonly unit: string;
  readonly range: string;
  readonly limit: string;
}

export const API_SEARCH_FIELDS: SearchFields = {
  q: "querystring.q",
  plan: "querystring.plan",
  unit: "querystring.unit",
  range: "querystring.to",
  limit: "querystring.limit",
};

/** The filter the input asks for, checked: the query, the plan and unit it names, the days. */
const filterOf = async (
  db: Database,
  actor: Actor,
  input: SearchInput,
  timeZone: string,
  fields: SearchFields,
): Promise<SearchFilter & { readonly numbering: ReturnType<typeof readSearchQuery> }> => {
  const query = readSearchQuery(input.q);
  if (query === null) throw invalid(fields.q, "请输入要查找的内容", "Type something to search for");
  if (query.text.length > MAX_QUERY_LENGTH) {
    throw invalid(
      fields.q,
      `查找内容最多 ${MAX_QUERY_LENGTH} 个字`,
      `A search is at most ${MAX_QUERY_LENGTH} characters`,
    );
  }
  if (input.from !== undefined && input.to !== undefined && input.from > input.to) {
    throw invalid(
      fields.range,
      `结束日期 ${input.to} 早于开始日期 ${input.from}`,
      `The end day ${input.to} is before the start day ${input.from}`,
    );
  }
  const visibleTo = await viewerScope(db, actor);
  if (input.planId !== undefined) {
    const plans = await plansVisibleTo(db, actor, "with_archived");
    if (!plans.some((plan) => plan.id === input.planId))
      throw planNotFound(input.planId, fields.plan);
  }
  if (input.unitId !== undefined) await requireUnitName(db, input.unitId, fields.unit);
  return {
    text: query.text,
    numbering: query,
    visibleTo,
    withArchived: input.withArchived === true,
    ...(input.planId === undefined ? {} : { planId: input.planId }),
    ...(input.unitId === undefined ? {} : { unit: await reachOfUnit(db.kysely, input.unitId) }),
    ...(input.from === undefined ? {} : { from: dayStartIn(input.from, timeZone) }),
    ...(input.to === undefined ? {} : { to: dayStartIn(addDays(input.to, 1), timeZone) }),
    ...(input.kind === undefined ? {} : { kinds: [input.kind] }),
  };
};

/** The page of rows with what each shows: plan, 序号 and step, units, day, snippet. */
const hitsOf = async (
  db: Database,
  rows: readonly SearchRow[],
  query: string,
  numbered: ReadonlySet<number>,
  timeZone: string,
): Promise<SearchHit[]> => {
  const places = await placesOf(
    db.kysely,
    rows.flatMap((row) => (row.taskId === null ? [] : [row.taskId])),
    rows.flatMap((row) => (row.milestoneId === null ? [] : [row.milestoneId])),
  );
  const titles = await planTitles(
    db.kysely,
    rows.flatMap((row) => (row.planId === null ? [] : [row.planId])),
  );
  const unitIdsOf = (row: SearchRow): readonly number[] => {
    if (row.kind === "task" && row.taskId !== null)
      return places.tasks.get(row.taskId)?.unitIds ?? [];
    if (row.kind === "milestone" && row.milestoneId !== null)
      return places.milestones.get(row.milestoneId)?.unitIds ?? [];
    return row.unitId === null ? [] : [row.unitId];
  };
  const names = await unitNamesById(db.kysely, rows.flatMap(unitIdsOf));
  return rows.map((row) => {
    const milestone = row.milestoneId === null ? undefined : places.milestones.get(row.milestoneId);
    const taskId = milestone?.taskId ?? row.taskId;
    const title = row.planId === null ? undefined : titles.get(row.planId);
    const { text, highlights } = snippetOf(row.body, numbered.has(row.id) ? "" : query);
    return {
      kind: row.kind,
      refId: row.refId,
      plan: row.planId === null || title === undefined ? null : { id: row.planId, title },
      taskId,
      taskNo: taskId === null ? null : (places.tasks.get(taskId)?.no ?? null),
      milestoneId: row.milestoneId,
      milestoneSeq: milestone?.seq ?? null,
      unitId: row.kind === "unit" ? row.refId : null,
      units: unitIdsOf(row).flatMap((id) => {
        const name = names.get(id);
        return name === undefined ? [] : [name];
      }),
      day: row.at === null ? null : isoDateIn(new Date(row.at), timeZone),
      numbered: numbered.has(row.id),
      snippet: text,
      highlights,
    };
  });
};

/**
 * Finds what the actor may see: tasks (by title, and by 序号), milestones,
 * unit names, progress reports, review comments, instructions, answers and
 * evidence file names, over the plans in use (archived ones when asked),
 * ranked: what the query names by 序号 first, then by kind (SEARCH_KINDS),
 * records newest first. Every list is narrowed in SQL by the access module.
 */
export const search = async (
  db: Database,
  actor: Actor,
  input: SearchInput,
  timeZone: string,
  fields: SearchFields = API_SEARCH_FIELDS,
): Promise<SearchResults> => {
  const limit = input.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    throw invalid(
      fields.limit,
      `条数应为 1 到 ${MAX_SEARCH_LIMIT} 的整数`,
      `The limit is a whole number from 1 to ${MAX_SEARCH_LIMIT}`,
    );
  }
  const { numbering, ...filter } = await filterOf(db, actor, input, timeZone, fields);
  const exact =
    numbering?.taskNo === null || numbering === null
      ? []
      : await findNumbered(db.kysely, filter, {
          taskNo: numbering.taskNo,
          milestoneSeq: numbering.milestoneSeq,
        });
  const counts = await countSearchMatches(db.kysely, filter, COUNT_CAP);
  // Every kind is counted: those with no match need no query for the page.
  const matched = await findSearchMatches(db.kysely, filter, [...counts.byKind.keys()], limit);
  const exactIds = new Set(exact.map((row) => row.id));
  const rows = [...exact, ...matched.filter((row) => !exactIds.has(row.id))].slice(0, limit);
  const totals = Object.fromEntries(
    SEARCH_KINDS.map((kind) => [kind, counts.byKind.get(kind) ?? 0]),
  ) as Record<SearchKind, number>;
  // A task named by its 序号 whose title does not hold the query is one match more of its kind.
  for (const row of exact) {
    if (!searchFold(row.body).includes(filter.text)) totals[row.kind] += 1;
  }
  return {
    query: filter.text,
    items: await hitsOf(db, rows, filter.text, exactIds, timeZone),
    totals,
    totalsCapped: counts.capped,
  };
};

/**
 * Builds the search index again from the stored data, the shell's
 * maintenance (`duban search --reindex`) as migrating is; the rows indexed.
 */
export const reindexSearch = (db: Database): Promise<number> =>
  writeTransaction(db, rebuildSearchIndex);
