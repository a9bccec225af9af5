import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { insertAttachment } from "../../db/queries/attachments.js";
import type { Schema } from "../../db/schema.js";
import {
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_FILES,
  sniffEvidenceType,
  type EvidenceType,
} from "../../domain/evidence-file.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor } from "../authorize.js";
import { DubanError } from "../duban-error.js";

/** A file as a client sent it. */
export interface EvidenceUpload {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface CheckedEvidence extends EvidenceUpload {
  readonly mediaType: EvidenceType;
}

const refuse = (zh: string, en: string, field: string): DubanError =>
  new DubanError("attachment.invalid", message(zh, en), { field });

/** Every file checked by its bytes before anything is stored: one bad file refuses them all. */
export const checkEvidence = (files: readonly EvidenceUpload[]): CheckedEvidence[] => {
  if (files.length > MAX_EVIDENCE_FILES) {
    throw refuse(
      `一次最多上传 ${MAX_EVIDENCE_FILES} 个附件`,
      `At most ${MAX_EVIDENCE_FILES} files at once`,
      "body.files",
    );
  }
  return files.map((file, index) => {
    const field = `body.files.${index}`;
    if (file.bytes.byteLength > MAX_EVIDENCE_BYTES) {
      throw refuse(
        `附件「${file.name}」超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MiB`,
        `"${file.name}" is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MiB`,
        field,
      );
    }
    const mediaType = sniffEvidenceType(file.bytes, file.name);
    if (mediaType === null) {
      throw refuse(
        `附件「${file.name}」不是 PDF、图片、Office 或 OFD 文件`,
        `"${file.name}" is not a PDF, an image, an Office document or an OFD file`,
        field,
      );
    }
    return { ...file, mediaType };
  });
};

export const storeEvidence = async (
  trx: Kysely<Schema>,
  actor: Actor,
  milestoneId: number,
  files: readonly CheckedEvidence[],
  now: string,
): Promise<number[]> => {
  const who = auditActor(actor);
  const ids: number[] = [];
  for (const file of files) {
    ids.push(
      await insertAttachment(
        trx,
        {
          milestoneId,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          name: file.name,
          mediaType: file.mediaType,
          content: file.bytes,
          actor: who.name,
          unitId: who.unitId,
        },
        now,
      ),
    );
  }
  return ids;
};
