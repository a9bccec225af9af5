import { cleanText } from "../../domain/normalize-text.js";
import type { TextRow } from "./txt-text-table.js";

/**
 * The pieces of a line written with "|" between cells, edge bars included
 * ("| a | b |" → "", a, b, ""), or null. Whether an edge bar is a border or
 * stands after an empty first cell (" |  | b" in a paste whose rows have no
 * borders) only the header's width can tell: see `fitPipeRows`.
 */
export const pipePieces = (line: string): string[] | null => {
  const text = cleanText(line);
  if (!text.includes("|")) return null;
  const pieces = text.split("|").map(cleanText);
  return withoutBorders(pieces).length >= 2 ? pieces : null;
};

/** The pieces without an empty piece before a leading bar and after a trailing one. */
const withoutBorders = (pieces: readonly string[]): readonly string[] =>
  pieces.slice(
    pieces[0] === "" ? 1 : 0,
    pieces.length > 1 && pieces.at(-1) === "" ? -1 : undefined,
  );

/**
 * Rows of "|"-pieces cut to the header's cells. The header's edge bars are
 * borders (a header names every column). A row as wide as the header keeps
 * its edge pieces as empty cells; one wider by its edge bars loses them as
 * borders; any other row is left as it is, for the cell count check to refuse.
 */
export const fitPipeRows = (rows: readonly TextRow[]): TextRow[] => {
  const [header, ...body] = rows;
  if (!header) return [];
  const headerCells = withoutBorders(header.cells.map((cell) => cell.text));
  const width = headerCells.length;
  const fit = (row: TextRow): TextRow => {
    if (row.cells.length === width) return row;
    const inner = withoutBorders(row.cells.map((cell) => cell.text));
    if (inner.length !== width) return row;
    const from = row.cells[0]?.text === "" ? 1 : 0;
    return { ...row, cells: row.cells.slice(from, from + width) };
  };
  return [fit(header), ...body.map(fit)];
};
