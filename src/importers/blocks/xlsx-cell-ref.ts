/** A rectangle of cells, 1-based and inclusive, as a mergeCell ref names it. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The largest sheet Excel has: anything past it is no cell. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const DOLLAR = 36;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const UPPER_A = 65;
const UPPER_Z = 90;
const CASE_BIT = 32;

/**
 * "B12" → { row: 12, column: 2 }; null for anything else. Read by hand
 * rather than by a pattern: it runs for every cell of every sheet.
 */
export const parseCellRef = (ref: string): { row: number; column: number } | null => {
  let i = 0;
  let column = 0;
  let row = 0;
  if (ref.charCodeAt(i) === DOLLAR) i += 1;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) & ~CASE_BIT;
    if (code < UPPER_A || code > UPPER_Z) break;
    column = column * 26 + code - UPPER_A + 1;
  }
  if (ref.charCodeAt(i) === DOLLAR) i += 1;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return null;
    row = row * 10 + code - DIGIT_0;
  }
  if (column < 1 || column > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
  return { row, column };
};

/** "A1:E3" (or a single "A1") → its rectangle, corners in either order; null when unreadable. */
export const parseRange = (ref: string): CellRange | null => {
  const colon = ref.indexOf(":");
  const from = parseCellRef(colon === -1 ? ref : ref.slice(0, colon));
  const to = colon === -1 ? from : parseCellRef(ref.slice(colon + 1));
  if (from === null || to === null) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
};

/** 1 → "A", 27 → "AA". */
export const columnName = (column: number): string => {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(UPPER_A + ((n - 1) % 26)) + name;
  }
  return name;
};
