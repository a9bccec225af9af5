import { api } from "../api.js";
import { KIND_ORDER } from "./kind-labels.js";
import type { SearchAnswer, SearchHit, SearchKind } from "./search-answer.js";

/** Results shown at most per kind: the box stays one screen high. */
export const PER_KIND = 8;

export interface SearchGroup {
  readonly kind: SearchKind;
  readonly hits: readonly SearchHit[];
  /** Matches of this kind in all (a lower bound when `capped`). */
  readonly total: number;
}

export interface GroupedResults {
  readonly groups: readonly SearchGroup[];
  /** The server stopped counting: every total is at least what it says. */
  readonly capped: boolean;
}

const searchPath = (q: string, planId: number | null, limit: number, kind?: SearchKind): string => {
  const query = new URLSearchParams({ q, limit: String(limit) });
  if (planId !== null) query.set("plan", String(planId));
  if (kind !== undefined) query.set("kind", kind);
  return `/api/search?${query.toString()}`;
};

const groupOf = (answer: SearchAnswer, kind: SearchKind): SearchGroup => ({
  kind,
  hits: answer.items.filter((hit) => hit.kind === kind).slice(0, PER_KIND),
  total: answer.totals[kind] ?? 0,
});

/**
 * Up to PER_KIND results of every kind that matched. One request brings the
 * ranked page and every kind's total; a kind the higher-ranked kinds crowded
 * out of that page (many tasks hide the reports) is asked for on its own.
 * Units belong to no plan, so a plan's search leaves them out: within a plan
 * they are asked for apart, and open that plan's table filtered by them.
 */
export const searchGrouped = async (q: string, planId: number | null): Promise<GroupedResults> => {
  const [first, units] = await Promise.all([
    api<SearchAnswer>("GET", searchPath(q, planId, PER_KIND * KIND_ORDER.length)),
    planId === null ? null : api<SearchAnswer>("GET", searchPath(q, null, PER_KIND, "unit")),
  ]);
  const groups = await Promise.all(
    KIND_ORDER.map(async (kind): Promise<SearchGroup> => {
      if (kind === "unit" && units !== null) return groupOf(units, kind);
      const group = groupOf(first, kind);
      if (group.hits.length >= Math.min(PER_KIND, group.total)) return group;
      const own = await api<SearchAnswer>("GET", searchPath(q, planId, PER_KIND, kind));
      return { ...groupOf(own, kind), total: Math.max(group.total, own.totals[kind] ?? 0) };
    }),
  );
  return {
    groups: groups.filter((group) => group.hits.length > 0),
    capped: first.totalsCapped || units?.totalsCapped === true,
  };
};
