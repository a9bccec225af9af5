/**
 * The sizes an import accepts. They bound memory and time whatever the file
 * claims about itself; README.md ("Limits") documents them.
 */
export interface ImportLimits {
  /** Bytes of the file as uploaded. */
  readonly maxFileBytes: number;
  /** Bytes of all the parts of a .docx/.xlsx once inflated: the zip-bomb guard. */
  readonly maxInflatedBytes: number;
  /** How many times its packed size one part may inflate to, once past `ratioCheckedFromBytes`. */
  readonly maxCompressionRatio: number;
  /** Inflated bytes of one part below which its compression ratio is not judged. */
  readonly ratioCheckedFromBytes: number;
  /** Parts in a .docx/.xlsx archive. */
  readonly maxArchiveEntries: number;
  /** Table rows across the document. */
  readonly maxRows: number;
  /** Characters in one cell. */
  readonly maxCellChars: number;
  /** Diagnostics listed in a result; the rest are counted in one more. */
  readonly maxDiagnostics: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 64 * MiB,
  // A 20,000-milestone table inflates to about 60 MB.
  maxInflatedBytes: 128 * MiB,
  maxCompressionRatio: 100,
  ratioCheckedFromBytes: MiB,
  maxArchiveEntries: 10_000,
  maxRows: 200_000,
  maxCellChars: 20_000,
  maxDiagnostics: 1000,
};
