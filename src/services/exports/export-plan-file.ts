import type { Database } from "../../db/database.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { DubanError } from "../duban-error.js";
import type { ExportFile } from "./export-file.js";
import {
  EXPORT_KIND_NAMES,
  EXPORTERS,
  exportKindOf,
  formatsOf,
  type ExportKind,
} from "./export-kinds.js";
import type { ExportRequest } from "./export-request.js";

const unavailable = (kind: ExportKind, format: string): DubanError => {
  const formats = formatsOf(kind);
  const name = EXPORT_KIND_NAMES[kind];
  return new DubanError(
    "export.unavailable",
    formats.length === 0
      ? message(`${name.zh}暂不能导出`, `${name.en} cannot be exported yet`)
      : message(
          `${name.zh}没有 ${format} 格式的导出；可用的格式：${formats.join("、")}`,
          `There is no ${format} export of ${name.en}; the formats are: ${formats.join(", ")}`,
        ),
    { field: "querystring.format", details: { formats } },
  );
};

/**
 * A file of a plan as the actor may see it: its table (.docx, .xlsx), its
 * milestones with status (.csv, .json), or whatever else EXPORTERS holds;
 * statuses as of `request.asOf`, else `today`.
 */
export const exportPlanFile = (
  db: Database,
  actor: Actor,
  request: ExportRequest,
  today: IsoDate,
): Promise<ExportFile> => {
  const kind = exportKindOf(request);
  const exporter = EXPORTERS[kind][request.format];
  if (exporter === undefined) throw unavailable(kind, request.format);
  return exporter({ db, actor, request: { ...request, asOf: request.asOf ?? today } });
};
