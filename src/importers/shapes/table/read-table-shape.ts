import type { Diagnostic } from "../../../domain/diagnostic.js";
import type { OutlineHeading, Plan, Task } from "../../../domain/plan.js";
import { underHeading } from "./row-heading.js";
import { diagnostic } from "../../build-diagnostic.js";
import { planHeading, planYear, type HeadingOptions } from "../plan-heading.js";
import { repeatsHeader } from "./find-header.js";
import { checkHeaderCounts } from "../check-header-counts.js";
import type { ProgressListener } from "../../progress.js";
import { readTaskRows } from "./read-task-rows.js";
import { planColumns, rowCells, type RowCells } from "./row-cells.js";
import type { SourceDocument } from "../../source-document.js";
import { readTitleLines } from "../title-lines.js";
import { appendAll } from "../../../domain/append-all.js";
import { planTables, type PlanPart } from "./plan-tables.js";
import { recogniseColumns } from "./recognise-columns.js";
import type { Column } from "./find-header.js";

export interface BuildPlanOptions extends HeadingOptions {
  /** The plan year when the title does not state one. */
  readonly year?: number;
  readonly onProgress?: ProgressListener;
}

export interface BuildPlanResult {
  /** null when any diagnostic is an error: an import is all or nothing. */
  readonly plan: Plan | null;
  readonly diagnostics: Diagnostic[];
}

/** The rows of one section: the parts from one with a heading up to the next one. */
interface SectionRows {
  readonly part: PlanPart;
  readonly rows: RowCells[];
}

/**
 * Reads each part's columns (a continuation without a header keeps the
 * columns above it) and gathers the rows by section.
 */
const sectionRows = (
  parts: readonly PlanPart[],
  file: string,
  diagnostics: Diagnostic[],
): { sections: SectionRows[]; columns: readonly Column[] } => {
  const sections: SectionRows[] = [];
  let columns: Column[] = [];
  let first: readonly Column[] | null = null;
  let header: PlanPart["header"] | null = null;
  for (const part of parts) {
    if (part.header !== header) {
      header = part.header;
      const recognised = recogniseColumns(
        part.header,
        part.table.rows[part.header.lastRow],
        part.dataRows,
        file,
      );
      appendAll(diagnostics, recognised.diagnostics);
      columns = recognised.columns;
      first ??= columns;
    }
    const planned = planColumns(columns);
    const rows = part.dataRows
      .filter((row) => !repeatsHeader(row, part.header))
      .map((row) => rowCells(row, planned));
    const current = sections.at(-1);
    if (current && part.section === null) appendAll(current.rows, rows);
    else sections.push({ part, rows });
  }
  return { sections, columns: first ?? [] };
};

/** Says which sheet was read when a workbook holds others that are not part of the plan. */
const sheetChosen = (document: SourceDocument, parts: readonly PlanPart[]): Diagnostic | null => {
  const sheets = document.blocks.filter((block) => block.kind === "table").length;
  const read = new Set(parts.map((part) => part.table.name));
  const [name] = read;
  if (document.format !== "xlsx" || sheets < 2 || read.size !== 1 || name === undefined)
    return null;
  return diagnostic(
    "info",
    "sheet.chosen",
    { file: document.fileName, sheet: name },
    `工作簿有 ${sheets} 个工作表，读取的是「${name}」`,
    `The workbook has ${sheets} sheets; read "${name}"`,
  );
};

/** Turns the tables a format reader found into a plan, or says why it cannot. */
export const readTableShape = (
  document: SourceDocument,
  options: BuildPlanOptions = {},
): BuildPlanResult => {
  const diagnostics: Diagnostic[] = [...document.diagnostics];
  const file = { file: document.fileName };
  const fail = (code: string, zh: string, en: string): BuildPlanResult => ({
    plan: null,
    diagnostics: [...diagnostics, diagnostic("error", code, file, zh, en)],
  });
  if (!document.blocks.some((block) => block.kind === "table")) {
    return fail("document.no_table", "文件中没有找到表格", "No table was found in the file");
  }
  const tables = planTables(document, diagnostics);
  if (!tables) {
    return fail(
      "table.no_header",
      "没有找到可识别的表头：表头应包含“工作任务/节点计划”和“责任单位/完成时限”等列",
      "No recognisable header row: it should name columns such as 工作任务/节点计划 and 责任单位/完成时限",
    );
  }
  const chosen = sheetChosen(document, tables.parts);
  if (chosen) diagnostics.push(chosen);
  const titleLines = readTitleLines(tables.titleLines);
  const year = planYear(options.title ?? titleLines.title, document.fileName, options.year);
  if (year === null) {
    return fail(
      "plan.no_year",
      "标题和文件名中都没有年份，无法确定“12月15日”这类时限属于哪一年；请用 --year 指定",
      "Neither the title nor the file name states a year, so deadlines such as 12月15日 cannot be dated; give it with --year",
    );
  }
  const { sections, columns } = sectionRows(tables.parts, document.fileName, diagnostics);
  const total = sections.reduce((sum, section) => sum + section.rows.length, 0);
  let done = 0;
  const tasks: Task[] = [];
  // A heading above a table replaces those of its level and below from the tables before it.
  let above: OutlineHeading[] = [];
  for (const section of sections) {
    above = (section.part.section?.headings ?? []).reduce(underHeading, above);
    const read = readTaskRows(section.rows, {
      year,
      section: above,
      onRow: () => {
        done += 1;
        if (done % 1000 === 0) options.onProgress?.({ phase: "build", done, total });
      },
    });
    appendAll(tasks, read.tasks);
    appendAll(diagnostics, read.diagnostics);
  }
  const heading = planHeading(
    titleLines,
    tasks,
    { year, fileName: document.fileName, options },
    diagnostics,
  );
  const plan: Plan = {
    ...heading,
    year,
    columns: columns.map((column) => column.header),
    tasks,
  };
  appendAll(diagnostics, checkHeaderCounts(plan, file));
  const failed = diagnostics.some((d) => d.severity === "error");
  return { plan: failed ? null : plan, diagnostics };
};
