import type { Readable } from "node:stream";

/**
 * A file Duban gives back (a table, a bulletin, a notice, a feed, data):
 * what the web app downloads, the API sends and the CLI writes. Large
 * tables come as a stream so that no layer holds the whole file twice.
 */
export interface ExportFile {
  /** The name offered to the user, in Chinese as offices name their files ("…（市科技局牵头部分）.docx"). */
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Uint8Array | Readable;
}

export const CONTENT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
} as const;

export type ExportFormat = keyof typeof CONTENT_TYPES;
