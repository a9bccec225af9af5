import type { Answer } from "../api.js";

/** What GET /api/search answers, as documented. */
export type SearchAnswer = Answer<"/api/search", "get">;
export type SearchHit = SearchAnswer["items"][number];
export type SearchKind = SearchHit["kind"];

/** Where a hit sits in its plan, as the table numbers it: "204", "205（3）". */
export const positionOf = (hit: SearchHit): string | null => {
  if (hit.taskNo === null) return null;
  return hit.milestoneSeq === null
    ? String(hit.taskNo)
    : `${String(hit.taskNo)}（${String(hit.milestoneSeq)}）`;
};
