import { strFromU8, unzipSync } from "fflate";
import { readDocx } from "../../src/importers/blocks/read-docx.js";
import { DEFAULT_LIMITS } from "../../src/importers/limits.js";

/** A notice .docx read back: its text through our own Word reader, its XML for layout. */
export interface ReadNotice {
  readonly paragraphs: readonly string[];
  /** Each table as rows of cell texts, horizontally merged cells left out. */
  readonly tables: readonly (readonly (readonly string[])[])[];
  /** The text of the cell after the one that reads `label`, in any table. */
  readonly field: (label: string) => string | undefined;
  readonly documentXml: string;
}

export const readNotice = (bytes: Uint8Array): ReadNotice => {
  const source = readDocx(bytes, "notice.docx", { limits: DEFAULT_LIMITS });
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  for (const block of source.blocks) {
    if (block.kind === "paragraph") paragraphs.push(block.text);
    else {
      tables.push(
        block.rows.map((row) =>
          row.cells.filter((cell) => cell.continuation === undefined).map((cell) => cell.text),
        ),
      );
    }
  }
  const field = (label: string): string | undefined => {
    for (const row of tables.flat()) {
      const at = row.indexOf(label);
      if (at >= 0) return row[at + 1];
    }
    return undefined;
  };
  const documentXml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
  return { paragraphs, tables, field, documentXml };
};
