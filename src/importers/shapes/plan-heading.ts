import type { Diagnostic } from "../../domain/diagnostic.js";
import { formatHeaderCounts, readHeaderCounts, readTitle } from "../../domain/plan-title.js";
import type { HeaderCounts, Task } from "../../domain/plan.js";
import { sameName, sliceTasks } from "../../domain/slice.js";
import { diagnostic } from "../build-diagnostic.js";
import type { TitleLines } from "./title-lines.js";

/** What heads a plan: its title and what the title and subtitle state. */
export interface PlanHeading {
  readonly title: string;
  readonly subtitle: string | null;
  readonly issuer: string | null;
  readonly ownerUnit: string | null;
  readonly headerCounts: HeaderCounts | null;
}

export interface HeadingOptions {
  /** Used instead of the document's title (a CSV export carries none). */
  readonly title?: string;
  /** The issuer when the title names none, and of a composed title; 市政府 by default there. */
  readonly issuer?: string;
}

export const DEFAULT_ISSUER = "市政府";

const FILE_NAME_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/;

/** The plan year: given, stated in the title, or failing both written in the file name. */
export const planYear = (
  title: string | null,
  fileName: string,
  given: number | undefined,
): number | null => {
  if (given !== undefined) return given;
  const stated = title === null ? null : readTitle(title).year;
  if (stated !== null) return stated;
  const fromName = FILE_NAME_YEAR.exec(fileName)?.[1];
  return fromName === undefined ? null : Number(fromName);
};

/** The unit that leads every milestone, if one does: the table is then that unit's part. */
const soleLeadUnit = (tasks: readonly Task[]): string | null => {
  const leads = new Set(
    tasks.flatMap((task) =>
      task.milestones.flatMap((m) =>
        m.responsibilities.filter((r) => r.role === "lead").map((r) => r.unit),
      ),
    ),
  );
  return leads.size === 1 ? ([...leads][0] ?? null) : null;
};

/**
 * The heading of the plan. A table that arrives without a title (a CSV
 * export) gets one composed in the usual form — "2022年市政府重点工作任务分解表",
 * with "（X牵头部分）" when one unit leads every milestone — and a warning says
 * so, since it is inferred rather than read.
 */
export const planHeading = (
  lines: TitleLines,
  tasks: readonly Task[],
  context: { year: number; fileName: string; options: HeadingOptions },
  diagnostics: Diagnostic[],
): PlanHeading => {
  const written = context.options.title ?? lines.title;
  if (written !== null) {
    const facts = readTitle(written);
    return {
      title: written,
      subtitle: lines.subtitle,
      // A title that names no issuer (a CSV's given title, often) takes the one given.
      issuer: facts.issuer ?? context.options.issuer ?? null,
      ownerUnit: facts.ownerUnit,
      headerCounts: lines.subtitle === null ? null : readHeaderCounts(lines.subtitle),
    };
  }
  const issuer = context.options.issuer ?? DEFAULT_ISSUER;
  const ownerUnit = soleLeadUnit(tasks);
  const counts = ownerUnit === null ? null : sliceTasks(tasks, sameName(ownerUnit)).headerCounts;
  const title = `${context.year}年${issuer}重点工作任务分解表${ownerUnit === null ? "" : `（${ownerUnit}牵头部分）`}`;
  diagnostics.push(
    diagnostic(
      "warning",
      "plan.title_composed",
      { file: context.fileName },
      `文件没有标题行，已按年份${ownerUnit === null ? "" : "和牵头单位"}拟定标题「${title}」；导入时可指定标题（命令行用 --title）`,
      `The file has no title line; composed "${title}" from the year${ownerUnit === null ? "" : " and the lead unit"} (give one when importing: --title on the command line)`,
    ),
  );
  return {
    title,
    subtitle: counts === null ? null : formatHeaderCounts(counts),
    issuer,
    ownerUnit,
    headerCounts: counts,
  };
};
