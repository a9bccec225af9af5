const HEADER = "序号,工作任务,节点计划,责任单位,完成时限";

/** A CSV table of `rows` tasks with one milestone each, all due `deadline`. */
export const bigCsv = (rows: number, deadline: string): Uint8Array => {
  const lines = [HEADER];
  for (let row = 1; row <= rows; row += 1) {
    lines.push(`${row},任务${row},（1）节点${row},市科技局,${deadline}`);
  }
  return new TextEncoder().encode(lines.join("\n"));
};
