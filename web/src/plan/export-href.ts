import { milestoneQuery, type Filters } from "./plan-query.js";

/**
 * GET /api/plans/:id/export for what the page shows: the list's query with
 * the export's names. A unit filtered on as lead is its 牵头部分 (the same
 * rows, with the header counts line offices expect) where the viewer may
 * have that part (`asPart`: the office, or the unit itself); any other unit
 * filter stays a filter.
 */
export const exportHref = (
  planId: number,
  filters: Filters,
  format: string,
  asPart: boolean,
): string => {
  const part = asPart && filters.unitRole === "lead";
  const query = new URLSearchParams({ format });
  for (const [key, value] of milestoneQuery(planId, filters)) {
    if (key === "plan" || (key === "role" && part)) continue;
    if (key === "unit") query.set(part ? "unit" : "responsible", value);
    else query.set(key === "q" ? "text" : key, value);
  }
  return `/api/plans/${String(planId)}/export?${query.toString()}`;
};
