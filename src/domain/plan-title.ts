import type { HeaderCounts } from "./plan.js";
import { foldWidth } from "./normalize-text.js";
import { looksLikeUnitName } from "./unit-name-shape.js";

/** What a title such as "2022年市政府重点工作任务分解表（市科技局牵头部分）" tells. */
export interface TitleFacts {
  readonly year: number | null;
  readonly issuer: string | null;
  readonly ownerUnit: string | null;
}

/** Word's text extraction leaves "[bookmark: _GoBack]" where the cursor last was. */
const EXTRACTION_ARTEFACT = /\[bookmark:[^\]]*\]/g;
const YEAR = /((?:19|20)\d{2})\s*年/;
/** The issuer stands between the year and the name of the table. */
const ISSUER =
  /(?:19|20)\d{2}\s*年(?:度)?\s*(.+?)(?:重点工作任务|重点任务|重点工作|工作任务|工作要点|民生实事)/;
const SLICE_SUFFIX = /[（(]\s*([^（）()]+?)\s*牵头(?:部分|任务)?\s*[）)]\s*$/;

export const stripExtractionArtefacts = (text: string): string =>
  text.replace(EXTRACTION_ARTEFACT, "").trim();

export const readTitle = (title: string): TitleFacts => {
  const folded = foldWidth(title);
  const year = YEAR.exec(folded);
  // Width folding maps one character to one, so positions in `folded` are positions in `title`.
  const issuerMatch = ISSUER.exec(folded);
  const issuerStart =
    issuerMatch?.[1] === undefined
      ? -1
      : issuerMatch.index + issuerMatch[0].indexOf(issuerMatch[1]);
  const issuer =
    issuerMatch?.[1] === undefined
      ? null
      : title.slice(issuerStart, issuerStart + issuerMatch[1].length).trim();
  const slice = SLICE_SUFFIX.exec(title);
  return {
    year: year?.[1] ? Number(year[1]) : null,
    // "2023年政府工作报告重点工作任务分工方案" names the report the tasks come from, not
    // who issued them: only a body's name (市政府, 江州市人民政府) is an issuer.
    issuer: issuer !== null && looksLikeUnitName(issuer) ? issuer : null,
    ownerUnit: slice?.[1] ?? null,
  };
};

/** The title of the whole table, without a slice's "（X牵头部分）". */
export const masterTitle = (title: string): string => title.replace(SLICE_SUFFIX, "").trim();

/** "2022年市政府重点工作任务分解表（市科技局牵头部分）" from the master's title. */
export const sliceTitle = (title: string, unit: string): string =>
  `${masterTitle(title)}（${unit}牵头部分）`;

const HEADER_COUNTS =
  /牵头重点工作任务\s*(\d+)\s*项\s*[，,、；;]\s*牵头重点工作任务节点计划\s*(\d+)\s*项/;

export const readHeaderCounts = (subtitle: string): HeaderCounts | null => {
  const match = HEADER_COUNTS.exec(foldWidth(subtitle));
  return match?.[1] && match[2]
    ? { leadTasks: Number(match[1]), leadMilestones: Number(match[2]) }
    : null;
};

/** The header line of a unit's slice, in the table's own words. */
export const formatHeaderCounts = (counts: HeaderCounts): string =>
  `（牵头重点工作任务${counts.leadTasks}项，牵头重点工作任务节点计划${counts.leadMilestones}项）`;
