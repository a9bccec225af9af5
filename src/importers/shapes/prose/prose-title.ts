import { cleanText, compactText } from "../../../domain/normalize-text.js";
import { stripExtractionArtefacts } from "../../../domain/plan-title.js";
import type { SourceParagraph } from "../../source-document.js";
import type { TitleLines } from "../title-lines.js";
import { noticeLineKind } from "./notice-lines.js";

/** How the name of a plan ends: 分工方案, 任务分解, 工作要点, 责任清单 … */
const PLAN_NAME = /(?:方案|分解|分解表|要点|清单|计划|任务|安排|责任表|台账)$/;
const TITLE_STYLE = /^(?:title|标题)$/i;

/**
 * The title of a numbered document, from the paragraphs before its list.
 * A notice that carries the plan as its attachment opens with its own
 * heading ("关于印发…的通知"); the plan's name stands last, right above the list.
 */
export const proseTitleLines = (preamble: readonly SourceParagraph[]): TitleLines => {
  const lines = preamble
    .map((paragraph) => ({ paragraph, text: stripExtractionArtefacts(cleanText(paragraph.text)) }))
    .filter(({ text }) => text !== "" && noticeLineKind(text) === null);
  const named = lines.filter(
    ({ paragraph, text }) =>
      (PLAN_NAME.test(compactText(text)) && !text.includes("。")) ||
      TITLE_STYLE.test(paragraph.style ?? ""),
  );
  const chosen = (named.at(-1) ?? lines[0])?.text;
  const title = chosen ?? null;
  return {
    title,
    subtitle: null,
    others: lines.map(({ text }) => text).filter((text) => text !== chosen),
  };
};
