import type { SaxesTagPlain } from "saxes";
import { cleanText } from "../../domain/normalize-text.js";
import {
  DocxTableGrid,
  newDocxCell,
  newDocxRow,
  type DocxCell,
  type DocxRow,
} from "./docx-table-grid.js";
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

/**
 * Follows the SAX events of word/document.xml. Body paragraphs (including
 * those in content controls) become paragraph blocks; each top-level w:tbl
 * becomes a table block. A table nested in a cell contributes its
 * paragraphs, row by row, to that cell.
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

  private grid: DocxTableGrid | null = null;
  private declaredColumns = 0;
  private row: DocxRow | null = null;
  private cell: DocxCell | null = null;

  constructor(
    private readonly fileName: string,
    private readonly limits: ImportLimits,
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
    if (text === "") return;
    if (this.tableDepth === 0) {
      this.paragraphCount += 1;
      this.blocks.push(
        paragraphBlock(text, { file: this.fileName, paragraph: this.paragraphCount }),
      );
    } else this.cell?.paragraphs.push(text);
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
