import type { SearchKind } from "./search-answer.js";

/**
 * Each kind as the box's group names it, in the order the API ranks the
 * kinds. Written as i18n's Text ({ zh, en }) without importing it, so that
 * the groups' logic compiles under the server's compiler too (its tests).
 */
export const KIND_LABEL: Readonly<
  Record<SearchKind, { readonly zh: string; readonly en: string }>
> = {
  task: { zh: "任务", en: "Tasks" },
  milestone: { zh: "节点", en: "Milestones" },
  unit: { zh: "单位", en: "Units" },
  instruction: { zh: "批示", en: "Instructions" },
  answer: { zh: "答复", en: "Answers" },
  review: { zh: "审核意见", en: "Review comments" },
  report: { zh: "进展报告", en: "Progress reports" },
  file: { zh: "佐证材料", en: "Evidence files" },
};

/** The groups' order: KIND_LABEL's (an object keeps the order its keys were written in). */
export const KIND_ORDER = Object.keys(KIND_LABEL) as readonly SearchKind[];
