import type { Answer } from "../api.js";

export type PlanDistributions = Answer<"/api/plans/{id}/distributions", "get">;
export type Distribution = PlanDistributions["items"][number];
export type DistributionPart = Distribution["units"][number];

export const distributionsPath = (planId: number): string =>
  `/api/plans/${String(planId)}/distributions`;

/** Units of a distribution that no channel reached: what 重发 sends again. */
export const unreached = (distribution: Distribution | undefined): readonly DistributionPart[] =>
  distribution?.units.filter((part) => !part.received) ?? [];
