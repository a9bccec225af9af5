import { largest } from "../domain/append-all.js";
import { displayWidth } from "./display-width.js";

/*
 * A bordered table in box-drawing characters, cells spanning rows and
 * columns, drawn as cli-table3 drew them (the same lines, character for
 * character) at a small part of its cost: cli-table3 measured every line of
 * every cell with a regular expression of all emoji, some 200 ms of
 * `duban parse` for the reference table's 38 rows.
 */

/** A cell as given: its text (lines at "\n"), and the rows and columns it spans. */
export type TableCell =
  string | { readonly content: string; readonly rowSpan?: number; readonly colSpan?: number };

interface Placed {
  readonly x: number;
  readonly y: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly lines: readonly string[];
}

const place = (cell: TableCell, x: number, y: number, rowsLeft: number): Placed => {
  const given = typeof cell === "string" ? { content: cell } : cell;
  return {
    x,
    y,
    rowSpan: Math.min(given.rowSpan ?? 1, rowsLeft),
    colSpan: given.colSpan ?? 1,
    lines: given.content.split("\n"),
  };
};

/**
 * Every position of the grid and the cell that covers it. A row lists the
 * cells that start in it, left to right, skipping positions a cell from a
 * row above still covers; a position no cell covers gets an empty one.
 */
const layOut = (rows: readonly (readonly TableCell[])[]): Placed[][] => {
  const grid: Placed[][] = rows.map(() => []);
  rows.forEach((row, y) => {
    let x = 0;
    for (const cell of row) {
      while (grid[y]?.[x]) x += 1;
      const placed = place(cell, x, y, rows.length - y);
      for (let dy = 0; dy < placed.rowSpan; dy += 1) {
        for (let dx = 0; dx < placed.colSpan; dx += 1) {
          const covered = grid[y + dy];
          if (covered) covered[x + dx] = placed;
        }
      }
      x += placed.colSpan;
    }
  });
  const columns = largest(
    grid.map((row) => row.length),
    0,
  );
  grid.forEach((row, y) => {
    for (let x = 0; x < columns; x += 1) row[x] ??= place("", x, y, 1);
  });
  return grid;
};

interface Need {
  readonly start: number;
  readonly span: number;
  readonly size: number;
}

/**
 * Sizes of columns (or rows) that hold what their cells need: a cell of one
 * sets a floor, and a spanning cell that needs more than its columns and the
 * rules between them give shares its lack out among them, the last spanning
 * cell first (cli-table3's order, so rows grow as they did).
 */
const fitSizes = (count: number, needs: readonly Need[]): number[] => {
  const sizes = Array.from({ length: count }, () => 1);
  for (const need of needs) {
    if (need.span === 1) sizes[need.start] = Math.max(sizes[need.start] ?? 1, need.size);
  }
  for (const need of needs.filter((n) => n.span > 1).reverse()) {
    let held = need.span - 1;
    for (let i = 0; i < need.span; i += 1) held += sizes[need.start + i] ?? 0;
    for (let i = 0, shares = need.span; shares > 0 && need.size > held; i += 1, shares -= 1) {
      const grow = Math.round((need.size - held) / shares);
      held += grow;
      sizes[need.start + i] = (sizes[need.start + i] ?? 0) + grow;
    }
  }
  return sizes;
};

/** Each distinct cell of a grid row, left to right. */
const cellsOf = (row: readonly Placed[]): Placed[] => row.filter((cell, x) => cell.x === x);

/**
 * Draws the table: `rows[0]` is the head. Widths count a column's padding
 * (one space each side) and are worked out from the text when not given;
 * text wider than a given width is the caller's to wrap.
 */
export const drawTable = (
  rows: readonly (readonly TableCell[])[],
  givenWidths?: readonly number[],
): string => {
  const grid = layOut(rows);
  const placed = grid.flatMap((row, y) => cellsOf(row).filter((cell) => cell.y === y));
  const columns = grid[0]?.length ?? 0;
  const widths =
    givenWidths ??
    fitSizes(
      columns,
      placed.map((cell) => ({
        start: cell.x,
        span: cell.colSpan,
        size: largest(cell.lines.map(displayWidth), 0) + 2,
      })),
    );
  const heights = fitSizes(
    grid.length,
    placed.map((cell) => ({ start: cell.y, span: cell.rowSpan, size: cell.lines.length })),
  );
  // The line each row's top rule is drawn on, counted from the table's top.
  const tops = heights.map((_, y) => heights.slice(0, y).reduce((sum, h) => sum + h + 1, 0));
  const widthOf = (cell: Placed): number =>
    widths.slice(cell.x, cell.x + cell.colSpan).reduce((sum, w) => sum + w + 1, -1);
  /** A cell's text on a line of the table, padded to its width. */
  const textOn = (cell: Placed, line: number): string => {
    const text = cell.lines[line - (tops[cell.y] ?? 0) - 1] ?? "";
    return ` ${text}${" ".repeat(Math.max(0, widthOf(cell) - 2 - displayWidth(text)))} `;
  };
  const isLast = (cell: Placed): boolean => cell.x + cell.colSpan === columns;
  /** Where a row's top rule meets column x's left edge, `offset` columns into a cell. */
  const junction = (y: number, x: number, offset: number): string => {
    if (y === 0) return x === 0 ? "┌" : offset === 0 ? "┬" : "─";
    if (x === 0) return "├";
    const above = grid[y - 1]?.[x];
    const spanAbove = above !== undefined && above.x < x;
    if (offset === 0 && (grid[y]?.[x - 1]?.y ?? y) < y) return "├";
    if (offset === 0) return spanAbove ? "┬" : "┼";
    return spanAbove ? "─" : "┴";
  };
  /** A row's top rule, through which the cells from rows above run on. */
  const rule = (y: number): string =>
    cellsOf(grid[y] ?? [])
      .map((cell) => {
        if (cell.y < y) {
          const left = cell.x === 0 || (grid[y]?.[cell.x - 1]?.y ?? y) < y ? "│" : "┤";
          return left + textOn(cell, tops[y] ?? 0) + (isLast(cell) ? "│" : "");
        }
        let drawn = "";
        for (let i = 0; i < cell.colSpan; i += 1) {
          drawn += junction(y, cell.x + i, i) + "─".repeat(widths[cell.x + i] ?? 0);
        }
        return drawn + (isLast(cell) ? (y === 0 ? "┐" : "┤") : "");
      })
      .join("");
  const lines: string[] = [];
  grid.forEach((row, y) => {
    lines.push(rule(y));
    for (let n = 0; n < (heights[y] ?? 1); n += 1) {
      const line = (tops[y] ?? 0) + 1 + n;
      lines.push(
        cellsOf(row)
          .map((cell) => `│${textOn(cell, line)}${isLast(cell) ? "│" : ""}`)
          .join(""),
      );
    }
  });
  const last = grid.at(-1) ?? [];
  lines.push(
    cellsOf(last)
      .map(
        (cell) =>
          (cell.x === 0 ? "└" : "┴") + "─".repeat(widthOf(cell)) + (isLast(cell) ? "┘" : ""),
      )
      .join(""),
  );
  return lines.join("\n");
};
