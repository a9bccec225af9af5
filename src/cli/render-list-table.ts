import { drawTable } from "./text-table.js";

/** A plain bordered table for lists (plans, units, revisions); cells wrap at their own newlines. */
export const renderListTable = (
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string => `${drawTable([head, ...rows.map((row) => row.map(String))])}\n`;
