import type { Plan } from "../src/domain/plan.js";
import { rowTexts, type RowTexts } from "../src/exporters/plan-cell-text.js";
import { PLAN_TABLE_HEADERS, planTableRows } from "../src/exporters/plan-table-layout.js";

/**
 * The generated masters in the text formats offices also hand round: CSV
 * (merges filled down, as a spreadsheet export writes them), Word's plain-text
 * extraction (a cell per tab-led line, a blank line between rows) and a saved
 * web page (rowspan for the merged cells). Bench-only writers: Duban's own
 * exports are the Word and Excel tables.
 */

export type TextFormat = "csv" | "txt" | "html";

interface FilledRow {
  readonly texts: RowTexts;
  /** The row's cells with merges filled down. */
  readonly filled: readonly string[];
}

const filledRows = (plan: Plan): FilledRow[] => {
  let above: string[] = [];
  return planTableRows(plan).map((row) => {
    const texts = rowTexts(row);
    const filled = [
      texts.serial ?? above[0] ?? "",
      texts.task ?? above[1] ?? "",
      texts.milestone,
      texts.units === null ? (above[3] ?? "") : texts.units.join("\n"),
      texts.deadline,
    ];
    above = filled;
    return { texts, filled };
  });
};

const csvField = (text: string): string =>
  /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

const toCsv = (plan: Plan): string =>
  [[plan.title], [...PLAN_TABLE_HEADERS], ...filledRows(plan).map((row) => row.filled)]
    .map((cells) => cells.map(csvField).join(","))
    .join("\r\n");

/** Word's extraction: merged-away cells are empty, each paragraph of a cell on its own line. */
const toTxt = (plan: Plan): string => {
  const block = (cells: readonly string[]): string => cells.map((cell) => `\t${cell}`).join("\n");
  const rows = filledRows(plan).map(({ texts }) =>
    block([
      texts.serial ?? "",
      texts.task ?? "",
      texts.milestone,
      texts.units === null ? "" : texts.units.join("\n"),
      texts.deadline,
    ]),
  );
  return [plan.title, "", block([...PLAN_TABLE_HEADERS]), ...rows].join("\n\n") + "\n";
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const cellHtml = (text: string, span: number): string =>
  `<td${span > 1 ? ` rowspan="${span}"` : ""}>${text.split("\n").map(escapeHtml).join("<br>")}</td>`;

const toHtml = (plan: Plan): string => {
  const rows = planTableRows(plan).map((row) => {
    const texts = rowTexts(row);
    const taskSpan = row.taskMerge.kind === "start" ? row.taskMerge.span : 1;
    const unitsSpan = row.unitsMerge.kind === "start" ? row.unitsMerge.span : 1;
    const cells = [
      texts.serial === null ? "" : cellHtml(texts.serial, taskSpan),
      texts.task === null ? "" : cellHtml(texts.task, taskSpan),
      cellHtml(texts.milestone, 1),
      texts.units === null ? "" : cellHtml(texts.units.join("\n"), unitsSpan),
      cellHtml(texts.deadline, 1),
    ];
    return `<tr>${cells.join("")}</tr>`;
  });
  const header = `<tr>${PLAN_TABLE_HEADERS.map((h) => `<th>${h}</th>`).join("")}</tr>`;
  return [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(plan.title)}</title></head><body>`,
    `<h1>${escapeHtml(plan.title)}</h1>`,
    `<table border="1">${header}`,
    ...rows,
    "</table></body></html>",
  ].join("\n");
};

export const TEXT_WRITERS: Readonly<Record<TextFormat, (plan: Plan) => string>> = {
  csv: toCsv,
  txt: toTxt,
  html: toHtml,
};
