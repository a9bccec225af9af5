import { Document, Packer, Paragraph, TextRun } from "docx";
import type { Deadline } from "../src/domain/deadline.js";
import { unitsOf, type Milestone, type Plan, type Task } from "../src/domain/plan.js";

/**
 * A generated plan written as numbered prose (分工方案), the form most
 * governments publish: the notice's opening, 一、 sections and （一）
 * subsections, "N. task（牵头单位：X；配合单位：Y）" items and "（k）…" steps
 * with their deadline first, the requirements and the signature. Every task
 * and step of the plan is one item, so reading the prose back must give the
 * plan's milestone count.
 */

export type ProseFormat = "docx" | "txt" | "html";

const TASKS_PER_SECTION = 100;
const TASKS_PER_SUBSECTION = 20;
const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 1–99 in Chinese numerals: 十一, 二十, 二十三. */
const chinese = (n: number): string => {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return NUMERALS[ones] ?? "";
  return `${tens === 1 ? "" : (NUMERALS[tens] ?? "")}十${NUMERALS[ones] ?? ""}`;
};

const bracket = (units: readonly string[]): string => {
  const [lead, ...others] = units;
  if (lead === undefined) return "";
  return others.length === 0
    ? `（牵头单位：${lead}）`
    : `（牵头单位：${lead}；配合单位：${others.join("、")}）`;
};

const withoutStop = (text: string): string => text.replace(/。$/, "");

/** A deadline phrase heads the step ("6月底前，…"); ongoing work says so at the end. */
const stepText = (deadline: Deadline, text: string): string => {
  switch (deadline.kind) {
    case "date":
      return `${deadline.text}前，${text}`;
    case "period_end":
    case "recurring":
      return `${deadline.text}，${text}`;
    case "ongoing":
      return `${withoutStop(text)}，${deadline.text}。`;
    case "none":
      return text;
  }
};

const taskLines = (task: Task, no: number): string[] => {
  const only = task.milestones[0];
  if (task.milestones.length === 1 && only?.seq === null) {
    return [`${no}. ${withoutStop(stepText(only.deadline, only.text))}。${bracket(unitsOf(only))}`];
  }
  const steps = task.milestones.map(
    (m: Milestone) =>
      `（${m.seq ?? 1}）${withoutStop(stepText(m.deadline, m.text))}。${bracket(unitsOf(m))}`,
  );
  return [`${no}. ${withoutStop(task.title)}。${bracket(task.leadUnits)}`, ...steps];
};

/** The document's paragraphs, in order. */
export const proseLines = (plan: Plan): string[] => {
  const lines = [
    `${plan.year}年市政府工作报告重点工作任务分工方案`,
    "各县（市、区）人民政府，市政府各部门、各直属机构：",
    `为确保${plan.year}年市政府工作报告确定的各项目标任务落到实处，现将重点工作任务分工如下：`,
  ];
  plan.tasks.forEach((task, index) => {
    if (index % TASKS_PER_SECTION === 0) {
      lines.push(
        `${chinese(index / TASKS_PER_SECTION + 1)}、重点领域第${index / TASKS_PER_SECTION + 1}部分`,
      );
    }
    if (index % TASKS_PER_SUBSECTION === 0) {
      const sub = (index % TASKS_PER_SECTION) / TASKS_PER_SUBSECTION + 1;
      lines.push(`（${chinese(sub)}）专项工作第${sub}组`);
    }
    lines.push(...taskLines(task, index + 1));
  });
  lines.push(
    "各地各部门要切实加强组织领导，每季度末向市政府督查室报送进展情况。",
    "市人民政府办公室",
    `${plan.year}年3月1日`,
  );
  return lines;
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const toHtml = (plan: Plan): string =>
  [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(plan.title)}</title></head><body>`,
    ...proseLines(plan).map((line) => `<p>${escapeHtml(line)}</p>`),
    "</body></html>",
  ].join("\n");

const toDocx = async (plan: Plan): Promise<Uint8Array> => {
  const document = new Document({
    sections: [
      {
        children: proseLines(plan).map((line) => new Paragraph({ children: [new TextRun(line)] })),
      },
    ],
  });
  return Packer.toBuffer(document);
};

export const PROSE_WRITERS: Readonly<Record<ProseFormat, (plan: Plan) => Promise<Uint8Array>>> = {
  docx: toDocx,
  txt: (plan) => Promise.resolve(new TextEncoder().encode(proseLines(plan).join("\n") + "\n")),
  html: (plan) => Promise.resolve(new TextEncoder().encode(toHtml(plan))),
};
