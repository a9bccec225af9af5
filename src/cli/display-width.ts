import { eastAsianWidth } from "get-east-asian-width";

/*
 * Text measured and wrapped in terminal columns, Chinese characters and
 * full-width punctuation counting two. The tables are drawn from plain text
 * (no colour codes), so one pass over the code points does what wrap-ansi and
 * string-width did at a fraction of the cost: they cost `duban parse` of the
 * reference table some 150 ms of its start.
 */

/** Marks and format characters draw nothing: combining accents, zero-width joiners, BOMs. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

const codePointWidth = (codePoint: number, character: string): number => {
  if (codePoint >= 0x20 && codePoint < 0x7f) return 1;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  return ZERO_WIDTH.test(character) ? 0 : eastAsianWidth(codePoint);
};

/** The columns a line of text takes in a terminal. */
export const displayWidth = (text: string): number => {
  let width = 0;
  for (const character of text) width += codePointWidth(character.codePointAt(0) ?? 0, character);
  return width;
};

/** The rows of one wrapped line, the last one still open. */
class Rows {
  readonly done: string[] = [];
  open = "";
  width = 0;

  add(text: string, width: number): void {
    this.open += text;
    this.width += width;
  }

  next(): void {
    this.done.push(this.open);
    this.open = "";
    this.width = 0;
  }

  all(): string[] {
    return [...this.done, this.open];
  }
}

/**
 * A word longer than a row, character by character, starting on the open
 * row; a mark that draws nothing stays with the character before it.
 */
const breakWord = (rows: Rows, word: string, columns: number): void => {
  for (const character of word) {
    const width = codePointWidth(character.codePointAt(0) ?? 0, character);
    if (width > 0 && rows.width > 0 && rows.width + width > columns) rows.next();
    rows.add(character, width);
  }
};

/** One line wrapped at spaces, and inside any word wider than a row. */
const wrapLine = (line: string, columns: number): string[] => {
  const rows = new Rows();
  line.split(" ").forEach((word, index) => {
    if (index > 0) {
      // The space stays, at the end of the row or the start of the next one.
      if (rows.width >= columns) rows.next();
      rows.add(" ", 1);
    }
    const width = displayWidth(word);
    if (width > columns) {
      // Start it on a new row when that saves a break.
      const breaksHere = 1 + Math.floor((width - (columns - rows.width) - 1) / columns);
      if (Math.floor((width - 1) / columns) < breaksHere) rows.next();
      breakWord(rows, word, columns);
      return;
    }
    if (rows.width + width > columns && rows.width > 0 && width > 0) rows.next();
    rows.add(word, width);
  });
  return rows.all();
};

/**
 * Text wrapped to rows no wider than `columns`: at its own line breaks, at
 * spaces, and inside words (a Chinese sentence is one) where they do not fit.
 * Spaces are kept as written. Tabs become spaces, which a table can measure.
 */
export const wrapToWidth = (text: string, columns: number): string =>
  text
    .replaceAll("\r\n", "\n")
    .replaceAll("\t", " ")
    .split("\n")
    .flatMap((line) => wrapLine(line, columns))
    .join("\n");
