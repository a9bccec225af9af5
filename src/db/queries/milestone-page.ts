import { sql, type Kysely, type RawBuilder } from "kysely";
import { LIGHT_ORDER, STATUS_ORDER, type MilestoneStatus } from "../../domain/milestone-status.js";
import type { Schema } from "../schema.js";
import { plansInUse } from "./plans.js";
import {
  filteredMilestones,
  MILESTONE_ROW_COLUMNS,
  milestoneRowOf,
  type MilestoneRow,
  type MilestoneRowFilter,
} from "./milestone-rows.js";
import type { StoredFold } from "./milestone-status.js";
import { statusSql, type StatusDay } from "./status-today.js";

/**
 * The plan table's column sorts: 序号 (position), 完成时限 (due), status
 * (the worst light first) and 责任单位 (lead first), each either way ("-" reverses).
 */
export const MILESTONE_SORTS = [
  "position",
  "-position",
  "due",
  "-due",
  "status",
  "-status",
  "unit",
  "-unit",
] as const;
export type MilestoneSort = (typeof MILESTONE_SORTS)[number];

export interface MilestonePageQuery extends MilestoneRowFilter {
  readonly statuses?: readonly MilestoneStatus[];
  readonly sort: MilestoneSort;
  /**
   * For a unit sort: each unit's place in the reader's order, as text that
   * sorts alike byte by byte (units the collator finds equal share one).
   */
  readonly unitKeys?: ReadonlyMap<number, string>;
}

/** A milestone of a page with its stored fold (all null when it has none): what rates it in full. */
export interface PagedMilestone {
  readonly row: MilestoneRow;
  readonly fold: Omit<StoredFold, "lastEffectiveOn">;
}

/** Rows to skip and to take; null takes every row. */
export type RowWindow = { readonly offset: number; readonly limit: number } | null;

/** `case <column> when k then v … end` over a small constant map. */
const caseOf = <V extends string | number>(
  column: RawBuilder<unknown>,
  values: ReadonlyMap<string | number, V>,
): RawBuilder<V | null> =>
  values.size === 0
    ? sql<null>`null`
    : sql<V>`(case ${column} ${sql.join(
        [...values].map(([key, value]) => sql`when ${sql.lit(key)} then ${sql.lit(value)}`),
        sql` `,
      )} end)`;

/**
 * The 责任单位 cell as a sort key: its units' keys, lead units first, then
 * the others in the table's order (as unitColumnTexts joins their names),
 * so that comparing keys compares the cells name by name; null without units.
 */
const unitCellKey = (unitKeys: ReadonlyMap<number, string>) =>
  sql<string | null>`(select string_agg(${caseOf(sql`cu.unit_id`, unitKeys)}, ''
    order by case when cu.role = 'lead' then 0 else 1 end, cu.position)
    from milestone_units cu where cu.milestone_version_id = mv.id)`;

const lastWhenNull = (column: string) =>
  sql`case when ${sql.ref(column)} is null then 1 else 0 end`;

/** The ORDER BY of a sort over the page query's columns: the JS comparators' order, ties included. */
const orderOf = (sort: MilestoneSort): RawBuilder<unknown>[] => {
  const direction = sort.startsWith("-") ? sql`desc` : sql`asc`;
  const position = [sql`s.plan_id`, sql`s.task_position`, sql`s.position`, sql`s.id`];
  const byDueAscending = [lastWhenNull("s.due"), sql`s.due`, ...position];
  switch (sort) {
    case "position":
    case "-position":
      return position.map((column) => sql`${column} ${direction}`);
    case "due":
    case "-due":
      return [lastWhenNull("s.due"), sql`s.due ${direction}`, ...position];
    case "status":
    case "-status":
      return [
        sql`${caseOf(sql`s.light`, new Map(Object.entries(LIGHT_ORDER)))} ${direction}`,
        sql`${caseOf(sql`s.status`, new Map(Object.entries(STATUS_ORDER)))} ${direction}`,
        ...byDueAscending,
      ];
    case "unit":
    case "-unit":
      return [lastWhenNull("s.unit_key"), sql`s.unit_key ${direction}`, ...position];
  }
};

/**
 * The current milestones matching the query on the day `day` describes
 * (only a day the stored folds answer for: services/status-today.ts), with
 * today's status filtered in SQL, in the sort's order: one window of them
 * in full with their stored folds, and how many match in all. One
 * statement, or two when the window lies past the last match.
 */
export const milestonePage = async (
  db: Kysely<Schema>,
  day: StatusDay,
  query: MilestonePageQuery,
  window: RowWindow,
): Promise<{ readonly rows: PagedMilestone[]; readonly total: number }> => {
  if (day.plans.size === 0) return { rows: [], total: 0 };
  const { due, status, light } = statusSql(day);
  const unitSort = query.sort === "unit" || query.sort === "-unit";
  const matching = db
    .selectFrom(
      filteredMilestones(db, query)
        .leftJoin("milestone_status as ms", "ms.milestone_id", "mv.milestone_id")
        .where("mv.plan_id", "in", [...day.plans.keys()])
        .select([
          ...MILESTONE_ROW_COLUMNS,
          "ms.last_reported_on",
          "ms.acknowledged_on",
          "ms.completed_on",
          "ms.extended_due",
          due.as("due"),
          status.as("status"),
          light.as("light"),
          (unitSort ? unitCellKey(query.unitKeys ?? new Map()) : sql<null>`null`).as("unit_key"),
        ])
        .as("s"),
    )
    .$if(query.statuses !== undefined, (q) => q.where("s.status", "in", query.statuses ?? []));
  const rows = await matching
    .selectAll("s")
    .select(sql<number | string>`count(*) over ()`.as("total"))
    .orderBy(sql.join(orderOf(query.sort)))
    .$if(window !== null, (q) => q.limit(window?.limit ?? 0).offset(window?.offset ?? 0))
    .execute();
  const total =
    rows[0]?.total ??
    (window === null || window.offset === 0
      ? 0
      : ((
          await matching
            .select((eb) => eb.fn.countAll<number | string>().as("total"))
            .executeTakeFirst()
        )?.total ?? 0));
  return {
    rows: rows.map((row) => ({
      row: milestoneRowOf(row),
      fold: {
        lastReportedOn: row.last_reported_on,
        acknowledgedOn: row.acknowledged_on,
        completedOn: row.completed_on,
        extendedDue: row.extended_due,
      },
    })),
    total: Number(total),
  };
};

/** Every unit's id and name: what a unit sort ranks. */
export const everyUnitName = (db: Kysely<Schema>) =>
  db.selectFrom("units").select(["id", "name"]).execute();

/** The ids of the plans in use: the plans a list without a plan filter shows. */
export const planIdsInUse = async (db: Kysely<Schema>): Promise<number[]> =>
  (await plansInUse(db).execute()).map((row) => row.id);
