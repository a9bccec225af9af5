import type { Database } from "../../db/database.js";
import { bulletinToDocx } from "../../exporters/bulletin-docx.js";
import { bulletinToXlsx } from "../../exporters/bulletin-xlsx.js";
import type { Actor } from "../../policies/actor.js";
import { CONTENT_TYPES, type ExportFile } from "./export-file.js";
import { progressBulletin, type BulletinRequest } from "./progress-bulletin.js";

/** The formats a bulletin comes in. */
export const BULLETIN_FORMATS = ["docx", "xlsx"] as const;
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];

const RENDER = { docx: bulletinToDocx, xlsx: bulletinToXlsx } as const;

/** The progress bulletin as a file, named by its title: "2022年…进展情况通报（截至6月30日）.docx". */
export const bulletinFile = async (
  db: Database,
  actor: Actor,
  request: BulletinRequest & { readonly format: BulletinFormat },
): Promise<ExportFile> => {
  const bulletin = await progressBulletin(db, actor, request);
  return {
    fileName: `${bulletin.title}.${request.format}`,
    contentType: CONTENT_TYPES[request.format],
    body: await RENDER[request.format](bulletin),
  };
};
