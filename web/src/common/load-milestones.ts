import type { Milestone } from "../api.js";
import { fetchAllPages } from "./fetch-all-pages.js";

/** Every milestone GET /api/milestones answers for `query` (plan, unit, status, asOf, …), in table order. */
export const loadAllMilestones = (query: URLSearchParams): Promise<Milestone[]> =>
  fetchAllPages<Milestone>("/api/milestones", query);
