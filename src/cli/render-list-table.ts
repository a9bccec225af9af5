import Table from "cli-table3";

/** A plain bordered table for lists (plans, units, revisions); cells wrap at their own newlines. */
export const renderListTable = (
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string => {
  const table = new Table({ head: [...head], style: { head: [], border: [] } });
  for (const row of rows) table.push(row.map(String));
  return `${table.toString()}\n`;
};
