import type { Diagnostic } from "../../../domain/diagnostic.js";
import { readOutlineLabel } from "../../../domain/outline-label.js";
import { diagnostic } from "../../build-diagnostic.js";
import { locate, type RowCells } from "./row-cells.js";

export interface TaskNumber {
  /** The 序号 as written, without its punctuation ("202", "一", "1.2"). */
  readonly label: string;
  readonly no: number | null;
  readonly diagnostics: Diagnostic[];
}

const HIERARCHICAL = /^\d+(?:[.．]\d+)+$/;

/** Reads the 序号 of a task row: an Excel number, digits, a Chinese numeral or "1.2". */
export const readTaskNumber = (cells: RowCells): TaskNumber => {
  const field = cells.field("no");
  if (!field || field.cell.text === "") return { label: "", no: null, diagnostics: [] };
  const { cell } = field;
  if (cell.number !== undefined && Number.isInteger(cell.number)) {
    return { label: String(cell.number), no: cell.number, diagnostics: [] };
  }
  const text = cell.text.trim();
  if (HIERARCHICAL.test(text)) return { label: text, no: null, diagnostics: [] };
  const outline = readOutlineLabel(text);
  if (outline && outline.rest === "") {
    return { label: outline.label, no: outline.value, diagnostics: [] };
  }
  return {
    label: text,
    no: null,
    diagnostics: [
      diagnostic(
        "warning",
        "task.unreadable_no",
        locate(field),
        `序号「${text}」不是数字，已按原文保留`,
        `序号 "${text}" is not a number; kept as written`,
      ),
    ],
  };
};
