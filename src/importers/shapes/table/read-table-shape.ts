import type { Diagnostic } from "../../../domain/diagnostic.js";
import type { Plan } from "../../../domain/plan.js";
import { diagnostic } from "../../build-diagnostic.js";
import { planHeading, planYear, type HeadingOptions } from "../plan-heading.js";
import { findHeader, repeatsHeader, type TableHeader } from "./find-header.js";
import { checkHeaderCounts } from "../check-header-counts.js";
import type { ProgressListener } from "../../progress.js";
import { readTaskRows } from "./read-task-rows.js";
import { planColumns, rowCells } from "./row-cells.js";
import type { SourceDocument, SourceRow } from "../../source-document.js";
import { tablesOf, type TableInContext } from "../tables-of.js";
import { readTitleLines } from "../title-lines.js";
import { appendAll } from "../../../domain/append-all.js";

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

interface LocatedTable {
  readonly table: TableInContext;
  readonly header: TableHeader;
}

const textLines = (rows: readonly SourceRow[]): string[] =>
  rows.map((row) =>
    row.cells
      .map((cell) => cell.text)
      .filter((text) => text !== "")
      .join(" "),
  );

/**
 * The tables that make up the plan: the first with a recognisable header,
 * and in Word the tables after it that repeat that header or continue it
 * without one (a table split across pages).
 */
const planTables = (
  document: SourceDocument,
  diagnostics: Diagnostic[],
): { main: LocatedTable; dataRows: SourceRow[] } | null => {
  const tables = tablesOf(document);
  const located = tables.map((table) => ({ table, header: findHeader(table) }));
  const mainIndex = located.findIndex((entry) => entry.header !== null);
  const main = located[mainIndex];
  if (!main?.header) return null;
  const width = main.table.rows[main.header.lastRow]?.cells.length ?? 0;
  const dataRows = main.table.rows.slice(main.header.lastRow + 1);
  for (const [index, entry] of located.entries()) {
    if (index === mainIndex) continue;
    const continues =
      index > mainIndex &&
      document.format === "docx" &&
      (entry.header !== null ||
        (entry.table.paragraphsBefore.length === 0 && entry.table.rows[0]?.cells.length === width));
    if (continues) {
      appendAll(dataRows, entry.table.rows.slice(entry.header ? entry.header.lastRow + 1 : 0));
    } else {
      diagnostics.push(
        diagnostic(
          "info",
          "table.ignored",
          { file: document.fileName, sheet: entry.table.name },
          `「${entry.table.name}」不是计划表的一部分，未读取`,
          `"${entry.table.name}" is not part of the plan table and was not read`,
        ),
      );
    }
  }
  if (tables.length > 1 && document.format === "xlsx") {
    diagnostics.push(
      diagnostic(
        "info",
        "sheet.chosen",
        { file: document.fileName, sheet: main.table.name },
        `工作簿有 ${tables.length} 个工作表，读取的是「${main.table.name}」`,
        `The workbook has ${tables.length} sheets; read "${main.table.name}"`,
      ),
    );
  }
  return { main: { table: main.table, header: main.header }, dataRows };
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
  const { main, dataRows } = tables;
  const titleLines = readTitleLines([
    ...main.table.paragraphsBefore,
    ...textLines(main.table.rows.slice(0, main.header.firstRow)),
  ]);
  const year = planYear(options.title ?? titleLines.title, document.fileName, options.year);
  if (year === null) {
    return fail(
      "plan.no_year",
      "标题和文件名中都没有年份，无法确定“12月15日”这类时限属于哪一年；请用 --year 指定",
      "Neither the title nor the file name states a year, so deadlines such as 12月15日 cannot be dated; give it with --year",
    );
  }
  const columns = planColumns(main.header.columns);
  const rows = dataRows
    .filter((row) => !repeatsHeader(row, main.header))
    .map((row) => rowCells(row, columns));
  const read = readTaskRows(rows, {
    year,
    onRow: (index) => {
      if (index % 1000 === 0)
        options.onProgress?.({ phase: "build", done: index, total: rows.length });
    },
  });
  appendAll(diagnostics, read.diagnostics);
  const heading = planHeading(
    titleLines,
    read.tasks,
    { year, fileName: document.fileName, options },
    diagnostics,
  );
  const plan: Plan = {
    ...heading,
    year,
    columns: main.header.columns.map((column) => column.header),
    tasks: read.tasks,
  };
  appendAll(diagnostics, checkHeaderCounts(plan, file));
  const failed = diagnostics.some((d) => d.severity === "error");
  return { plan: failed ? null : plan, diagnostics };
};
