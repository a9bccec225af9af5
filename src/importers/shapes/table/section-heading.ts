import type { OutlineHeading } from "../../../domain/plan.js";
import { readHeaderCounts, stripExtractionArtefacts } from "../../../domain/plan-title.js";
import { headingFromLabel } from "./row-heading.js";

/** "（张三副市长分管）", "（市发展改革委牵头）": a note that names who a table's tasks belong to. */
const OWNER_NOTE = /^[（(]([^（）()]*(?:分管|负责|牵头|联系|主抓)[^（）()]*)[）)]$/;
/** Default sheet names carry no meaning: Sheet1, 工作表2. */
const DEFAULT_SHEET = /^(?:sheet|工作表)\s*\d*$/i;

export interface SectionHeading {
  readonly heading: OutlineHeading;
  /** Which of the lines it came from, so the title lines leave it out; null for a sheet name. */
  readonly line: number | null;
}

/**
 * The heading written above a table of a document that has one table per
 * section or leader: the last line above it, when that line is an outline
 * label ("一、经济发展", "（二）社会事业") or a note naming who leads
 * ("（张三副市长分管）").
 */
export const sectionHeading = (lines: readonly string[]): SectionHeading | null => {
  const written = lines.map((line) => stripExtractionArtefacts(line).trim());
  const line = written.findLastIndex((text) => text !== "");
  const text = written[line];
  if (text === undefined) return null;
  const labelled = headingFromLabel(text, 2);
  if (labelled) return { heading: labelled, line };
  const note = OWNER_NOTE.exec(text)?.[1];
  if (note === undefined || readHeaderCounts(text) !== null) return null;
  return { heading: { label: "", title: note, level: 1 }, line };
};

/** A sheet named for its section ("经济发展") heads its tasks when nothing above its header does. */
export const sheetHeading = (name: string): SectionHeading | null =>
  DEFAULT_SHEET.test(name.trim())
    ? null
    : { heading: { label: "", title: name.trim(), level: 1 }, line: null };
