import type { IsoDate } from "./iso-date.js";

/** The stretch of time an "end of …" deadline closes. */
export type Period = "month" | "quarter" | "half_year" | "year" | "ten_days";

/** How often a recurring deadline comes back. */
export type Recurrence = "month" | "quarter" | "half_year" | "year";

/**
 * A 完成时限 as written, mapped to the rule it states. A date or period end
 * may name the event it is the deadline of ("5月底前动工": `event` 动工). `text` is always kept
 * exactly as the table wrote it, so exports can show the original wording.
 */
export type Deadline =
  /** A named day: "12月15日", "2022年6月30日". */
  | {
      readonly kind: "date";
      readonly text: string;
      readonly date: IsoDate;
      readonly event?: string;
    }
  /**
   * The end of a period: "6月底前" (month), "第三季度" (quarter), "上半年"
   * (half year), "年底前" / "2022—2023年" (year), "12月中旬" (ten days).
   * `date` is the last day of the period; `start` the first day of a span
   * such as "2022—2023年".
   */
  | {
      readonly kind: "period_end";
      readonly text: string;
      readonly period: Period;
      readonly date: IsoDate;
      readonly start?: IsoDate;
      readonly event?: string;
    }
  /**
   * Comes back every period: "每季度", "每月25日前". `day` is the day of the
   * period's last month it falls on; "end" for the period's last day.
   */
  | {
      readonly kind: "recurring";
      readonly text: string;
      readonly every: Recurrence;
      readonly day: number | "end";
    }
  /** No due date, but periodic reports still apply: "持续推进", "长期坚持". */
  | { readonly kind: "ongoing"; readonly text: string }
  /** The table gives no deadline for the milestone. */
  | { readonly kind: "none" };

/** The single due date a deadline fixes, or null for recurring, ongoing and absent ones. */
export const dueDateOf = (deadline: Deadline): IsoDate | null =>
  deadline.kind === "date" || deadline.kind === "period_end" ? deadline.date : null;

/** The deadline as written, or the empty string when there is none. */
export const deadlineText = (deadline: Deadline): string =>
  deadline.kind === "none" ? "" : deadline.text;
