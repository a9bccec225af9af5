import { upload } from "../api.js";
import type { ImportOutcome } from "./import-outcome.js";

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

const queryOf = (table: TableUpload, dryRun: boolean): string => {
  const query = new URLSearchParams({ fileName: table.file.name });
  if (dryRun) query.set("dryRun", "true");
  if (table.target.kind === "revision") query.set("planId", String(table.target.planId));
  const { year, title, issuer } = table.overrides;
  if (year !== undefined && year !== null) query.set("year", String(year));
  if (title !== undefined && title.trim() !== "") query.set("title", title.trim());
  if (issuer !== undefined && issuer.trim() !== "") query.set("issuer", issuer.trim());
  return query.toString();
};

/**
 * POST /api/plans takes the file itself as the body (not a multipart form),
 * its name and options in the query; `dryRun` works everything out and
 * stores nothing. The file goes as application/octet-stream whatever type
 * the browser guessed (a .csv may come as application/vnd.ms-excel): the
 * server tells formats by content and name.
 */
export const sendTable = (table: TableUpload, dryRun: boolean): Promise<ImportOutcome> =>
  upload<ImportOutcome>(
    `/api/plans?${queryOf(table, dryRun)}`,
    new Blob([table.file], { type: "application/octet-stream" }),
  );
