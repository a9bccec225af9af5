import { parseDeadline } from "../../../domain/parse-deadline.js";
import { readOutlineLabel } from "../../../domain/outline-label.js";
import { compactText } from "../../../domain/normalize-text.js";
import type { SourceCell } from "../../source-document.js";
import type { ColumnKind } from "./column-kinds.js";
import { UNIT_ENDING } from "./unit-ending.js";
import { readUnitCell } from "./unit-cell.js";

/** What a column's cells look like, when that is clear enough to name the column. */
export type ContentKind = Extract<ColumnKind, "no" | "group" | "deadline" | "units"> | "text";

/** Most cells must agree: a stray note in a deadline column should not hide it. */
const AGREEING_SHARE = 0.8;

const SHORT_NUMBER = /^\d{1,4}[.、．]?$/;

const isUnitList = (text: string): boolean => {
  const names = readUnitCell(text).units;
  return names.length > 0 && names.every((name) => name.length <= 20 && UNIT_ENDING.test(name));
};

const isDeadline = (cell: SourceCell): boolean =>
  cell.date !== undefined ||
  (compactText(cell.text).length <= 16 && parseDeadline(cell.text, { year: 2000 }).ok);

const isGroupLabel = (text: string): boolean => {
  const label = readOutlineLabel(text);
  return label !== null && label.rest !== "" && label.level <= 2;
};

const share = (cells: readonly SourceCell[], test: (cell: SourceCell) => boolean): number =>
  cells.filter(test).length / cells.length;

/**
 * Names a column by its cells alone: 1, 2, 3 is a 序号; deadline phrases a
 * deadline; lists of organisation names a unit column; outline labels over
 * several rows (merged or repeated) a group; long text is the task or its steps.
 * Returns null when the cells do not agree on one of these.
 */
export const classifyContent = (cells: readonly SourceCell[]): ContentKind | null => {
  const written = cells.filter((cell) => cell.continuation === undefined && cell.text !== "");
  if (written.length === 0) return null;
  // A group label covers several rows: merged down over them, or repeated on each (flattened).
  const covers =
    cells.some((cell) => cell.continuation === "vertical") ||
    new Set(written.map((cell) => cell.text)).size < written.length;
  if (covers && share(written, (c) => isGroupLabel(c.text)) >= AGREEING_SHARE) return "group";
  if (written.every((c) => SHORT_NUMBER.test(compactText(c.text)))) return "no";
  if (share(written, isDeadline) >= AGREEING_SHARE) return "deadline";
  if (share(written, (c) => isUnitList(c.text)) >= AGREEING_SHARE) return "units";
  const meanLength =
    written.reduce((sum, c) => sum + compactText(c.text).length, 0) / written.length;
  return meanLength >= 8 ? "text" : null;
};
