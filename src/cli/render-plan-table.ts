import type { Plan } from "../domain/plan.js";
import {
  deadlineCellText,
  headingCellText,
  milestoneCellText,
  serialCellText,
  taskCellText,
  unitCellLines,
} from "../exporters/plan-cell-text.js";
import {
  PLAN_TABLE_HEADERS,
  planTableRows,
  type MergePart,
} from "../exporters/plan-table-layout.js";
import { wrapToWidth } from "./display-width.js";
import { drawTable, type TableCell } from "./text-table.js";

/** Shares of the width left after the fixed columns, as the Word original lays them out. */
const TASK_SHARE = 0.42;
const FIXED = { serial: 6, units: 18, deadline: 14 } as const;
const BORDERS = 16;
const MIN_TEXT_WIDTH = 20;

/** Padding the table puts inside each cell, left and right. */
const CELL_PADDING = 2;

/** Wraps by display width, Chinese characters counting two columns, to fit its column. */
const wrapped = (text: string, width: number): string => wrapToWidth(text, width - CELL_PADDING);

/** A merged cell is drawn once, spanning its rows; continuations are left out. */
const merged = (part: MergePart, content: string): TableCell[] => {
  if (part.kind === "continue") return [];
  return part.kind === "start" ? [{ content, rowSpan: part.span }] : [content];
};

/** The plan as the office's five-column table, with merged cells, sized to the terminal. */
export const renderPlanTable = (plan: Pick<Plan, "tasks">, terminalWidth: number): string => {
  const flexible = Math.max(
    2 * MIN_TEXT_WIDTH,
    terminalWidth - FIXED.serial - FIXED.units - FIXED.deadline - BORDERS,
  );
  const taskWidth = Math.round(flexible * TASK_SHARE);
  const widths = [FIXED.serial, taskWidth, flexible - taskWidth, FIXED.units, FIXED.deadline];
  const [serialWidth = 0, , stepWidth = 0, unitsWidth = 0, deadlineWidth = 0] = widths;
  const table: TableCell[][] = [[...PLAN_TABLE_HEADERS]];
  const tableWidth = widths.reduce((sum, width) => sum + width, 0) + widths.length - 1;
  for (const row of planTableRows(plan)) {
    for (const heading of row.headings) {
      table.push([
        { content: wrapped(headingCellText(heading), tableWidth), colSpan: widths.length },
      ]);
    }
    const { task, milestone } = row;
    table.push([
      ...merged(row.taskMerge, wrapped(serialCellText(task), serialWidth)),
      ...merged(row.taskMerge, wrapped(taskCellText(task), taskWidth)),
      milestone ? wrapped(milestoneCellText(milestone), stepWidth) : "",
      ...merged(
        row.unitsMerge,
        milestone ? wrapped(unitCellLines(milestone).join("\n"), unitsWidth) : "",
      ),
      milestone ? wrapped(deadlineCellText(milestone), deadlineWidth) : "",
    ]);
  }
  return `${drawTable(table, widths)}\n`;
};
