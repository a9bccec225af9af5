import type { MilestoneRemoval } from "../services/import-removals.js";
import type { PlanMatch } from "../services/import-target.js";
import type { Language } from "./language.js";

const SAY = {
  zh: {
    heading: (n: number) => `将删除${String(n)}个有办理记录的节点计划：`,
    has: (r: MilestoneRemoval) =>
      `记录${String(r.entries)}条、佐证${String(r.attachments)}个、待审申请${String(r.openRequests)}个`,
    confirm: "确认删除请加 --confirm-removals（待审申请将撤回）",
    match: (m: PlanMatch) =>
      `已有同名计划 #${String(m.planId)}「${m.title}」（第${String(m.revision)}版）；本表导入为新计划。如是它的新版本，请加 --plan ${String(m.planId)}`,
  },
  en: {
    heading: (n: number) => `${String(n)} milestones with records would be removed:`,
    has: (r: MilestoneRemoval) =>
      `${String(r.entries)} history entries, ${String(r.attachments)} evidence files, ${String(r.openRequests)} open requests`,
    confirm: "add --confirm-removals to remove them (their open requests are withdrawn)",
    match: (m: PlanMatch) =>
      `plan #${String(m.planId)} "${m.title}" (revision ${String(m.revision)}) has the same title; this table becomes a new plan. If it revises that plan, add --plan ${String(m.planId)}`,
  },
} as const;

/** The milestones a revision would remove although they have records, each with what it has. */
export const renderRemovals = (
  removals: readonly MilestoneRemoval[],
  language: Language,
  needsConfirmation: boolean,
): string => {
  if (removals.length === 0) return "";
  const say = SAY[language];
  const lines = [say.heading(removals.length)];
  for (const r of removals) {
    const at = `${r.taskNo === null ? "" : String(r.taskNo)}（${r.seq === null ? "" : String(r.seq)}）`;
    lines.push(`  #${String(r.milestoneId)} ${at} ${r.text}: ${say.has(r)}`);
  }
  if (needsConfirmation) lines.push(say.confirm);
  return lines.map((line) => `${line}\n`).join("");
};

/** A plan of the same title that the table did not revise, and how to revise it. */
export const renderMatch = (match: PlanMatch | null, language: Language): string =>
  match === null ? "" : `${SAY[language].match(match)}\n`;
