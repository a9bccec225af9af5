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
