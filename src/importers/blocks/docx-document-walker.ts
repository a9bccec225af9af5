import type { SaxesTagPlain } from "saxes";
import { cleanText } from "../../domain/normalize-text.js";
import {
  DocxTableGrid,
  newDocxCell,
  newDocxRow,
  type DocxCell,
  type DocxRow,
} from "./docx-table-grid.js";
import type { DocxListCounter } from "./docx-list-counter.js";
import type { ParagraphStyles } from "./docx-styles.js";
import { checkRowCount } from "../check-limits.js";
import type { ImportLimits } from "../limits.js";
import { paragraphBlock, type SourceBlock } from "../source-document.js";

/**
 * Elements whose content is never read: the duplicate of mc:AlternateContent,
 * tracked-change records of earlier properties (which carry old w:gridSpan,
 * w:vMerge, w:tblGrid), text deleted or moved away under track changes, ruby
 * annotations, and floating text boxes, which are not part of the text flow.
 */
const SKIPPED = new Set([
  "mc:Fallback",
  "w:tblGridChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:pPrChange",
  "w:rPrChange",
  "w:sectPrChange",
  "w:del",
  "w:moveFrom",
  "w:rt",
  "w:txbxContent",
]);

/** A grid-span or grid-before style count; anything unreadable counts as `fallback`. */
const count = (tag: SaxesTagPlain, fallback: number): number => {
  const value = Number.parseInt(tag.attributes["w:val"] ?? "", 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};

/** The w:pPr of the open paragraph that matters to a reader: its style and list membership. */
interface ParagraphProperties {
  styleId: string | undefined;
  numId: string | undefined;
  level: number | undefined;
}

/**
 * Follows the SAX events of word/document.xml. Body paragraphs (including
 * those in content controls) become paragraph blocks, with their style's
 * name and their list number, which Word shows but does not store, put in
 * front of their text. Each top-level w:tbl becomes a table block. A table
 * nested in a cell contributes its paragraphs, row by row, to that cell.
 * Paragraphs in tables are numbered too, so that the counts run through the
 * document as in Word (and a 序号 column numbered by Word is read).
 */
export class DocumentWalker {
  readonly blocks: SourceBlock[] = [];
  private tableCount = 0;
  private paragraphCount = 0;
  private totalRows = 0;

  /** Depth inside a skipped element; 0 when reading. */
  private skipping = 0;
  /** Depth of w:tbl nesting; 1 inside a top-level table. */
  private tableDepth = 0;
  private runDepth = 0;
  private inText = false;
  /** The text of the open paragraph, or null outside one. */
  private paragraph: string | null = null;
  private properties: ParagraphProperties = {
    styleId: undefined,
    numId: undefined,
    level: undefined,
  };

  private grid: DocxTableGrid | null = null;
  private declaredColumns = 0;
  private row: DocxRow | null = null;
  private cell: DocxCell | null = null;

  constructor(
    private readonly fileName: string,
    private readonly limits: ImportLimits,
    private readonly styles: ParagraphStyles,
    private readonly lists: DocxListCounter,
  ) {}

  open(tag: SaxesTagPlain): void {
    if (this.skipping > 0) {
      this.skipping += 1;
      return;
    }
    const name = tag.name;
    switch (name) {
      case "w:t":
        this.inText = this.runDepth > 0;
        return;
      case "w:r":
        this.runDepth += 1;
        return;
      case "w:p":
        this.paragraph = "";
        this.properties = { styleId: undefined, numId: undefined, level: undefined };
        return;
      // In the body these occur only in a paragraph's w:pPr (w:pPrChange is skipped).
      case "w:pStyle":
        this.properties.styleId = tag.attributes["w:val"];
        return;
      case "w:numId":
        this.properties.numId = tag.attributes["w:val"];
        return;
      case "w:ilvl":
        this.properties.level = count(tag, 0);
        return;
      case "w:tab":
      case "w:ptab":
        // w:tab also defines tab stops in w:pPr/w:tabs, outside any run.
        if (this.runDepth > 0) this.append("\t");
        return;
      case "w:br":
      case "w:cr":
        if (this.runDepth > 0) this.append("\n");
        return;
      case "w:noBreakHyphen":
        if (this.runDepth > 0) this.append("-");
        return;
      case "w:tbl":
        this.tableDepth += 1;
        if (this.tableDepth === 1) this.openTable();
        return;
      case "w:tr":
        if (this.tableDepth === 1) this.row = newDocxRow();
        return;
      case "w:tc":
        if (this.tableDepth === 1) this.cell = newDocxCell();
        return;
      default:
        if (SKIPPED.has(name)) {
          this.skipping = 1;
        } else if (this.tableDepth === 1) {
          this.tableProperty(tag);
        }
    }
  }

  close(name: string): void {
    if (this.skipping > 0) {
      this.skipping -= 1;
      return;
    }
    switch (name) {
      case "w:t":
        this.inText = false;
        return;
      case "w:r":
        this.runDepth -= 1;
        return;
      case "w:p":
        this.closeParagraph();
        return;
      case "w:tc":
        if (this.tableDepth === 1) this.closeCell();
        return;
      case "w:tr":
        if (this.tableDepth === 1) this.closeRow();
        return;
      case "w:tbl":
        if (this.tableDepth === 1) this.closeTable();
        this.tableDepth -= 1;
        return;
    }
  }

  text(text: string): void {
    if (this.inText) this.append(text);
  }

  private append(text: string): void {
    if (this.paragraph !== null) this.paragraph += text;
  }

  /** The properties of the top-level table's grid, rows and cells. */
  private tableProperty(tag: SaxesTagPlain): void {
    switch (tag.name) {
      case "w:gridCol":
        this.declaredColumns += 1;
        return;
      case "w:gridSpan":
        if (this.cell) this.cell.span = Math.max(1, count(tag, 1));
        return;
      case "w:vMerge":
        if (this.cell)
          this.cell.vMerge = tag.attributes["w:val"] === "restart" ? "restart" : "continue";
        return;
      case "w:gridBefore":
        if (this.row) this.row.gridBefore = count(tag, 0);
        return;
      case "w:gridAfter":
        if (this.row) this.row.gridAfter = count(tag, 0);
        return;
    }
  }

  private closeParagraph(): void {
    if (this.paragraph === null) return;
    const text = cleanText(this.paragraph);
    this.paragraph = null;
    const { styleId, numId, level } = this.properties;
    // An empty numbered paragraph still shows its number in Word, and counts.
    const numbering = this.lists.next({ styleId, own: { numId, level } });
    const labelled = numbering ? numbering.label + text : text;
    // In a cell the number alone is content (a 序号 column numbered by Word);
    // in the body a bare number is an empty list item, not a paragraph.
    if (text === "" && (this.tableDepth === 0 || labelled === "")) return;
    if (this.tableDepth === 0) {
      this.paragraphCount += 1;
      const style = styleId === undefined ? null : this.styles.name(styleId);
      this.blocks.push(
        paragraphBlock(
          labelled,
          { file: this.fileName, paragraph: this.paragraphCount },
          { numbering, style },
        ),
      );
    } else this.cell?.paragraphs.push(labelled);
  }

  private openTable(): void {
    this.grid = new DocxTableGrid(this.fileName, this.tableCount + 1, this.limits);
    this.declaredColumns = 0;
  }

  private closeCell(): void {
    if (this.cell) this.row?.cells.push(this.cell);
    this.cell = null;
  }

  private closeRow(): void {
    const row = this.row;
    this.row = null;
    if (!row || !this.grid) return;
    this.totalRows += 1;
    checkRowCount(this.totalRows, this.limits, {
      file: this.fileName,
      table: this.tableCount + 1,
      row: this.grid.rowCount + 1,
    });
    // w:tblGrid comes before the first row; the count is final by now.
    if (this.grid.rowCount === 0) this.grid.declareColumns(this.declaredColumns);
    this.grid.addRow(row);
  }

  private closeTable(): void {
    const grid = this.grid;
    this.grid = null;
    this.row = null;
    this.cell = null;
    // A w:tbl without rows shows nothing in Word: not a table.
    if (!grid || grid.rowCount === 0) return;
    this.tableCount += 1;
    this.blocks.push(grid.finish());
  }
}
