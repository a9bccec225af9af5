import type { Deadline } from "./deadline.js";
import { COMPLETION, DEADLINE_RULES, EVENT } from "./deadline-patterns.js";
import { message, type Message } from "./message.js";
import { cleanText, foldWidth } from "./normalize-text.js";

export type DeadlineParse =
  | { readonly ok: true; readonly deadline: Deadline }
  | { readonly ok: false; readonly message: Message };

// Wrapping brackets and a closing full stop carry no meaning; 前 / 之前 / 以前
// and 完成 only restate that the day is a deadline ("6月底前完成" = "6月底").
const CLOSING_PUNCTUATION = /[。.,;、]+$/;
const ENCLOSED = /^[([〔【](.*)[)\]〕】]$/;
const DASHES = /[-‐‑‒–—―−~〜至]+/g;
const DEADLINE_WORDS = new RegExp(`(?:之前|以前|前)?(?:${COMPLETION})?$`);
/** The event a deadline is for, written after it: "5月底前动工" → 动工. */
const EVENT_AFTER = new RegExp(`(?:之前|以前|前)?(?<event>${EVENT})$`);

/** The text reduced to what the rules match (one width, no spaces, one dash), and its event. */
const matchable = (text: string): { target: string; event: string | undefined } => {
  const folded = foldWidth(cleanText(text)).replace(/\s+/g, "").replace(CLOSING_PUNCTUATION, "");
  const unwrapped = (ENCLOSED.exec(folded)?.[1] ?? folded).replace(DASHES, "-");
  const event = EVENT_AFTER.exec(unwrapped);
  const timed = event === null ? unwrapped : unwrapped.slice(0, event.index);
  return { target: timed.replace(DEADLINE_WORDS, ""), event: event?.groups?.event };
};

const eventWithoutDay = (event: string): Message =>
  message(
    `“${event}”需要具体的日期或期限，如“5月底前${event}”`,
    `"${event}" needs a day or the end of a period, as in 5月底前${event}`,
  );

/** The deadline with the event it is for; only a day or a period end can have one. */
const withEvent = (deadline: Deadline, event: string | undefined): Deadline | Message => {
  if (event === undefined) return deadline;
  return deadline.kind === "date" || deadline.kind === "period_end"
    ? { ...deadline, event }
    : eventWithoutDay(event);
};

const EXAMPLES_ZH =
  "12月15日、2022年6月30日、6月底前、12月中旬、年底前、全年、上半年、第三季度、" +
  "2022—2023年、3—5月、5月底前动工、每季度末、每月25日前、持续推进";
const EXAMPLES_EN =
  "12月15日 or 2022年6月30日 (a day), 6月底前 (end of a month), 12月中旬 (ten days), " +
  "年底前 or 全年 (end of the year), 上半年 (half year), 第三季度 (quarter), " +
  "2022—2023年 or 3—5月 (span), 5月底前动工 (the deadline of an event), " +
  "每季度末 or 每月25日前 (recurring), 持续推进 (ongoing)";

const unreadable = (text: string, reason?: Message): Message =>
  message(
    `无法识别完成时限“${text}”${reason === undefined ? "" : `：${reason.zh}`}。` +
      `可用的写法如：${EXAMPLES_ZH}。`,
    `Cannot read the deadline "${text}"${reason === undefined ? "" : `: ${reason.en}`}. ` +
      `Accepted forms include ${EXAMPLES_EN}.`,
  );

/**
 * Reads a 完成时限 cell. Years left out are the plan's year; a year that is
 * written is kept even when it differs from the plan's. Text that fits no
 * rule, or names a day that does not exist, is refused with a message; the
 * caller adds where the cell is.
 */
export const parseDeadline = (text: string, context: { year: number }): DeadlineParse => {
  const written = text.trim();
  if (cleanText(written) === "") return { ok: true, deadline: { kind: "none" } };
  const { target, event } = matchable(written);
  for (const { pattern, build } of DEADLINE_RULES) {
    const match = pattern.exec(target);
    if (match === null) continue;
    const built = build(match.groups ?? {}, { text: written, year: context.year });
    if (built.kind === "rejected") return { ok: false, message: unreadable(written, built.reason) };
    const deadline = withEvent(built, event);
    return "kind" in deadline
      ? { ok: true, deadline }
      : { ok: false, message: unreadable(written, deadline) };
  }
  return { ok: false, message: unreadable(written) };
};
