import { stripExtractionArtefacts } from "../../domain/plan-title.js";

/** The title and subtitle of a table, from the lines written above its header. */
export interface TitleLines {
  readonly title: string | null;
  readonly subtitle: string | null;
  /** Lines beyond the title and subtitle (notes, dates of issue), kept for the record. */
  readonly others: readonly string[];
}

/** "附件1", "附件：" and the like head an attachment; they are not its title. */
const ATTACHMENT_MARK = /^附件\s*[\d一二三四五六七八九十]*\s*[:：]?$/;

export const readTitleLines = (lines: readonly string[]): TitleLines => {
  const [title, subtitle, ...others] = lines
    .map(stripExtractionArtefacts)
    .filter((line) => line !== "" && !ATTACHMENT_MARK.test(line));
  return { title: title ?? null, subtitle: subtitle ?? null, others };
};
