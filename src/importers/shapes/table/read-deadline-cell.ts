import type { Deadline } from "../../../domain/deadline.js";
import type { Diagnostic } from "../../../domain/diagnostic.js";
import { parseDeadline } from "../../../domain/parse-deadline.js";
import { unreadableDeadline } from "../text-deadline.js";
import { locate, type RowCells } from "./row-cells.js";

export interface DeadlineCell {
  /** null when neither this row nor the rows above it in the task give one. */
  readonly deadline: Deadline | null;
  readonly diagnostics: Diagnostic[];
}

/**
 * The 完成时限 of a row: an Excel date value as it is, a text through the
 * deadline rules, an empty cell as the row above it in the task (merged).
 */
export const readDeadlineCell = (
  cells: RowCells,
  above: Deadline | null,
  year: number,
): DeadlineCell => {
  const field = cells.field("deadline");
  if (!field || field.cell.text === "") return { deadline: above, diagnostics: [] };
  const { cell } = field;
  if (cell.date !== undefined) {
    return { deadline: { kind: "date", text: cell.text, date: cell.date }, diagnostics: [] };
  }
  // The deadline as written, but for a wrap space inside it ("9月底 前").
  const parsed = parseDeadline(cells.text("deadline"), { year });
  if (parsed.ok) return { deadline: parsed.deadline, diagnostics: [] };
  return { deadline: null, diagnostics: [unreadableDeadline(locate(field), parsed.message)] };
};
