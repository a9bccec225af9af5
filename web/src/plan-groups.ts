import type { PlanListItem } from "./plan-context.js";

/** The categories offices file most plans under, first in each year; others follow by name. */
export const USUAL_CATEGORIES = ["政府工作报告", "民生实事", "专项工作"] as const;

export interface PlanGroup {
  readonly year: number;
  readonly category: string;
  readonly plans: readonly PlanListItem[];
}

const categoryRank = (category: string): number => {
  const usual = (USUAL_CATEGORIES as readonly string[]).indexOf(category);
  return usual === -1 ? USUAL_CATEGORIES.length : usual;
};

/** Plans grouped by year (newest first), then category; each group keeps the list's order. */
export const groupPlans = (plans: readonly PlanListItem[]): PlanGroup[] => {
  const groups = new Map<string, { year: number; category: string; plans: PlanListItem[] }>();
  for (const plan of plans) {
    const key = `${String(plan.year)}\u0000${plan.category}`;
    const group = groups.get(key) ?? { year: plan.year, category: plan.category, plans: [] };
    group.plans.push(plan);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.year - a.year ||
      categoryRank(a.category) - categoryRank(b.category) ||
      a.category.localeCompare(b.category, "zh-CN"),
  );
};

/** "2022年 · 政府工作报告": a group's heading. */
export const groupLabel = (group: Pick<PlanGroup, "year" | "category">): string =>
  `${String(group.year)}年 · ${group.category}`;
