/** Where an import is, for a progress bar on large files. */
export interface ImportProgress {
  readonly phase: "unzip" | "read" | "build";
  readonly done: number;
  readonly total: number;
}

export type ProgressListener = (progress: ImportProgress) => void;
