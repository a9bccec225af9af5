import { upload, type UploadProgress } from "../upload.js";
import type { ImportOutcome, PlanCorrection } from "./import-outcome.js";

/** Where the table goes: a plan of its own (the server recognises an existing one), or a revision. */
export type ImportTarget = { readonly kind: "new" } | { readonly kind: "revision"; planId: number };

/** For a file without a title line, or whose title should be replaced. */
export interface ImportOverrides {
  readonly year?: number | null;
  readonly title?: string;
  readonly issuer?: string;
}

export interface TableUpload {
  readonly file: File;
  readonly target: ImportTarget;
  readonly overrides: ImportOverrides;
}

/** How the upload goes: a dry run, or for real, with the removals confirmed or not. */
export interface SendMode {
  readonly dryRun: boolean;
  readonly confirmRemovals?: boolean;
  /**
   * The corrections made in the preview; null sends none, and the server
   * applies those kept with an earlier import of the same file.
   */
  readonly corrections: readonly PlanCorrection[] | null;
}

const queryOf = (table: TableUpload, mode: SendMode): string => {
  const query = new URLSearchParams({ fileName: table.file.name });
  if (mode.dryRun) query.set("dryRun", "true");
  if (mode.confirmRemovals === true) query.set("confirmRemovals", "true");
  if (table.target.kind === "revision") query.set("planId", String(table.target.planId));
  const { year, title, issuer } = table.overrides;
  if (year !== undefined && year !== null) query.set("year", String(year));
  if (title !== undefined && title.trim() !== "") query.set("title", title.trim());
  if (issuer !== undefined && issuer.trim() !== "") query.set("issuer", issuer.trim());
  return query.toString();
};

/** The file and the corrections as a multipart form; the file alone as the body otherwise. */
const bodyOf = (table: TableUpload, mode: SendMode): FormData | Blob => {
  const file = new Blob([table.file], { type: "application/octet-stream" });
  if (mode.corrections === null) return file;
  const form = new FormData();
  form.append("file", file, table.file.name);
  form.append("corrections", JSON.stringify(mode.corrections));
  return form;
};

/**
 * POST /api/plans takes the file itself as the body, or with the preview's
 * corrections as a multipart form, its name and options in the query; `dryRun` works everything out and
 * stores nothing; `confirmRemovals` lets a revision remove milestones that
 * have records. The file goes as application/octet-stream whatever type
 * the browser guessed (a .csv may come as application/vnd.ms-excel): the
 * server tells formats by content and name.
 */
export const sendTable = (
  table: TableUpload,
  mode: SendMode,
  onProgress?: UploadProgress,
): Promise<ImportOutcome> =>
  upload<ImportOutcome>(`/api/plans?${queryOf(table, mode)}`, bodyOf(table, mode), onProgress);
