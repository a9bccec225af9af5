import dayjs from "dayjs";
import type { paths } from "../api-schema.js";

/** What the plan table shows: its filters and its as-of day. */
export interface Filters {
  readonly unitId: number | null;
  /** With unitId: where it leads, where it cooperates, or either. */
  readonly unitRole: "lead" | "cooperating" | null;
  readonly status: string | null;
  /** YYYY-MM: milestones due that month. */
  readonly month: string | null;
  readonly text: string;
  /** YYYY-MM-DD; null: the server's today. */
  readonly asOf: string | null;
}

export const NO_FILTERS: Filters = {
  unitId: null,
  unitRole: null,
  status: null,
  month: null,
  text: "",
  asOf: null,
};

/** The server's sorts: the table is read page by page, so the server orders it. */
export type PlanSort = NonNullable<
  NonNullable<paths["/api/milestones"]["get"]["parameters"]["query"]>["sort"]
>;

/** The columns that sort, by their key, and the server's sort for each. */
export const SORTABLE_COLUMNS = {
  no: "position",
  units: "unit",
  due: "due",
  status: "status",
} as const satisfies Record<string, PlanSort>;
export type SortableColumn = keyof typeof SORTABLE_COLUMNS;

export const isSortableColumn = (key: unknown): key is SortableColumn =>
  typeof key === "string" && key in SORTABLE_COLUMNS;

/** A column sorted one way or the other; the table's own order when none is. */
export interface ColumnSort {
  readonly column: SortableColumn;
  readonly descending: boolean;
}

export const sortParameter = (sort: ColumnSort | null): PlanSort => {
  if (sort === null) return "position";
  const ascending = SORTABLE_COLUMNS[sort.column];
  return sort.descending ? `-${ascending}` : ascending;
};

/** The query of GET /api/milestones for these filters. */
export const milestoneQuery = (planId: number, filters: Filters): URLSearchParams => {
  const query = new URLSearchParams({ plan: String(planId) });
  if (filters.unitId !== null) query.set("unit", String(filters.unitId));
  if (filters.unitId !== null && filters.unitRole !== null) query.set("role", filters.unitRole);
  if (filters.status !== null) query.set("status", filters.status);
  if (filters.text !== "") query.set("q", filters.text);
  if (filters.asOf !== null) query.set("asOf", filters.asOf);
  if (filters.month !== null) {
    const month = dayjs(`${filters.month}-01`);
    query.set("dueFrom", month.format("YYYY-MM-DD"));
    query.set("dueTo", month.endOf("month").format("YYYY-MM-DD"));
  }
  return query;
};
