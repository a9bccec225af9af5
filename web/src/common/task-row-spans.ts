import type { ColumnsType } from "antd/es/table";
import type { Text } from "../i18n.js";

/**
 * Rows of one task share its 序号 and 工作任务 cells, as in the Word table:
 * the first row of a run spans the run, the others are covered (0).
 */
export const taskRowSpans = (taskIds: readonly number[]): number[] =>
  taskIds.map((taskId, index) => {
    if (index > 0 && taskIds[index - 1] === taskId) return 0;
    let span = 1;
    while (taskIds[index + span] === taskId) span += 1;
    return span;
  });

/**
 * 序号 and 工作任务 as the first two columns of a decomposition table, each
 * cell merged over its task's rows and top-aligned: a long task's centred
 * title would sit out of view in a scrolled table.
 */
export const mergedTaskColumns = <Row extends { readonly task: { label: string; title: string } }>(
  t: (text: Text) => string,
  rowSpans: readonly number[],
): ColumnsType<Row> => {
  const merged = (_: Row, index?: number) => ({
    rowSpan: rowSpans[index ?? 0] ?? 1,
    style: { verticalAlign: "top" as const },
  });
  return [
    {
      title: t({ zh: "序号", en: "No." }),
      key: "no",
      width: 64,
      render: (_, row) => row.task.label,
      onCell: merged,
    },
    {
      title: t({ zh: "工作任务", en: "Task" }),
      key: "task",
      width: 260,
      render: (_, row) => row.task.title,
      onCell: merged,
    },
  ];
};
