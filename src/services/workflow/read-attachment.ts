import type { Database } from "../../db/database.js";
import { readAttachment, type AttachmentInfo } from "../../db/queries/attachments.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { viewerScope } from "../access/viewer-scope.js";
import { DubanError } from "../duban-error.js";

const attachmentNotFound = (id: number): DubanError =>
  new DubanError(
    "milestone.not_found",
    message(`没有编号为 ${id} 的附件`, `There is no attachment ${id}`),
  );

/** An evidence file, for whoever may read its milestone: one it may not does not exist for it. */
export const readEvidence = async (
  db: Database,
  actor: Actor,
  id: number,
): Promise<AttachmentInfo & { readonly content: Uint8Array }> => {
  const file = await readAttachment(db.kysely, id, await viewerScope(db, actor));
  if (!file) throw attachmentNotFound(id);
  return file;
};
