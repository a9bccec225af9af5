import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  type ILevelsOptions,
  type ISectionOptions,
} from "docx";

/**
 * Word documents of numbered prose, as offices write them: typed numbers in
 * the text, or Word's own list numbering (numbering.xml) for the outline.
 */

/** A paragraph: its text, and the outline level Word numbers it at (0-based), if any. */
export interface ProseLine {
  readonly text: string;
  readonly listLevel?: number;
}

/** The outline Word numbers for the government style: 一、 › （一） › 1. › （1） › ①. */
const OUTLINE_LEVELS: readonly ILevelsOptions[] = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、" },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）" },
  { level: 2, format: LevelFormat.DECIMAL, text: "%3." },
  { level: 3, format: LevelFormat.DECIMAL, text: "（%4）" },
  { level: 4, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: "%5" },
].map((level) => ({ ...level, alignment: AlignmentType.LEFT }));

const OUTLINE = "government-outline";

export const paragraphOf = (line: ProseLine): Paragraph =>
  line.listLevel === undefined
    ? new Paragraph({ text: line.text })
    : new Paragraph({ text: line.text, numbering: { reference: OUTLINE, level: line.listLevel } });

/** A .docx of the given body (paragraphs and tables in order). */
export const docxOf = async (children: ISectionOptions["children"]): Promise<Uint8Array> => {
  const document = new Document({
    creator: "江州市人民政府办公室",
    numbering: { config: [{ reference: OUTLINE, levels: [...OUTLINE_LEVELS] }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
};

/** A .docx of prose lines only. */
export const proseDocx = (lines: readonly ProseLine[]): Promise<Uint8Array> =>
  docxOf(lines.map(paragraphOf));

/** Lines of typed text, one paragraph each. */
export const typed = (...texts: readonly string[]): ProseLine[] => texts.map((text) => ({ text }));
