import type { Deadline } from "../../../domain/deadline.js";
import type { Diagnostic } from "../../../domain/diagnostic.js";
import { findDeadlineInText } from "../../../domain/deadline-in-text.js";
import { parseTaskText, type TaskText } from "../../../domain/task-text.js";
import { locate, type RowCells } from "./row-cells.js";
import { foundDeadline } from "../text-deadline.js";

export interface TaskCell {
  readonly text: TaskText;
  /** The deadline the task text states, read only when the table has no deadline column. */
  readonly deadline: Deadline | null;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a task cell: its text and trailing responsibility bracket, and, in a
 * table without a deadline column, the deadline the text states — at its
 * end ("…，年底前完成。") or as the bracket's last clause ("（X牵头；6月底前）"),
 * which then no longer stands in the way of reading the bracket's roles.
 */
export const readTaskCell = (cells: RowCells, year: number): TaskCell => {
  const raw = cells.text("task");
  const field = cells.field("task");
  if (cells.field("deadline") !== null || !field) {
    return { text: parseTaskText(raw), deadline: null, diagnostics: [] };
  }
  const found = findDeadlineInText(raw, { year });
  const stated = foundDeadline(found, locate(field));
  const text = parseTaskText(found?.at === "inside" ? found.text : raw);
  return { text, deadline: stated.deadline, diagnostics: stated.diagnostics };
};
