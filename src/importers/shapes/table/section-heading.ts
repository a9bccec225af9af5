import type { OutlineHeading } from "../../../domain/plan.js";
import { readHeaderCounts, stripExtractionArtefacts } from "../../../domain/plan-title.js";
import { headingFromLabel } from "./row-heading.js";

/** "（张三副市长分管）", "（市发展改革委牵头）": a note that names who a table's tasks belong to. */
const OWNER_NOTE = /^[（(]([^（）()]*(?:分管|负责|牵头|联系|主抓)[^（）()]*)[）)]$/;
/** Default sheet names carry no meaning: Sheet1, 工作表2. */
const DEFAULT_SHEET = /^(?:sheet|工作表)\s*\d*$/i;

/**
 * The level of a heading without a number (a leader's note, a sheet's name):
 * above the numbered outline, which starts at 1 with 一、.
 */
export const UNNUMBERED_SECTION_LEVEL = 0;

export interface SectionHeading {
  /** Outermost first: "一、经济发展" then "（一）科技创新" when both stand above the table. */
  readonly headings: readonly OutlineHeading[];
  /** Which of the lines they came from, so the title lines leave them out. */
  readonly lines: readonly number[];
}

const headingOf = (text: string): OutlineHeading | null => {
  const labelled = headingFromLabel(text, 2);
  if (labelled) return labelled;
  const note = OWNER_NOTE.exec(text)?.[1];
  if (note === undefined || readHeaderCounts(text) !== null) return null;
  return { label: "", title: note, level: UNNUMBERED_SECTION_LEVEL };
};

/**
 * The headings written above a table of a document that has one table per
 * section or leader: the last lines above it, as long as each is an outline
 * label ("一、经济发展", "（二）社会事业") or a note naming who leads
 * ("（张三副市长分管）").
 */
export const sectionHeading = (lines: readonly string[]): SectionHeading | null => {
  const headings: OutlineHeading[] = [];
  const used: number[] = [];
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const text = stripExtractionArtefacts(lines[index] ?? "").trim();
    if (text === "") continue;
    const heading = headingOf(text);
    if (!heading) break;
    headings.unshift(heading);
    used.unshift(index);
  }
  return headings.length === 0 ? null : { headings, lines: used };
};

/** A sheet named for its section ("经济发展") heads its tasks when nothing above its header does. */
export const sheetHeading = (name: string): SectionHeading | null =>
  DEFAULT_SHEET.test(name.trim())
    ? null
    : {
        headings: [{ label: "", title: name.trim(), level: UNNUMBERED_SECTION_LEVEL }],
        lines: [],
      };
