import type { Answer } from "../api.js";
import type { Text } from "../i18n.js";

/** What GET /api/search answers, as documented. */
export type SearchAnswer = Answer<"/api/search", "get">;
export type SearchHit = SearchAnswer["items"][number];
export type SearchKind = SearchHit["kind"];

/** Each kind as the box's group names it, in the order the API ranks them. */
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

/** The groups' order: KIND_LABEL's (an object keeps the order its keys were written in). */
export const KIND_ORDER = Object.keys(KIND_LABEL) as readonly SearchKind[];

/** Where a hit sits in its plan, as the table numbers it: "204", "205（3）". */
export const positionOf = (hit: SearchHit): string | null => {
  if (hit.taskNo === null) return null;
  return hit.milestoneSeq === null
    ? String(hit.taskNo)
    : `${String(hit.taskNo)}（${String(hit.milestoneSeq)}）`;
};
