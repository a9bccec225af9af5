/** A table found in a text file, before it becomes a SourceTable: cells as written, with their lines. */
export interface TextTable {
  readonly rows: readonly TextRow[];
  /** The 1-based lines the table spans; lines outside are paragraphs. */
  readonly firstLine: number;
  readonly lastLine: number;
}

export interface TextRow {
  readonly cells: readonly TextCell[];
  readonly line: number;
}

export interface TextCell {
  readonly text: string;
  readonly line: number;
}
