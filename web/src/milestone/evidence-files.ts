import type { UploadFile } from "antd";
import type { Answer } from "../api.js";
import { upload } from "../upload.js";

/** The server's limits (src/domain/evidence-file.ts): it refuses more, and sniffs each file's bytes. */
export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** What the file chooser offers: PDF, images, Office documents and OFD. */
export const EVIDENCE_ACCEPT =
  ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.ofd";

type Uploaded = Answer<"/api/milestones/{id}/evidence", "post", 201>;

/**
 * Sends the files collected by the drop zone to the milestone as one
 * multipart request (the browser streams them from disk) and answers their
 * ids, which the report or completion then cites; no request when there are none.
 */
export const uploadEvidence = async (
  milestoneId: number,
  files: readonly UploadFile[] | undefined,
): Promise<number[]> => {
  const form = new FormData();
  for (const file of files ?? []) {
    if (file.originFileObj !== undefined) form.append("files", file.originFileObj, file.name);
  }
  if (!form.has("files")) return [];
  const answer = await upload<Uploaded>(`/api/milestones/${String(milestoneId)}/evidence`, form);
  return answer.attachments.map((attachment) => attachment.id);
};
