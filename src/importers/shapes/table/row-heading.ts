import { readOutlineLabel } from "../../../domain/outline-label.js";
import type { OutlineHeading } from "../../../domain/plan.js";
import type { RowCells } from "./row-cells.js";

const CONTENT_KINDS = ["milestone", "units", "lead", "cooperating", "deadline"] as const;

/** A label of the upper outline levels ("一、", "（一）") read as a heading. */
export const headingFromLabel = (text: string, maxLevel: number): OutlineHeading | null => {
  const label = readOutlineLabel(text);
  if (!label || label.level > maxLevel || label.rest === "") return null;
  return { label: label.label, title: label.rest, level: label.level };
};

/** One written cell spanning the whole row: a heading, numbered or not ("科技创新类"). */
const spanningText = (cells: RowCells): string | null => {
  const written = cells.row.cells.filter((cell) => cell.text !== "");
  const spans = cells.row.cells.some((cell) => cell.continuation === "horizontal");
  const rest = cells.row.cells.filter((cell) => cell.text === "");
  if (written.length !== 1 || !spans || rest.some((cell) => cell.continuation === "vertical")) {
    return null;
  }
  return written[0]?.text ?? null;
};

/**
 * A row that only names an outline level: "一、科技创新" with nothing to do
 * or report, in the 序号 and task columns or across the whole row.
 */
export const rowHeading = (cells: RowCells, unnumberedLevel: number): OutlineHeading | null => {
  const spanning = spanningText(cells);
  if (spanning !== null) {
    return (
      headingFromLabel(spanning, 5) ?? {
        label: "",
        title: spanning.trim(),
        level: unnumberedLevel,
      }
    );
  }
  if (CONTENT_KINDS.some((kind) => cells.text(kind) !== "")) return null;
  const no = cells.text("no");
  const task = cells.text("task");
  const source = no === "" || task === "" ? no + task : `${no.replace(/[、.．]$/, "")}、${task}`;
  return headingFromLabel(source, 2);
};

/** The outline after a heading: it replaces its own level and those below. */
export const underHeading = (
  outline: readonly OutlineHeading[],
  heading: OutlineHeading,
): OutlineHeading[] => [...outline.filter((h) => h.level < heading.level), heading];
