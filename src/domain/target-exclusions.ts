import type { WrittenQuantity } from "./target-quantity.js";
import { startsFrom } from "./target-baseline.js";
import { DURATION_AFTER_GE, ENUMERATION_JOINS, JOINING } from "./target-words.js";
import { insideName } from "./target-clause.js";

/**
 * Why a value written with a unit of measure is not a target, or null when it
 * is one. The rule (README, "Targets: what counts"):
 *
 * - `name`: inside quotation or title marks, it is part of a name (“一件事”);
 * - `ordinal`: after 第 it is a rank (第一批, 第3名);
 * - `rate`: right after 每 it is the base of a rate (每万人口, 每10万人);
 * - `article`: 一 alone before a measure word is the article, not a count (一次, 一个);
 * - `duration`: 个 before 月, 工作日, 季度 … measures time (6个月, 3个工作日);
 * - `description`: 以上/以下/以内 running straight on into a noun describe a
 *   group (65岁以上老年人, 5000万元以上项目);
 * - `recap`: a bare count right after an enumeration of as many items counts
 *   that list (高端装备制造、生物医药与健康、安全应急与环保3个产业集群), the last
 *   item joined on by 和, 及 or 与 or not (高端装备、生物医药和安全应急3个产业集群);
 * - `baseline`: after 从 or 由 and before a rise to another value, it is where
 *   the target starts from (从20家提高至30家: the target is 30).
 *
 * Dates (2022年, 6月30日), durations (三年), "N大" group names (八大, 3大),
 * vague amounts (一批, 若干) and magnitudes with no unit (超千亿) never reach
 * this check: 年, 月, 日, 大 and 批 are not units of measure, 若干 is no number
 * and a bare 千 or 亿 starts none. A number joined to a Latin letter (5G,
 * PM2.5) is part of a name and is not read as a value at all.
 */
export type NotATarget =
  "name" | "ordinal" | "rate" | "article" | "duration" | "description" | "recap" | "baseline";

const HAN = /\p{Script=Han}/u;

const JOINED_ON = new RegExp(`.[${ENUMERATION_JOINS}].`, "u");

/**
 * The counts an enumeration in [from, to) may have: its items at 、, and one
 * more when a 和, 及 or 与 inside the last joins another on ("生物医药和安全应急";
 * "生物医药与健康" may be one item as well). None without a 、: "国家级和省级企业2家"
 * names a kind of firm, not a list.
 */
const enumeratedCounts = (text: string, from: number, to: number): number[] => {
  const items = text.slice(from, to).split("、");
  if (items.length < 2 || items.some((item) => item.trim() === "")) return [];
  const last = (items.at(-1) ?? "").trim();
  return JOINED_ON.test(last) ? [items.length, items.length + 1] : [items.length];
};

export const notATarget = (
  text: string,
  quantity: WrittenQuantity,
  clauseStart: number,
  nextQuantity: WrittenQuantity | undefined,
): NotATarget | null => {
  const previous = text.charAt(quantity.valueStart - 1);
  const next = text.slice(quantity.end);
  if (insideName(text, quantity.start)) return "name";
  if (previous === "第") return "ordinal";
  if (previous === "每") return "rate";
  if (quantity.written === "一" && quantity.measure.comparison !== "range") return "article";
  if (quantity.unitOfMeasure === "个" && DURATION_AFTER_GE.some((word) => next.startsWith(word)))
    return "duration";
  const following = next.charAt(0);
  if (quantity.after !== "" && HAN.test(following) && !JOINING.includes(following))
    return "description";
  if (
    !quantity.compared &&
    quantity.measure.comparison === "reach" &&
    enumeratedCounts(text, clauseStart, quantity.valueStart).includes(quantity.measure.value)
  )
    return "recap";
  if (startsFrom(text, quantity, nextQuantity)) return "baseline";
  return null;
};
