import type { Schema } from "../api.js";
import type { Text } from "../i18n.js";
import { milestoneCode } from "./words.js";

export type Instruction = Schema<"Instruction">;

/** Where an instruction stands for the viewer: awaiting an answer (as the API judges it), answered, closed. */
export type InstructionState = "awaiting" | "answered" | "closed";

export const stateOf = (
  instruction: Instruction,
  awaiting: ReadonlySet<number>,
): InstructionState =>
  instruction.closedAt !== null ? "closed" : awaiting.has(instruction.id) ? "awaiting" : "answered";

const RANK: Readonly<Record<InstructionState, number>> = { awaiting: 0, answered: 1, closed: 2 };

/** Those awaiting an answer first, then open ones, then closed ones; newest first within each. */
export const byUrgency =
  (awaiting: ReadonlySet<number>) =>
  (a: Instruction, b: Instruction): number =>
    RANK[stateOf(a, awaiting)] - RANK[stateOf(b, awaiting)] ||
    b.createdAt.localeCompare(a.createdAt);

export const STATE_TAG: Readonly<
  Record<InstructionState, { readonly colour: string; readonly office: Text; readonly unit: Text }>
> = {
  awaiting: {
    colour: "orange",
    office: { zh: "待答复", en: "Awaiting answers" },
    unit: { zh: "待本单位答复", en: "Awaiting our answer" },
  },
  answered: {
    colour: "blue",
    office: { zh: "已答复", en: "Answered" },
    unit: { zh: "已答复", en: "Answered" },
  },
  closed: {
    colour: "default",
    office: { zh: "已办结", en: "Closed" },
    unit: { zh: "已办结", en: "Closed" },
  },
};

/** "任务 202" or "节点 202（1）"; the target may have been removed by a revision. */
export const targetName = (instruction: Instruction): Text => {
  const { taskNo, seq } = instruction.target;
  const code = milestoneCode(taskNo, seq);
  return instruction.targetType === "task"
    ? { zh: `任务 ${code}`, en: `Task ${code}` }
    : { zh: `节点 ${code}`, en: `Milestone ${code}` };
};
