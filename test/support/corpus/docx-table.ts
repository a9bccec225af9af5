import { Paragraph, Table, TableCell, TableRow, WidthType } from "docx";

/**
 * A Word table. A cell that spans rows or columns is written once, at its
 * top-left position; the positions it covers are left out of later rows,
 * as in Word's own model (docx writes the w:vMerge continuations).
 */
export type CellSpec =
  string | { readonly text: string; readonly rowSpan?: number; readonly columnSpan?: number };

const cellOf = (spec: CellSpec): TableCell => {
  const { text, rowSpan, columnSpan } = typeof spec === "string" ? { text: spec } : spec;
  return new TableCell({
    // A cell's lines are paragraphs of their own, as Word writes them.
    children: text.split("\n").map((line) => new Paragraph({ text: line })),
    ...(rowSpan === undefined ? {} : { rowSpan }),
    ...(columnSpan === undefined ? {} : { columnSpan }),
  });
};

export const tableOf = (rows: readonly (readonly CellSpec[])[]): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: cells.map(cellOf) })),
  });
