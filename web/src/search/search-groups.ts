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

/**
 * Up to PER_KIND results of every kind that matched. One request brings the
 * ranked page and every kind's total; a kind the higher-ranked kinds crowded
 * out of that page (many tasks hide the reports) is asked for on its own.
 */
export const searchGrouped = async (q: string, planId: number | null): Promise<GroupedResults> => {
  const first = await api<SearchAnswer>("GET", searchPath(q, planId, PER_KIND * KIND_ORDER.length));
  const groups = await Promise.all(
    KIND_ORDER.map(async (kind): Promise<SearchGroup> => {
      const total = first.totals[kind] ?? 0;
      const hits = first.items.filter((hit) => hit.kind === kind).slice(0, PER_KIND);
      if (hits.length >= Math.min(PER_KIND, total)) return { kind, hits, total };
      const own = await api<SearchAnswer>("GET", searchPath(q, planId, PER_KIND, kind));
      return { kind, hits: own.items, total: Math.max(total, own.totals[kind] ?? 0) };
    }),
  );
  return { groups: groups.filter((group) => group.hits.length > 0), capped: first.totalsCapped };
};
