import type { Diagnostic } from "../../../domain/diagnostic.js";
import { diagnostic } from "../../build-diagnostic.js";
import type { SourceRow, SourceTable } from "../../source-document.js";
import { largest } from "../../../domain/append-all.js";
import { classifyContent, type ContentKind } from "./column-content.js";
import { isScheduleHeader, type ColumnKind } from "./column-kinds.js";
import type { Column, HeaderColumn, TableHeader } from "./find-header.js";

/** The name a column recognised by its content goes by when its header cell is empty. */
const DEFAULT_HEADER: Readonly<Record<ColumnKind, string>> = {
  no: "序号",
  group: "类别",
  task: "工作任务",
  milestone: "节点计划",
  units: "责任单位",
  lead: "牵头单位",
  cooperating: "配合单位",
  role: "责任单位",
  persons: "责任领导",
  deadline: "完成时限",
  progress: "进展情况",
  remark: "备注",
};

const KIND_NAMES: Readonly<Record<ColumnKind, string>> = {
  no: "序号",
  group: "分组标题",
  task: "工作任务",
  milestone: "节点计划/措施",
  units: "责任单位",
  lead: "牵头单位",
  cooperating: "配合单位",
  role: "其他单位",
  persons: "责任人",
  deadline: "完成时限",
  progress: "进展情况",
  remark: "备注",
};

/** Long text goes to the task column first, then to the steps; a third is kept as written. */
const textKind = (taken: ReadonlySet<ColumnKind>): ColumnKind =>
  !taken.has("task") ? "task" : !taken.has("milestone") ? "milestone" : "remark";

const fromContent = (content: ContentKind | null, taken: ReadonlySet<ColumnKind>): ColumnKind => {
  if (content === null) return "remark";
  if (content === "text") return textKind(taken);
  // A second 序号-like column of numbers (a count, a score) is not a second 序号.
  if (content === "no" && taken.has("no")) return "remark";
  return content;
};

export interface RecognisedColumns {
  readonly columns: Column[];
  readonly diagnostics: Diagnostic[];
}

/** How a named column's content may overrule its header: 进度安排 of dates, 序号 over group labels. */
const named = (column: HeaderColumn & { kind: ColumnKind }, content: () => ContentKind | null) => {
  if (isScheduleHeader(column.header)) {
    return { kind: content() === "deadline" ? "deadline" : "milestone", byContent: true } as const;
  }
  // "序号" spanning a group column and the numbers: the group labels are the outline.
  if (column.kind === "no" && content() === "group")
    return { kind: "group", byContent: true } as const;
  return { kind: column.kind, byContent: false };
};

/**
 * Gives every column of a header its kind. Headers that name their column
 * decide; a column whose header is empty or says nothing known, a schedule
 * column (进度安排: dates or steps?) and a 序号 over group labels are named by
 * what their cells hold, with a warning at the header cell. Unnamed columns
 * with nothing recognisable in them are kept as written.
 */
export const recogniseColumns = (
  header: TableHeader,
  headerRow: SourceRow | undefined,
  dataRows: readonly SourceRow[],
  file: string,
): RecognisedColumns => {
  const contentOf = (column: HeaderColumn) => () =>
    classifyContent(dataRows.flatMap((row) => row.cells[column.index] ?? []));
  const decided = new Map<HeaderColumn, { kind: ColumnKind; byContent: boolean }>();
  for (const column of header.columns) {
    if (column.kind !== null)
      decided.set(column, named({ ...column, kind: column.kind }, contentOf(column)));
  }
  const taken = new Set([...decided.values()].map((d) => d.kind));
  for (const column of header.columns) {
    if (column.kind !== null) continue;
    const kind = fromContent(contentOf(column)(), taken);
    if (kind === "remark" && column.header === "") continue;
    decided.set(column, { kind, byContent: kind !== "remark" });
    taken.add(kind);
  }
  const columns: Column[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const column of header.columns) {
    const decision = decided.get(column);
    if (!decision) continue;
    const { kind } = decision;
    const name = column.header === "" ? DEFAULT_HEADER[kind] : column.header;
    columns.push({ index: column.index, kind, header: name });
    if (!decision.byContent) continue;
    const cell = headerRow?.cells[column.index] ?? dataRows[0]?.cells[column.index];
    diagnostics.push(
      diagnostic(
        "warning",
        "column.recognised_by_content",
        { ...(cell?.location ?? headerRow?.location ?? { file }), field: name },
        `第 ${column.index + 1} 列「${column.header || "（无表头）"}」按内容识别为「${KIND_NAMES[kind]}」列`,
        `Column ${column.index + 1} "${column.header || "(no header)"}" was taken as the ${kind} column from what it holds`,
      ),
    );
  }
  return { columns: withTaskColumn(columns), diagnostics };
};

/**
 * A table of steps alone (具体措施 | 责任单位 | 完成时限) has no task column:
 * each of its rows is then a task of one step, so its text column is the
 * task's. A table with two task-like columns and no step column ("工作任务"
 * beside "工作内容" under 节点安排) holds the steps in the second.
 */
const withTaskColumn = (columns: Column[]): Column[] => {
  const tasks = columns.filter((c) => c.kind === "task");
  const steps = columns.find((c) => c.kind === "milestone");
  if (tasks.length === 0) return columns.map((c) => (c === steps ? { ...c, kind: "task" } : c));
  const second = steps ? undefined : tasks[1];
  return columns.map((c) => (c === second ? { ...c, kind: "milestone" } : c));
};

/**
 * A table pasted without its header row: when no table of the document has
 * a header, one whose columns hold a task text and units or deadlines is
 * read by its content alone, every column with its warning.
 */
export const headerByContent = (table: Pick<SourceTable, "rows">): TableHeader | null => {
  const width = largest(
    table.rows.map((row) => row.cells.length),
    0,
  );
  const kinds = Array.from({ length: width }, (_, index) =>
    classifyContent(table.rows.flatMap((row) => row.cells[index] ?? [])),
  );
  const readable =
    kinds.includes("text") && (kinds.includes("units") || kinds.includes("deadline"));
  if (!readable) return null;
  return {
    firstRow: 0,
    lastRow: -1,
    columns: kinds.map((_, index) => ({ index, kind: null, header: "" })),
    texts: [],
  };
};
