import { stripExtractionArtefacts } from "../../domain/plan-title.js";
import { joinWrappedWords } from "../../domain/normalize-text.js";

/** The title and subtitle of a table, from the lines written above its header. */
export interface TitleLines {
  readonly title: string | null;
  readonly subtitle: string | null;
  /** Lines beyond the title and subtitle (notes, dates of issue), kept for the record. */
  readonly others: readonly string[];
}

/** "附件1", "附件：" and the like head an attachment; they are not its title. */
const ATTACHMENT_MARK = /^附件\s*[\d一二三四五六七八九十]*\s*[:：]?$/;
/**
 * What a plan's title says: its year, or what it is (…分解表, …清单, …方案).
 * A saved web page has its site's menu (首页, 政务公开) above the title.
 */
const TITLE_LIKE = /(?:19|20)\d{2}年|(?:表|清单|方案|计划|台账|要点)(?:[（(][^）)]*[）)])?$/;

export const readTitleLines = (lines: readonly string[]): TitleLines => {
  const written = lines
    .map((line) => joinWrappedWords(stripExtractionArtefacts(line)))
    .filter((line) => line !== "" && !ATTACHMENT_MARK.test(line));
  const at = Math.max(
    0,
    written.findIndex((line) => TITLE_LIKE.test(line)),
  );
  const [title, subtitle, ...others] = written.slice(at);
  return {
    title: title ?? null,
    subtitle: subtitle ?? null,
    others: [...written.slice(0, at), ...others],
  };
};
