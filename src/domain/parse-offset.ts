import { message, type Message } from "./message.js";
import { chineseNumeralValue, compactText, foldWidth } from "./normalize-text.js";
import type { Offset } from "./work-calendar.js";

/** Which side of the due day an offset points to. */
export type OffsetDirection = "before" | "after";

export type ParsedOffset =
  | { readonly ok: true; readonly offset: Offset; readonly direction: OffsetDirection }
  | { readonly ok: false; readonly message: Message };

/** The largest amount accepted: a warning a year and more ahead is a typing mistake. */
export const MAX_OFFSET_AMOUNT = 366;

// What the distance is counted from, when the text says: 到期前, 截止日后.
const ANCHOR = String.raw`(?:到期日?|截止日?|期限|时限|完成时限|节点)?`;
const AMOUNT = String.raw`(?<amount>\d{1,4}|[〇零一二两三四五六七八九十百]{1,4})`;
const UNIT = String.raw`(?<unit>个?工作日|个?工作天|个?自然日|个?日历日|天|日|个?(?:周|星期|礼拜))`;
const BEFORE_PREFIX = String.raw`提前|${ANCHOR}(?:前|之前)`;
const AFTER_PREFIX = String.raw`逾期后?|超期后?|延后|${ANCHOR}(?:后|之后)`;

const PATTERN = new RegExp(
  String.raw`^(?:(?<beforePrefix>${BEFORE_PREFIX})|(?<afterPrefix>${AFTER_PREFIX})|${ANCHOR})` +
    String.raw`${AMOUNT}${UNIT}` +
    String.raw`(?:(?<beforeSuffix>前|之前|以前)|(?<afterSuffix>后|之后|以后))?` +
    // "到期前3个工作日提醒": the purpose may follow.
    String.raw`(?:提醒|催办|预警|通知)?$`,
);

const fail = (zh: string, en: string): ParsedOffset => ({ ok: false, message: message(zh, en) });

const amountOf = (written: string): number =>
  /^\d+$/.test(written) ? Number(written) : (chineseNumeralValue(written) ?? Number.NaN);

/**
 * Reads an offset as office documents write one: "3个工作日前", "前3个工作日",
 * "三个工作日前", "提前7天", "7日前", "15天前", "到期后1个工作日", "逾期3天",
 * "提前一周". Full-width digits and Chinese numerals are read; a week is seven
 * calendar days. A repetition ("逾期后每周") or a month is not a distance
 * from a day, and neither is a text that does not say before or after.
 */
export const parseOffset = (text: string): ParsedOffset => {
  const folded = foldWidth(compactText(text)).replace(/[。．.，,；;]+$/, "");
  if (folded === "") return fail("没有填写提前或延后的时间", "No offset was given");
  if (/每|隔/.test(folded)) {
    return fail(
      `「${text}」是周期性提醒，不是距到期日的时间`,
      `"${text}" repeats; it is not a distance from the due day`,
    );
  }
  if (/月\d{1,2}[日号]|月[底末]|年[底末]|季度|旬/.test(folded)) {
    return fail(
      `「${text}」是日期，不是距到期日的时间`,
      `"${text}" is a date, not a distance from the due day`,
    );
  }
  if (/月|年/.test(folded)) {
    return fail(
      `「${text}」以月或年计，请改用天数或工作日数`,
      `"${text}" counts months or years; give days or working days`,
    );
  }
  const groups = PATTERN.exec(folded)?.groups;
  if (groups === undefined) {
    return fail(
      `无法识别「${text}」，请写成“3个工作日前”“提前7天”或“到期后1个工作日”`,
      `"${text}" is not an offset such as "3个工作日前", "提前7天" or "到期后1个工作日"`,
    );
  }
  const before = groups.beforePrefix !== undefined || groups.beforeSuffix !== undefined;
  const after = groups.afterPrefix !== undefined || groups.afterSuffix !== undefined;
  if (before === after) {
    return fail(
      before ? `「${text}」既写了之前又写了之后` : `「${text}」没有写明是到期前还是到期后`,
      before
        ? `"${text}" says both before and after`
        : `"${text}" does not say whether before or after the due day`,
    );
  }
  const written = groups.amount ?? "";
  const unitText = groups.unit ?? "";
  const weeks = /周|星期|礼拜/.test(unitText);
  const amount = amountOf(written) * (weeks ? 7 : 1);
  if (!Number.isInteger(amount) || amount < 1 || amount > MAX_OFFSET_AMOUNT) {
    return fail(
      `「${text}」的天数应在1到${MAX_OFFSET_AMOUNT}之间`,
      `"${text}": the number of days must be from 1 to ${MAX_OFFSET_AMOUNT}`,
    );
  }
  const unit = /工作/.test(unitText) ? "working_day" : "calendar_day";
  return { ok: true, offset: { amount, unit }, direction: before ? "before" : "after" };
};

/** The offset in the usual words: "3个工作日前", "到期后7天". */
export const describeOffset = (offset: Offset, direction: OffsetDirection): string => {
  const span = offset.unit === "working_day" ? `${offset.amount}个工作日` : `${offset.amount}天`;
  return direction === "before" ? `${span}前` : `到期后${span}`;
};
