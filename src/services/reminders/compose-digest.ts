import type { OutboundMessage } from "../../channels/channel.js";
import { daysBetween, type IsoDate } from "../../domain/iso-date.js";
import type { ReminderItem } from "../../domain/reminders-due.js";
import { milestonePageUrl } from "../web-links.js";

/** A reminder with what a reader needs to recognise the milestone, and its plan. */
export interface DigestLine {
  readonly item: ReminderItem;
  readonly plan: { readonly id: number; readonly title: string };
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

/** A link's text: square brackets would end it early, so they become full-width ones. */
const linkText = (text: string): string => text.replaceAll("[", "［").replaceAll("]", "］");

/** The lines grouped by plan, each plan where its first line is (the run's plan order). */
const byPlan = (lines: readonly DigestLine[]): { title: string; lines: DigestLine[] }[] => {
  const groups = new Map<number, { title: string; lines: DigestLine[] }>();
  for (const line of lines) {
    const group = groups.get(line.plan.id) ?? { title: line.plan.title, lines: [] };
    group.lines.push(line);
    groups.set(line.plan.id, group);
  }
  return [...groups.values()];
};

/**
 * One unit's digest for a day: every reminder due for it in every plan,
 * grouped under each plan's title, one line each, as plain text and as
 * Markdown. With the web app's public address each line links to the
 * milestone's page (the robots' Markdown as a link, the text with the URL).
 */
export const composeDigest = (
  unit: string,
  day: IsoDate,
  lines: readonly DigestLine[],
  dedupeKey: string,
  publicUrl: string | undefined,
): OutboundMessage => {
  const plans = byPlan(lines);
  const title = `【督办提醒】${unit} ${day}：${lines.length}项${plans.length > 1 ? `（${plans.length}个计划）` : ""}`;
  const rowOf = (line: DigestLine) => ({
    label: label(line.item, day),
    what: `${reference(line)}${shorten(line.text)}`,
    due: line.item.due === null ? "" : `完成时限 ${line.item.due}`,
    url: publicUrl === undefined ? null : milestonePageUrl(publicUrl, line.item.milestoneId),
  });
  const sections = plans.map((plan) => ({
    heading: `《${plan.title}》（${plan.lines.length}项）`,
    rows: plan.lines.map(rowOf),
  }));
  return {
    title,
    text: [
      title,
      ...sections.flatMap((section) => [
        "",
        section.heading,
        ...section.rows.map(
          (r) =>
            `【${r.label}】${r.what}${r.due ? `｜${r.due}` : ""}${r.url === null ? "" : `｜${r.url}`}`,
        ),
      ]),
    ].join("\n"),
    markdown: [
      `### ${title}`,
      ...sections.flatMap((section) => [
        `#### ${section.heading}`,
        ...section.rows.map(
          (r) =>
            `- **${r.label}** ${r.url === null ? r.what : `[${linkText(r.what)}](${r.url})`}${r.due ? `（${r.due}）` : ""}`,
        ),
      ]),
    ].join("\n"),
    dedupeKey,
  };
};
