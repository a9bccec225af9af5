import type { SourceCell } from "../source-document.js";
import { isoSerial, plainNumber, serialDay, type DateDisplay } from "./xlsx-number-format.js";
import { unescapeText } from "./xlsx-shared-strings.js";
import type { CellStyles } from "./xlsx-styles.js";

/** What a cell holds: its text, and the value of a number or date. */
export interface CellContent {
  readonly text: string;
  readonly value?: Pick<SourceCell, "number" | "date">;
}

/** What turning a cell's XML into content needs from the rest of the workbook. */
export interface WorkbookValues {
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
}

/** A `c` element as read: its type `t`, style `s`, the text of `v`, and of `is` for an inline string. */
export interface RawCell {
  readonly type: string | undefined;
  readonly style: number;
  readonly value: string | undefined;
  readonly inline: string | undefined;
}

/**
 * The content of a cell, as Excel would show it; undefined for a cell that
 * only carries formatting. A formula cell is read by its cached value `v`,
 * whose type `t` gives: Excel stores the last result with the formula.
 */
export const cellContent = (cell: RawCell, workbook: WorkbookValues): CellContent | undefined => {
  const { type, value } = cell;
  if (type === "inlineStr") return text(unescapeText(cell.inline ?? value ?? ""));
  if (value === undefined || value === "") return undefined;
  switch (type) {
    case "s":
      return text(workbook.sharedStrings[Number.parseInt(value, 10)] ?? "");
    case "str":
      return text(unescapeText(value));
    case "b":
      return { text: Number.parseInt(value, 10) !== 0 ? "TRUE" : "FALSE" };
    case "e":
      return { text: value };
    case "d": {
      const serial = isoSerial(value, workbook.date1904);
      return serial === null
        ? { text: value }
        : dateContent(serial, workbook.styles[cell.style] ?? "iso", workbook.date1904);
    }
    default: {
      const number = Number.parseFloat(value);
      if (Number.isNaN(number)) return { text: value };
      const display = workbook.styles[cell.style];
      return display === undefined
        ? { text: plainNumber(number), value: { number } }
        : dateContent(number, display, workbook.date1904);
    }
  }
};

/** Undefined for an empty string: it shows nothing, like a cell without a value. */
const text = (value: string): CellContent | undefined =>
  value === "" ? undefined : { text: value };

/** A number under a date format keeps its serial (a 序号 75 in a row formatted as dates) next to its day. */
const dateContent = (
  serial: number,
  display: DateDisplay,
  date1904: boolean,
): CellContent | undefined => {
  const day = serialDay(serial, date1904, display);
  return day === null ? undefined : { text: day.text, value: { number: serial, date: day.date } };
};
