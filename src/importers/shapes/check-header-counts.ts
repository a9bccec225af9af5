import type { Diagnostic, SourceLocation } from "../../domain/diagnostic.js";
import type { Plan } from "../../domain/plan.js";
import { sliceOf } from "../../domain/slice.js";
import { diagnostic } from "../build-diagnostic.js";

/** A slice states how much its unit leads; a table that disagrees with itself is worth a look. */
export const checkHeaderCounts = (plan: Plan, location: SourceLocation): Diagnostic[] => {
  if (plan.ownerUnit === null || plan.headerCounts === null) return [];
  const stated = plan.headerCounts;
  const counted = sliceOf(plan, plan.ownerUnit).headerCounts;
  if (stated.leadTasks === counted.leadTasks && stated.leadMilestones === counted.leadMilestones) {
    return [];
  }
  return [
    diagnostic(
      "warning",
      "plan.header_counts_mismatch",
      { ...location, text: plan.subtitle ?? "" },
      `表头写明牵头任务 ${stated.leadTasks} 项、节点计划 ${stated.leadMilestones} 项，表中实际为 ${counted.leadTasks} 项、${counted.leadMilestones} 项`,
      `The header states ${stated.leadTasks} lead tasks and ${stated.leadMilestones} lead milestones; the table holds ${counted.leadTasks} and ${counted.leadMilestones}`,
    ),
  ];
};
