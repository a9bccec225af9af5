import type { Message } from "./message.js";
import { cleanText } from "./normalize-text.js";

/** The years a plan may be filed under: those the command line's --year takes. */
export const MIN_PLAN_YEAR = 1900;
export const MAX_PLAN_YEAR = 2199;

export const isPlanYear = (year: number): boolean =>
  Number.isInteger(year) && year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR;

/**
 * What the office files a plan under, beside its year: the government work
 * report's tasks, the livelihood projects (民生实事), or a special plan named
 * by its subject (营商环境, 安全生产 …). Free text within a bound, so that an
 * office names its own special plans; these are the words it starts from.
 */
export const PLAN_CATEGORIES = ["政府工作报告", "民生实事", "专项工作"] as const;

/** The longest category name: a subject, not a title. */
export const MAX_CATEGORY_LENGTH = 20;

/**
 * The category a title implies, when a plan is first stored: a 民生实事 table
 * by its name, a decomposition of 重点工作 as the work report's, anything
 * else a special plan. (src/db/migrations/0025-carry-over.ts holds a frozen
 * copy of this rule for plans stored before.)
 */
export const categoryOfTitle = (title: string): string => {
  if (title.includes("民生实事")) return "民生实事";
  if (title.includes("政府工作报告") || title.includes("重点工作")) return "政府工作报告";
  return "专项工作";
};

/** A category as the office typed it, cleaned, or what is wrong with it. */
export const readCategory = (
  text: string,
):
  | { readonly ok: true; readonly category: string }
  | { readonly ok: false; readonly problem: Message } => {
  const category = cleanText(text);
  if (category === "") {
    return { ok: false, problem: { zh: "类别不能为空", en: "The category cannot be empty" } };
  }
  if (/\p{Cc}/u.test(category)) {
    return {
      ok: false,
      problem: { zh: "类别只能是一行文字", en: "A category is one line of text" },
    };
  }
  if (Array.from(category).length > MAX_CATEGORY_LENGTH) {
    return {
      ok: false,
      problem: {
        zh: `类别最多 ${MAX_CATEGORY_LENGTH} 个字`,
        en: `A category has at most ${MAX_CATEGORY_LENGTH} characters`,
      },
    };
  }
  return { ok: true, category };
};
