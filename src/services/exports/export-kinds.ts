import type { Database } from "../../db/database.js";
import type { IsoDate } from "../../domain/iso-date.js";
import type { Actor } from "../../policies/actor.js";
import { icsExport } from "../calendar-feeds/calendar-file.js";
import { csvExport, jsonExport } from "./data-export.js";
import type { ExportFile, ExportFormat } from "./export-file.js";
import type { ExportRequest } from "./export-request.js";
import { tableExport } from "./table-export.js";

/** What an export is made from: the request, with the day it is as of settled. */
export interface ExportContext {
  readonly db: Database;
  readonly actor: Actor;
  readonly request: ExportRequest & { readonly asOf: IsoDate };
}

/** Makes one kind of file; it asks the policies itself (through the services it reads with). */
export type Exporter = (context: ExportContext) => Promise<ExportFile>;

/** What is exported of a plan: the plan itself (its table, its data, its calendar), or its bulletin. */
export type ExportKind = "plan" | "bulletin";

export const EXPORT_KIND_NAMES: Readonly<Record<ExportKind, { zh: string; en: string }>> = {
  plan: { zh: "计划", en: "the plan" },
  bulletin: { zh: "进展情况通报", en: "the progress bulletin" },
};

export const exportKindOf = (request: Pick<ExportRequest, "bulletin">): ExportKind =>
  request.bulletin === true ? "bulletin" : "plan";

/**
 * Every export there is, by kind and format: the web app, the API and the
 * CLI all come through this table. A new file plugs in by adding its entry
 * (the bulletin's docx and xlsx, the plan's ics); a format without one is
 * refused with the list of those that exist.
 */
export const EXPORTERS: Readonly<Record<ExportKind, Partial<Record<ExportFormat, Exporter>>>> = {
  plan: {
    docx: tableExport("docx"),
    xlsx: tableExport("xlsx"),
    csv: csvExport,
    json: jsonExport,
    ics: icsExport,
  },
  bulletin: {},
};

/** The formats a kind can be exported in, in the table's order. */
export const formatsOf = (kind: ExportKind): ExportFormat[] =>
  Object.keys(EXPORTERS[kind]) as ExportFormat[];
