import type { Plan } from "./plan.js";
import { compactText, foldWidth } from "./normalize-text.js";

/**
 * A title as compared for identity: width variants folded, every space and
 * invisible character dropped, so that a retyped title still matches.
 * (src/db/migrations/0011-plan-identity.ts holds a frozen copy of this rule.)
 */
export const normalizeTitle = (title: string): string => compactText(foldWidth(title));

/**
 * What makes two tables the same plan when no plan is named: year, issuer,
 * owner unit and the title. A table that shares it is only offered as a
 * revision; it becomes one when the plan is named (`planId`).
 */
export const planIdentityKey = (
  plan: Pick<Plan, "year" | "issuer" | "ownerUnit" | "title">,
): string =>
  [plan.year, plan.issuer ?? "", plan.ownerUnit ?? "", normalizeTitle(plan.title)].join("|");

/** The key of a further plan sharing an identity: one per file, so a repeated import finds it. */
export const furtherPlanKey = (identity: string, sha256: string): string => `${identity}|${sha256}`;
