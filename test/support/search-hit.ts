import type { SearchHit } from "../../web/src/search/search-answer.js";

/** A result of GET /api/search as the web app reads it: task 204 of plan 2, with `over` on top. */
export const searchHit = (over: Partial<SearchHit> = {}): SearchHit => ({
  kind: "task",
  refId: 1,
  plan: { id: 2, title: "计划" },
  taskId: 10,
  taskNo: 204,
  milestoneId: null,
  milestoneSeq: null,
  unitId: null,
  units: [],
  day: null,
  numbered: false,
  snippet: "",
  highlights: [],
  ...over,
});
