import type { Schema } from "../api.js";
import type { Text } from "../i18n.js";

/** "任务 204" or "节点计划 204（1）…": what an instruction is on, as it reads now. */
export const targetLabel = (
  instruction: Schema<"Instruction">,
  t: (text: Text) => string,
): string => {
  const { taskNo, seq, text } = instruction.target;
  const no = taskNo === null ? "" : String(taskNo);
  if (instruction.targetType === "task")
    return `${t({ zh: "任务", en: "Task" })} ${no} ${text ?? ""}`;
  const step = seq === null ? "" : `（${String(seq)}）`;
  return `${t({ zh: "节点计划", en: "Milestone" })} ${no}${step}${text ?? ""}`;
};
