import { milestoneCount, type Plan } from "../domain/plan.js";
import type { Language } from "./language.js";

/** Title, subtitle and a count line above the table. */
export const renderPlanHeading = (plan: Plan, language: Language): string => {
  const tasks = plan.tasks.length;
  const milestones = milestoneCount(plan);
  const summary =
    language === "zh"
      ? `${plan.year}年 · ${plan.ownerUnit === null ? "总表" : `${plan.ownerUnit}牵头部分`} · 任务 ${tasks} 项 · 节点计划 ${milestones} 项`
      : `${plan.year} · ${plan.ownerUnit === null ? "master table" : `slice of ${plan.ownerUnit}`} · ${tasks} tasks · ${milestones} milestones`;
  return [plan.title, plan.subtitle, summary]
    .filter((line) => line !== null)
    .map((line) => `${line}\n`)
    .join("");
};
