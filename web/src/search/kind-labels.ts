import type { Text } from "../i18n.js";
import type { SearchKind } from "./search-answer.js";

/** Each kind as the box's group names it. */
export const KIND_LABEL: Readonly<Record<SearchKind, Text>> = {
  task: { zh: "任务", en: "Tasks" },
  milestone: { zh: "节点", en: "Milestones" },
  unit: { zh: "单位", en: "Units" },
  instruction: { zh: "批示", en: "Instructions" },
  answer: { zh: "答复", en: "Answers" },
  review: { zh: "审核意见", en: "Review comments" },
  report: { zh: "进展报告", en: "Progress reports" },
  file: { zh: "佐证材料", en: "Evidence files" },
};
