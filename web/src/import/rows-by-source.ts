import type { SourceLocation } from "./import-outcome.js";
import type { PreviewRow } from "./preview-rows.js";

/**
 * The places a location names, as keys: its table row (sheet or table and
 * row), its paragraph, its line. A task or milestone is read from one of
 * them, so a diagnostic found there shares that key with it.
 */
const placeKeys = (at: SourceLocation): string[] => {
  const file = JSON.stringify(at.file);
  const keys: string[] = [];
  if (at.row !== undefined) {
    keys.push(`${file} row ${at.sheet ?? ""}/${String(at.table ?? "")}/${String(at.row)}`);
  }
  if (at.paragraph !== undefined) keys.push(`${file} paragraph ${String(at.paragraph)}`);
  if (at.line !== undefined) keys.push(`${file} line ${String(at.line)}`);
  return keys;
};

/**
 * The key a source is found by: a table row's for a row, even when it also
 * names a line (a CSV record: a cell may sit on a later line of it).
 */
const sourceKey = (source: SourceLocation): string | undefined => placeKeys(source)[0];

const indexBy = (
  rows: readonly PreviewRow[],
  sourceOf: (row: PreviewRow) => SourceLocation | undefined,
): Map<string, PreviewRow[]> => {
  const index = new Map<string, PreviewRow[]>();
  for (const row of rows) {
    const source = sourceOf(row);
    const key = source === undefined ? undefined : sourceKey(source);
    if (key === undefined) continue;
    const list = index.get(key);
    if (list === undefined) index.set(key, [row]);
    else list.push(row);
  }
  return index;
};

/**
 * Finds the rows read where a diagnostic points: the milestones read there
 * (several when one cell lists several steps), else the first row of the
 * task read there (a task row whose steps are on the rows below it, or a
 * prose item whose steps are the items under it). Empty when the plan says
 * nothing of where it was read (a plan from storage) or nothing was read there.
 */
export const rowsBySource = (
  rows: readonly PreviewRow[],
): ((at: SourceLocation) => readonly PreviewRow[]) => {
  const milestones = indexBy(rows, (row) => row.milestone.source);
  // The task's first row only: the rows are in plan order.
  const tasks = indexBy(
    rows.filter((row) => row.milestoneIndex === 0),
    (row) => row.task.source,
  );
  return (at) => {
    const keys = placeKeys(at);
    for (const index of [milestones, tasks]) {
      for (const key of keys) {
        const found = index.get(key);
        if (found !== undefined) return found;
      }
    }
    return [];
  };
};
