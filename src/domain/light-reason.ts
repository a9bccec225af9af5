import { daysBetween, type IsoDate } from "./iso-date.js";
import type { StatusAsOf } from "./milestone-status.js";

/**
 * Why a milestone's light is what it is on a day: the first that applies.
 * Done is not a light: a done milestone says so instead.
 */
export type LightReason =
  | { readonly code: "done" }
  | { readonly code: "overdue"; readonly days: number }
  | { readonly code: "due_soon"; readonly days: number }
  | { readonly code: "report_missing" }
  | { readonly code: "normal" };

/**
 * The reason behind the light (DESIGN "Status, as of a date"): red for
 * overdue, yellow for due soon or a missing periodic report, green otherwise;
 * done for a done milestone, which has no light.
 * `days` counts calendar days past or before the due date in force.
 */
export const lightReason = (
  state: Pick<StatusAsOf, "status" | "due"> & { readonly reportMissing: boolean },
  asOf: IsoDate,
): LightReason => {
  if (state.status === "done") return { code: "done" };
  if (state.status === "overdue" && state.due !== null) {
    return { code: "overdue", days: daysBetween(state.due, asOf) };
  }
  if (state.status === "due_soon" && state.due !== null) {
    return { code: "due_soon", days: daysBetween(asOf, state.due) };
  }
  if (state.reportMissing) return { code: "report_missing" };
  return { code: "normal" };
};

/**
 * The reason as an office writes it in a table, the one wording of every
 * screen, export and bulletin: 逾期12天, 临期（还剩3天）, 未按时报送, 正常, 已完成.
 */
export const lightReasonText = (reason: LightReason): string => {
  switch (reason.code) {
    case "done":
      return "已完成";
    case "overdue":
      return `逾期${String(reason.days)}天`;
    case "due_soon":
      return reason.days === 0 ? "临期（今日到期）" : `临期（还剩${String(reason.days)}天）`;
    case "report_missing":
      return "未按时报送";
    case "normal":
      return "正常";
  }
};
