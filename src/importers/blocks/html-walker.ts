import { checkRowCount } from "../check-limits.js";
import type { ImportLimits } from "../limits.js";
import { paragraphBlock, type ListNumbering, type SourceBlock } from "../source-document.js";
import { HtmlTableGrid, parseColspan, parseRowspan } from "./html-table-grid.js";
import { HARD_BREAK, htmlLines } from "./html-text.js";
import { formatListNumber } from "./render-list-label.js";

type Attributes = Readonly<Record<string, string>>;

/** Elements whose content a reader never sees. */
const SKIPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "title",
  "xml",
  "svg",
  "math",
  "iframe",
  "object",
  "select",
  "textarea",
]);

/** Elements that start and end a paragraph of their own (outside tables) or a line (inside cells). */
const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "nav",
  "aside",
  "address",
  "center",
  "pre",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "hr",
  "body",
  "html",
]);

const HEADING = /^h([1-6])$/;

/** `<ol type>`, and the CSS list-style-type names Word and editors write. */
const LIST_FORMATS: Readonly<Record<string, string>> = {
  "1": "decimal",
  a: "lowerLetter",
  A: "upperLetter",
  i: "lowerRoman",
  I: "upperRoman",
  decimal: "decimal",
  "lower-alpha": "lowerLetter",
  "lower-latin": "lowerLetter",
  "upper-alpha": "upperLetter",
  "upper-latin": "upperLetter",
  "lower-roman": "lowerRoman",
  "upper-roman": "upperRoman",
  "cjk-ideographic": "chineseCounting",
  "simp-chinese-informal": "chineseCountingThousand",
  "cjk-decimal": "chineseDigits",
  "cjk-heavenly-stem": "ideographTraditional",
  "cjk-earthly-branch": "ideographZodiac",
  circle: "bullet",
  disc: "bullet",
  square: "bullet",
  none: "none",
};

/** The punctuation after a number, as browsers show each kind: "1." but "一、". */
const labelOf = (value: number, format: string): string => {
  const number = formatListNumber(value, format === "chineseDigits" ? "chineseCounting" : format);
  if (number === "") return "";
  return /^(chinese|ideograph)/.test(format) ? `${number}、` : `${number}.`;
};

const isHidden = (attributes: Attributes): boolean => {
  if (attributes.hidden !== undefined) return true;
  const style = (attributes.style ?? "").toLowerCase();
  return /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/.test(style);
};

/** Word's web page marks a numbered paragraph `mso-list:l0 level2 lfo1`. */
const WORD_LIST_LEVEL = /mso-list\s*:\s*l\d+\s+level(\d+)/i;
/** …and puts the number it shows in a span marked `mso-list:Ignore`. */
const WORD_LIST_LABEL = /mso-list\s*:\s*ignore/i;
/**
 * A label that shows a number (一、 （1） ① 3.2 a.) rather than a bullet,
 * which Word writes as a symbol-font character ("·", "Ø", "l").
 */
const isNumberLabel = (label: string): boolean =>
  /[0-9０-９〇一二三四五六七八九十百千甲乙丙丁戊己庚辛壬癸\u2460-\u249b]/.test(label) ||
  /^[(（]?[a-zA-Z]{1,6}[.)）、．]$/.test(label);

/** A paragraph of Word's list numbering on a web page: its level and the label gathered so far. */
interface WordListItem {
  readonly level: number;
  label: string;
}

interface ListContext {
  /** The list type's number format; "bullet" for <ul>. */
  readonly format: string;
  next: number;
}

interface OpenCell {
  raw: string;
  readonly rowspan: number;
  readonly colspan: number;
}

const listStyle = (attributes: Attributes): string | undefined => {
  const css = /list-style(?:-type)?\s*:\s*([\w-]+)/i.exec(attributes.style ?? "")?.[1];
  return css === undefined ? undefined : LIST_FORMATS[css.toLowerCase()];
};

/**
 * Follows the parser's events through a page. Text outside tables becomes
 * paragraph blocks (p, h1–h6, li with its number, div text, lines between
 * <br>); each top-level <table> becomes a table block with its spans
 * resolved, and a table nested in a cell gives its text, row by row, to
 * that cell. What a browser would not show (script, style, hidden elements)
 * is not read. On Word's web pages a paragraph of its list numbering
 * (`mso-list:l0 level2`) holds the number Word showed in a span marked
 * `mso-list:Ignore`: it is read as that paragraph's label, in front of its
 * text (a bullet symbol is dropped), and in a cell as the cell's text.
 */
export class HtmlWalker {
  readonly blocks: SourceBlock[] = [];
  private skipping = 0;
  private tableDepth = 0;
  private tableCount = 0;
  private paragraphCount = 0;
  private totalRows = 0;

  /** Text of the paragraph being gathered outside tables. */
  private flow = "";
  private flowStyle: string | null = null;
  private flowNumbering: ListNumbering | null = null;
  private readonly lists: ListContext[] = [];
  private wordItem: WordListItem | null = null;
  /** Depth inside the span holding a Word list label; 0 outside. */
  private labelDepth = 0;

  private grid: HtmlTableGrid | null = null;
  private cell: OpenCell | null = null;
  /** Text of a top-level table's <caption>, or null outside one. */
  private caption: string | null = null;

  constructor(
    private readonly fileName: string,
    private readonly limits: ImportLimits,
  ) {}

  open(name: string, attributes: Attributes): void {
    if (this.skipping > 0 || SKIPPED.has(name) || isHidden(attributes)) {
      this.skipping += 1;
      return;
    }
    if (this.labelDepth > 0) {
      this.labelDepth += 1;
      return;
    }
    if (this.wordItem && WORD_LIST_LABEL.test(attributes.style ?? "")) {
      this.labelDepth = 1;
      return;
    }
    if (name === "br") {
      this.lineBreak();
      return;
    }
    if (this.tableDepth > 0) {
      this.openInTable(name, attributes);
      return;
    }
    if (name === "table") {
      this.endParagraph();
      this.tableDepth = 1;
      this.grid = new HtmlTableGrid(this.fileName, this.tableCount + 1, this.limits);
      return;
    }
    if (name === "ol" || name === "ul") this.openList(name, attributes);
    if (!BLOCKS.has(name)) return;
    this.endParagraph();
    const heading = HEADING.exec(name)?.[1];
    if (heading !== undefined) this.flowStyle = `heading ${heading}`;
    if (name === "li") this.flowNumbering = this.listItem(attributes);
    const wordLevel = WORD_LIST_LEVEL.exec(attributes.style ?? "")?.[1];
    if (wordLevel !== undefined) this.wordItem = { level: Number(wordLevel) - 1, label: "" };
  }

  close(name: string): void {
    if (this.skipping > 0) {
      this.skipping -= 1;
      return;
    }
    if (this.labelDepth > 0) {
      this.labelDepth -= 1;
      return;
    }
    if (this.tableDepth > 0) {
      this.closeInTable(name);
      return;
    }
    if (name === "ol" || name === "ul") this.lists.pop();
    if (BLOCKS.has(name)) {
      this.endParagraph();
      // A list item without text passes its number to no one.
      if (name === "li") this.flowNumbering = null;
    }
  }

  text(text: string): void {
    if (this.skipping > 0) return;
    if (this.labelDepth > 0 && this.wordItem) this.wordItem.label += text;
    else if (this.cell) this.cell.raw += text;
    else if (this.caption !== null) this.caption += text;
    else if (this.tableDepth === 0) this.flow += text;
  }

  /** Ends the document: what is still open is closed, as at </html>. */
  finish(): void {
    if (this.grid) this.endTable();
    this.endParagraph();
  }

  private lineBreak(): void {
    if (this.cell) this.cell.raw += HARD_BREAK;
    else if (this.tableDepth === 0) this.endParagraph(true);
  }

  private openInTable(name: string, attributes: Attributes): void {
    if (name === "table") {
      this.tableDepth += 1;
      this.breakCell();
      return;
    }
    if (this.tableDepth > 1) {
      // A nested table's rows and cells are lines of the outer cell.
      if (name === "tr" || name === "td" || name === "th" || BLOCKS.has(name)) this.breakCell();
      if (name === "li") this.itemInCell(attributes);
      return;
    }
    switch (name) {
      case "tr":
        this.grid?.startRow();
        this.countRow();
        return;
      case "td":
      case "th":
        this.cell = {
          raw: "",
          rowspan: parseRowspan(attributes.rowspan),
          colspan: parseColspan(attributes.colspan),
        };
        return;
      case "caption":
        this.caption = "";
        return;
    }
    if (name === "ol" || name === "ul") this.openList(name, attributes);
    if (BLOCKS.has(name)) this.breakCell();
    if (name === "li") this.itemInCell(attributes);
  }

  private closeInTable(name: string): void {
    if (name === "table") {
      this.tableDepth -= 1;
      if (this.tableDepth === 0) this.endTable();
      else this.breakCell();
      return;
    }
    if (this.tableDepth > 1) {
      if (name === "tr" || name === "td" || name === "th" || BLOCKS.has(name)) this.breakCell();
      return;
    }
    switch (name) {
      case "td":
      case "th":
        this.closeCell();
        return;
      case "tr":
        this.closeCell();
        this.grid?.endRow();
        return;
      case "caption":
        this.closeCaption();
        return;
    }
    if (name === "ol" || name === "ul") this.lists.pop();
    if (BLOCKS.has(name)) this.breakCell();
  }

  private breakCell(): void {
    if (this.cell) this.cell.raw += HARD_BREAK;
  }

  private itemInCell(attributes: Attributes): void {
    const numbering = this.listItem(attributes);
    if (this.cell && numbering) this.cell.raw += numbering.label;
  }

  private countRow(): void {
    this.totalRows += 1;
    checkRowCount(this.totalRows, this.limits, {
      file: this.fileName,
      table: this.tableCount + 1,
      row: this.grid?.rowCount ?? 1,
    });
  }

  private closeCell(): void {
    const cell = this.cell;
    if (!cell || !this.grid) return;
    this.cell = null;
    this.grid.addCell(htmlLines(cell.raw).join("\n"), cell.rowspan, cell.colspan);
  }

  private closeCaption(): void {
    const text = htmlLines(this.caption ?? "").join("");
    this.caption = null;
    if (text !== "") this.addParagraph(text, null, null);
  }

  private endTable(): void {
    this.closeCell();
    const grid = this.grid;
    this.grid = null;
    this.caption = null;
    this.tableDepth = 0;
    // A <table> without rows shows nothing: not a table.
    if (!grid || grid.rowCount === 0) return;
    this.tableCount += 1;
    this.blocks.push(grid.finish());
  }

  private openList(name: string, attributes: Attributes): void {
    const format =
      name === "ul"
        ? "bullet"
        : (listStyle(attributes) ?? LIST_FORMATS[attributes.type ?? "1"] ?? "decimal");
    const start = Number.parseInt(attributes.start ?? "", 10);
    this.lists.push({ format, next: Number.isFinite(start) ? start : 1 });
  }

  /** The number a <li> shows, advancing its list; null in a bullet list or outside any list. */
  private listItem(attributes: Attributes): ListNumbering | null {
    const list = this.lists.at(-1);
    if (!list) return null;
    const own = Number.parseInt(attributes.value ?? "", 10);
    const value = Number.isFinite(own) ? own : list.next;
    list.next = value + 1;
    const format = listStyle(attributes) ?? list.format;
    const label = labelOf(value, format);
    return label === "" ? null : { label, level: this.lists.length - 1 };
  }

  /** Emits the paragraph gathered so far; `keepContext` keeps its style and number for the next line (after <br>). */
  private endParagraph(keepContext = false): void {
    const text = htmlLines(this.flow).join(" ");
    this.flow = "";
    const numbering = this.wordNumbering() ?? this.flowNumbering;
    if (text !== "") {
      this.addParagraph(text, numbering, this.flowStyle);
      this.flowNumbering = null;
      this.wordItem = null;
    }
    if (!keepContext) {
      this.flowStyle = null;
      this.wordItem = null;
    }
  }

  /** The number Word's list numbering shows before the paragraph; null for a bullet or none. */
  private wordNumbering(): ListNumbering | null {
    if (!this.wordItem) return null;
    const label = htmlLines(this.wordItem.label).join("");
    return isNumberLabel(label) ? { label, level: this.wordItem.level } : null;
  }

  private addParagraph(text: string, numbering: ListNumbering | null, style: string | null): void {
    this.paragraphCount += 1;
    this.blocks.push(
      paragraphBlock(
        numbering ? numbering.label + text : text,
        { file: this.fileName, paragraph: this.paragraphCount },
        { numbering, style },
      ),
    );
  }
}
