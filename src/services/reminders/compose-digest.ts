import type { OutboundMessage } from "../../channels/channel.js";
import { daysBetween, type IsoDate } from "../../domain/iso-date.js";
import type { ReminderItem } from "../../domain/reminders-due.js";

/** A reminder with what a reader needs to recognise the milestone. */
export interface DigestLine {
  readonly item: ReminderItem;
  readonly taskNo: number | null;
  readonly seq: number | null;
  readonly text: string;
}

const SHOWN_CHARS = 60;

const shorten = (text: string): string =>
  Array.from(text).length > SHOWN_CHARS
    ? `${Array.from(text).slice(0, SHOWN_CHARS).join("")}…`
    : text;

const reference = (line: DigestLine): string =>
  line.taskNo === null ? "" : `序号${line.taskNo}${line.seq === null ? "" : `（${line.seq}）`} `;

/** What happened, in the offices' words. */
const label = (item: ReminderItem, day: IsoDate): string => {
  switch (item.kind) {
    case "before_due":
      return item.due === null ? "临期提醒" : `临期提醒（还有${daysBetween(day, item.due)}天）`;
    case "overdue":
      return `逾期${item.daysOverdue ?? 0}天${item.level === null ? "" : `（${item.level.name}）`}`;
    case "escalated":
      return `升级为「${item.level?.name ?? ""}」`;
    case "missing_report":
      return "未按时报送进展";
    case "unacknowledged":
      return "尚未签收";
  }
};

/**
 * One unit's digest for a day: every reminder due for it, one line each,
 * as plain text and as Markdown.
 */
export const composeDigest = (
  unit: string,
  day: IsoDate,
  lines: readonly DigestLine[],
  dedupeKey: string,
): OutboundMessage => {
  const title = `【督办提醒】${unit} ${day}：${lines.length}项`;
  const rows = lines.map((line) => ({
    label: label(line.item, day),
    what: `${reference(line)}${shorten(line.text)}`,
    due: line.item.due === null ? "" : `完成时限 ${line.item.due}`,
  }));
  return {
    title,
    text: [
      title,
      "",
      ...rows.map((r) => `【${r.label}】${r.what}${r.due ? `｜${r.due}` : ""}`),
    ].join("\n"),
    markdown: [
      `### ${title}`,
      ...rows.map((r) => `- **${r.label}** ${r.what}${r.due ? `（${r.due}）` : ""}`),
    ].join("\n"),
    dedupeKey,
  };
};
