/**
 * The sizes an import accepts. They bound memory and time whatever the file
 * claims about itself; README.md ("Limits") documents them.
 */
export interface ImportLimits {
  /** Bytes of the file as uploaded. */
  readonly maxFileBytes: number;
  /** Bytes of all the parts of a .docx/.xlsx once inflated: the zip-bomb guard. */
  readonly maxInflatedBytes: number;
  /** Parts in a .docx/.xlsx archive. */
  readonly maxArchiveEntries: number;
  /** Table rows across the document. */
  readonly maxRows: number;
  /** Characters in one cell. */
  readonly maxCellChars: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 64 * MiB,
  maxInflatedBytes: 512 * MiB,
  maxArchiveEntries: 10_000,
  maxRows: 200_000,
  maxCellChars: 20_000,
};
