import { NO_FILTERS, type Filters } from "../plan/plan-query.js";

/** The plan table filtered by 序号 (or any text) or by a unit: the links the search box follows. */
export const planTableLink = (filter: { q?: string; unit?: number }): string => {
  const query = new URLSearchParams();
  if (filter.q !== undefined) query.set("q", filter.q);
  if (filter.unit !== undefined) query.set("unit", String(filter.unit));
  return `/plan?${query.toString()}`;
};

/** The table's filters a link asks for (`?q=204`, `?unit=7`); none without one. */
export const filtersOfLink = (search: string): Filters => {
  const query = new URLSearchParams(search);
  const unit = Number(query.get("unit"));
  return {
    ...NO_FILTERS,
    text: query.get("q")?.trim() ?? "",
    unitId: Number.isInteger(unit) && unit > 0 ? unit : null,
  };
};
