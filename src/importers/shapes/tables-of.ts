import type { SourceDocument, SourceTable } from "../source-document.js";

/** A table with the paragraphs between it and the block before it: its title lines. */
export interface TableInContext extends SourceTable {
  readonly paragraphsBefore: readonly string[];
}

/** The document's tables in order, each with the paragraphs written above it. */
export const tablesOf = (document: Pick<SourceDocument, "blocks">): TableInContext[] => {
  const tables: TableInContext[] = [];
  let paragraphs: string[] = [];
  for (const block of document.blocks) {
    if (block.kind === "paragraph") {
      paragraphs.push(block.text);
    } else {
      tables.push({ ...block, paragraphsBefore: paragraphs });
      paragraphs = [];
    }
  }
  return tables;
};
