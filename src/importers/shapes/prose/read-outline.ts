import type { Diagnostic, SourceLocation } from "../../../domain/diagnostic.js";
import { cleanText } from "../../../domain/normalize-text.js";
import { readOutlineLabel } from "../../../domain/outline-label.js";
import { readResponsibilityPhrase } from "../../../domain/responsibility-phrase.js";
import {
  findResponsibilityRule,
  type ResponsibilityRule,
} from "../../../domain/responsibility-rule.js";
import { diagnostic } from "../../build-diagnostic.js";
import type { SourceParagraph } from "../../source-document.js";
import { noticeLineKind, type NoticeLine } from "./notice-lines.js";

/** A line under a numbered item that names roles, people or a deadline: "牵头单位：X". */
export interface LabelledLine {
  readonly text: string;
  readonly location: SourceLocation;
}

/** One numbered paragraph with what is written under it, placed in the outline. */
export interface OutlineItem {
  readonly level: number;
  /** The number as written, without punctuation: "一", "1", "①". */
  readonly label: string;
  /** The number with its punctuation, as it opens the paragraph: "（一）", "1.". */
  readonly number: string;
  readonly value: number;
  /** The paragraph's own text after the number. */
  readonly title: string;
  /** The title with the unnumbered paragraphs that continue it. */
  text: string;
  readonly lines: LabelledLine[];
  readonly location: SourceLocation;
  readonly parent: OutlineItem | null;
  readonly children: OutlineItem[];
  /** The document-wide rules stated before this item (or in it), latest last. */
  readonly rules: readonly ResponsibilityRule[];
}

export interface SkippedLine {
  readonly kind: NoticeLine;
  readonly paragraph: SourceParagraph;
}

export interface Outline {
  /** Every numbered item in document order. */
  readonly items: readonly OutlineItem[];
  /** The paragraphs before the first numbered item: title, addressees, preamble. */
  readonly preamble: readonly SourceParagraph[];
  /** Notice lines met after the list began (signature, date, 附件…). */
  readonly skipped: readonly SkippedLine[];
  readonly rules: readonly {
    readonly rule: ResponsibilityRule;
    readonly location: SourceLocation;
  }[];
  readonly diagnostics: readonly Diagnostic[];
}

const LABELLED_LINE =
  /^\s*[\u4e00-\u9fa5]{0,8}(?:单位|部门|领导|责任人|负责人|牵头|配合|完成时限|完成时间|完成期限|时间节点|时限)\s*[：:]/;
const SENTENCE_END = /[。；;！!？?：:]$/;
const WHOLLY_BRACKETED =
  /^[（(〔]([^（）()〔〕]*(?:[（(][^（）()]*[）)][^（）()〔〕]*)*)[）)〕][。.；;]?$/;

/**
 * "（责任单位：市住房城乡建设局、市财政局）" on a line of its own: the inside, when it
 * names roles, is a labelled line of the item above (and may cover its sub-items).
 */
const bracketedLine = (text: string): string | null => {
  const inside = WHOLLY_BRACKETED.exec(text)?.[1];
  if (inside === undefined) return null;
  return LABELLED_LINE.test(inside) || readResponsibilityPhrase(inside, { readLists: true })
    ? inside
    : null;
};

interface Numbered {
  readonly level: number;
  readonly label: string;
  readonly value: number;
  readonly rest: string;
  /** The level came from Word's list level, not from how the number is written. */
  readonly guessed: boolean;
}

const numberOf = (paragraph: SourceParagraph, text: string): Numbered | null => {
  const read = readOutlineLabel(text);
  if (read) return { ...read, guessed: false };
  const numbering = paragraph.numbering;
  if (numbering === null) return null;
  const rest = text.startsWith(numbering.label) ? text.slice(numbering.label.length).trim() : text;
  const value = Number(/\d+/.exec(numbering.label)?.[0] ?? Number.NaN);
  return {
    level: numbering.level + 1,
    label: numbering.label,
    value: Number.isNaN(value) ? 0 : value,
    rest,
    guessed: true,
  };
};

const levelGuessed = (paragraph: SourceParagraph, numbered: Numbered): Diagnostic =>
  diagnostic(
    "warning",
    "outline.level_guessed",
    { ...paragraph.location, text: paragraph.text },
    `编号「${numbered.label}」不是常见的层级写法（一、（一）1.（1）①），按 Word 列表级别读作第 ${numbered.level} 级`,
    `The number "${numbered.label}" is not one of the usual outline forms (一、（一）1.（1）①); read as level ${numbered.level} from Word's list level`,
  );

const numberingGap = (
  paragraph: SourceParagraph,
  numbered: Numbered,
  before: OutlineItem,
): Diagnostic =>
  diagnostic(
    "warning",
    "outline.numbering_gap",
    { ...paragraph.location, text: paragraph.text },
    `编号「${numbered.label}」紧接在同级的「${before.label}」之后：可能漏了一项，或编号有误`,
    `The number "${numbered.label}" follows "${before.label}" at the same level: an item may be missing, or the numbering is wrong`,
  );

/**
 * Places the numbered paragraphs of a document in an outline, with the
 * labelled lines and continuation paragraphs under each, and notes the
 * document-wide responsibility rules where they are stated.
 */
export const readOutline = (paragraphs: readonly SourceParagraph[]): Outline => {
  const items: OutlineItem[] = [];
  const preamble: SourceParagraph[] = [];
  const skipped: SkippedLine[] = [];
  const rules: { rule: ResponsibilityRule; location: SourceLocation }[] = [];
  const diagnostics: Diagnostic[] = [];
  const open: OutlineItem[] = [];
  const roots: OutlineItem[] = [];

  for (const paragraph of paragraphs) {
    let text = cleanText(paragraph.text);
    if (text === "") continue;
    const stated = findResponsibilityRule(text);
    if (stated) {
      rules.push({ rule: stated.rule, location: paragraph.location });
      text = stated.rest;
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
    }
    const numbered = numberOf(paragraph, text);
    const notice = numbered === null ? noticeLineKind(text) : null;
    const current = open.at(-1);
    if (numbered) {
      if (numbered.guessed) diagnostics.push(levelGuessed(paragraph, numbered));
      while ((open.at(-1)?.level ?? 0) >= numbered.level) open.pop();
      const parent = open.at(-1) ?? null;
      const before = parent === null ? roots.at(-1) : parent.children.at(-1);
      if (
        before &&
        !numbered.guessed &&
        before.level === numbered.level &&
        numbered.value !== before.value + 1
      ) {
        diagnostics.push(numberingGap(paragraph, numbered, before));
      }
      const item: OutlineItem = {
        level: numbered.level,
        label: numbered.label,
        number: text.slice(0, text.length - numbered.rest.length).trim(),
        value: numbered.value,
        title: numbered.rest,
        text: numbered.rest,
        lines: [],
        location: paragraph.location,
        parent,
        children: [],
        rules: rules.map((r) => r.rule),
      };
      (parent?.children ?? roots).push(item);
      items.push(item);
      open.push(item);
    } else if (current === undefined) {
      preamble.push(paragraph);
    } else if (notice !== null) {
      skipped.push({ kind: notice, paragraph });
    } else if (LABELLED_LINE.test(text)) {
      current.lines.push({ text, location: paragraph.location });
    } else if (bracketedLine(text) !== null) {
      current.lines.push({ text: bracketedLine(text) ?? text, location: paragraph.location });
    } else {
      // A paragraph without a number continues the item above (a wrapped line, a bracket below).
      current.text += (SENTENCE_END.test(current.text) ? "\n" : "") + text;
    }
  }
  return { items, preamble, skipped, rules, diagnostics };
};
