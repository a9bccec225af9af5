import type { Database } from "../../db/database.js";
import { message } from "../../domain/message.js";
import { bulletinToDocx } from "../../exporters/bulletin-docx.js";
import { bulletinToXlsx } from "../../exporters/bulletin-xlsx.js";
import type { Actor } from "../../policies/actor.js";
import { DubanError } from "../duban-error.js";
import { CONTENT_TYPES, type ExportFile } from "./export-file.js";
import type { Exporter } from "./export-kinds.js";
import { exportFileName } from "./export-names.js";
import { filters } from "./export-request.js";
import { progressBulletin, type BulletinRequest } from "./progress-bulletin.js";

const RENDER = { docx: bulletinToDocx, xlsx: bulletinToXlsx } as const;

/** The formats a bulletin comes in. */
export type BulletinFormat = keyof typeof RENDER;

/** The progress bulletin as a file, named by its title: "2022年…进展情况通报（截至6月30日）.docx". */
export const bulletinFile = async (
  db: Database,
  actor: Actor,
  request: BulletinRequest & { readonly format: BulletinFormat },
): Promise<ExportFile> => {
  const bulletin = await progressBulletin(db, actor, request);
  return {
    fileName: exportFileName(bulletin.title, request.format),
    contentType: CONTENT_TYPES[request.format],
    body: await RENDER[request.format](bulletin),
  };
};

/** A bulletin reports the plan in force as a whole (or a unit's part): no revision, no filter. */
const notForBulletin = (field: "revision" | "filter"): DubanError =>
  new DubanError(
    "export.unavailable",
    message(
      field === "revision"
        ? "进展情况通报按现行计划统计，不能指定版本"
        : "进展情况通报统计整个计划（或一个单位的部分），不能附加筛选条件",
      field === "revision"
        ? "A progress bulletin reports the plan in force; it takes no revision"
        : "A progress bulletin reports the whole plan (or a unit's part); it takes no filter",
    ),
    { field: field === "revision" ? "querystring.revision" : "querystring" },
  );

/** The bulletin's entry in the table of exports (EXPORTERS), for the API and the CLI. */
export const bulletinExport =
  (format: BulletinFormat): Exporter =>
  ({ db, actor, request }) => {
    if (request.revision !== undefined) throw notForBulletin("revision");
    if (filters(request.filter)) throw notForBulletin("filter");
    return bulletinFile(db, actor, {
      planId: request.planId,
      asOf: request.asOf,
      format,
      ...(request.unit === undefined ? {} : { unit: request.unit }),
    });
  };
