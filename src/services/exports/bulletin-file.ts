import type { Database } from "../../db/database.js";
import { bulletinToDocx } from "../../exporters/bulletin-docx.js";
import { bulletinToXlsx } from "../../exporters/bulletin-xlsx.js";
import type { Actor } from "../../policies/actor.js";
import { CONTENT_TYPES, type ExportFile } from "./export-file.js";
import type { Exporter } from "./export-kinds.js";
import { exportFileName } from "./export-names.js";
import { refuseRevisionOrFilter } from "./export-request.js";
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

/** The bulletin's entry in the table of exports (EXPORTERS), for the API and the CLI. */
export const bulletinExport =
  (format: BulletinFormat): Exporter =>
  ({ db, actor, request }) => {
    refuseRevisionOrFilter(request, { zh: "进展情况通报", en: "A progress bulletin" });
    return bulletinFile(db, actor, {
      planId: request.planId,
      asOf: request.asOf,
      format,
      ...(request.unit === undefined ? {} : { unit: request.unit }),
    });
  };
