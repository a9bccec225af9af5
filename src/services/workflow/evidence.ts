import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import {
  claimAttachments,
  insertAttachment,
  lockUnitStorage,
  unitStoredBytes,
  uploadedSince,
  type AttachmentInfo,
} from "../../db/queries/attachments.js";
import type { Schema } from "../../db/schema.js";
import { writeTransaction } from "../../db/write-transaction.js";
import {
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_FILES,
  OOXML_MAIN_PART_TYPE,
  sniffEvidenceType,
  type EvidenceType,
} from "../../domain/evidence-file.js";
import { message } from "../../domain/message.js";
import { ImportFailure } from "../../importers/import-failure.js";
import { declaredPartTypes } from "../../importers/blocks/office-content-types.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import { invalidState, loadMilestoneContext } from "./milestone-context.js";
import { refuseIfArchived } from "../archived-plan.js";

/** How much evidence may be stored and sent; 0 is no limit. README "Configuration". */
export interface EvidenceLimits {
  /** Bytes a unit may store, across every milestone and plan. */
  readonly unitQuotaBytes: number;
  /** Bytes one account may upload in any hour. */
  readonly userBytesPerHour: number;
}

/** A file as a client sent it, written to a temporary file as it arrived. */
export interface SpooledUpload {
  readonly name: string;
  readonly path: string;
  readonly size: number;
}

const HOUR_MS = 60 * 60 * 1000;

export const mebibytes = (bytes: number): string =>
  `${String(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MiB`;

const refuse = (zh: string, en: string, field: string): DubanError =>
  new DubanError("attachment.invalid", message(zh, en), { field });

/** A file's type from its bytes, where a zip that calls itself Word, Excel or PowerPoint must be one. */
const typeOf = (bytes: Uint8Array, name: string, field: string): EvidenceType => {
  const type = sniffEvidenceType(bytes, name);
  if (type === null) {
    throw refuse(
      `附件「${name}」不是 PDF、图片、Office 或 OFD 文件`,
      `"${name}" is not a PDF, an image, an Office document or an OFD file`,
      field,
    );
  }
  const mainPart = OOXML_MAIN_PART_TYPE[type];
  if (mainPart === undefined) return type;
  try {
    if (declaredPartTypes(bytes, name).has(mainPart)) return type;
  } catch (error) {
    if (!(error instanceof ImportFailure)) throw error;
  }
  throw refuse(
    `附件「${name}」不是有效的 Word、Excel 或 PPT 文件（内容与扩展名不符或文件已损坏）`,
    `"${name}" is not a valid Word, Excel or PowerPoint file (its content does not match its name, or it is damaged)`,
    field,
  );
};

/** The name without any folder a browser may have sent with it. */
const baseName = (name: string): string => (name.split(/[\\/]/).pop() ?? "").trim();

interface CheckedUpload extends SpooledUpload {
  readonly mediaType: EvidenceType;
  readonly sha256: string;
}

/** Every file checked before anything is stored: one bad file refuses them all. */
const checkUploads = async (files: readonly SpooledUpload[]): Promise<CheckedUpload[]> => {
  if (files.length === 0) {
    throw refuse("没有收到附件", "No file was sent", "body.files");
  }
  if (files.length > MAX_EVIDENCE_FILES) {
    throw refuse(
      `一次最多上传 ${MAX_EVIDENCE_FILES} 个附件`,
      `At most ${MAX_EVIDENCE_FILES} files at once`,
      "body.files",
    );
  }
  const checked: CheckedUpload[] = [];
  for (const [index, file] of files.entries()) {
    const field = `body.files.${index}`;
    const name = baseName(file.name);
    if (name === "" || name.length > 255) {
      throw refuse(
        "附件名称为空或超过 255 个字",
        "A file name is empty or over 255 characters",
        field,
      );
    }
    if (file.size > MAX_EVIDENCE_BYTES) throw fileTooLarge(name);
    // One file in memory at a time, and never more than the per-file limit.
    const bytes = await readFile(file.path);
    checked.push({
      ...file,
      name,
      mediaType: typeOf(bytes, name, field),
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
  }
  return checked;
};

export const fileTooLarge = (name: string | null): DubanError =>
  new DubanError(
    "attachment.too_large",
    message(
      `${name === null ? "附件" : `附件「${name}」`}超过每个文件 ${mebibytes(MAX_EVIDENCE_BYTES)} 的上限`,
      `${name === null ? "A file" : `"${name}"`} exceeds the limit of ${mebibytes(MAX_EVIDENCE_BYTES)} per file`,
    ),
    { field: "body.files" },
  );

/**
 * Refuses an upload that would take the unit over its storage quota or the
 * account over its hourly allowance. It runs under the unit's lock in the
 * transaction that stores the files, so parallel uploads are counted one
 * after another and together never overshoot.
 */
const checkAllowance = async (
  trx: Kysely<Schema>,
  who: { readonly unitId: number; readonly userId: number | null; readonly actor: string },
  bytes: number,
  limits: EvidenceLimits,
  now: Date,
): Promise<void> => {
  if (limits.unitQuotaBytes > 0) {
    const used = await unitStoredBytes(trx, who.unitId);
    if (used + bytes > limits.unitQuotaBytes) {
      throw new DubanError(
        "attachment.quota_exceeded",
        message(
          `本单位附件存储已用 ${mebibytes(used)}，再上传 ${mebibytes(bytes)} 将超过单位配额 ${mebibytes(limits.unitQuotaBytes)}；请联系管理员`,
          `Your unit stores ${mebibytes(used)} of evidence; ${mebibytes(bytes)} more would exceed the unit quota of ${mebibytes(limits.unitQuotaBytes)}; ask the administrator`,
        ),
        { field: "body.files" },
      );
    }
  }
  if (limits.userBytesPerHour > 0) {
    const since = new Date(now.getTime() - HOUR_MS);
    const sent = await uploadedSince(trx, who, since.toISOString());
    if (sent.bytes + bytes > limits.userBytesPerHour) {
      const frees = sent.earliest === null ? now : new Date(Date.parse(sent.earliest) + HOUR_MS);
      throw new DubanError(
        "attachment.rate_limited",
        message(
          `每个账号每小时最多上传 ${mebibytes(limits.userBytesPerHour)}，过去一小时已上传 ${mebibytes(sent.bytes)}；请稍后再试`,
          `Each account may upload ${mebibytes(limits.userBytesPerHour)} per hour and you uploaded ${mebibytes(sent.bytes)} in the last hour; try again later`,
        ),
        {
          field: "body.files",
          retryAfterSeconds: Math.max(1, Math.ceil((frees.getTime() - now.getTime()) / 1000)),
        },
      );
    }
  }
};

/**
 * Stores evidence files on a milestone the actor may report on, for a
 * report or completion to cite by id (claimEvidence). All or none: the
 * files are checked by their bytes, then counted against the unit's quota
 * and the account's hourly allowance, then stored in one transaction.
 */
export const uploadEvidence = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
  files: readonly SpooledUpload[],
  limits: EvidenceLimits,
  now: Date,
): Promise<AttachmentInfo[]> => {
  const context = await loadMilestoneContext(db, actor, milestoneId);
  authorize(actor, { action: "milestone.report", relation: context.relation });
  if (context.state.phase === "done") {
    throw invalidState(
      "该节点计划已完成，不能再上传佐证材料",
      "The milestone is done; no more evidence",
    );
  }
  const checked = await checkUploads(files);
  const who = auditActor(actor);
  const stamp = now.toISOString();
  const total = checked.reduce((sum, file) => sum + file.size, 0);
  return writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, context.row.planId);
    if (who.unitId !== null) {
      await lockUnitStorage(trx, db.dialect, who.unitId);
      await checkAllowance(
        trx,
        { unitId: who.unitId, userId: who.userId, actor: who.name },
        total,
        limits,
        now,
      );
    }
    const stored: AttachmentInfo[] = [];
    for (const file of checked) {
      const content = await readFile(file.path);
      const id = await insertAttachment(
        trx,
        {
          milestoneId,
          sha256: file.sha256,
          name: file.name,
          mediaType: file.mediaType,
          content,
          actor: who.name,
          unitId: who.unitId,
          userId: who.userId,
        },
        stamp,
      );
      stored.push({
        id,
        milestoneId,
        name: file.name,
        mediaType: file.mediaType,
        size: content.byteLength,
        sha256: file.sha256,
        uploadedAt: stamp,
        actor: who.name,
      });
    }
    return stored;
  });
};

/** A step takes the files it cites: the account's own uploads on the milestone, not taken before. */
export const claimEvidence = async (
  trx: Kysely<Schema>,
  actor: Actor,
  milestoneId: number,
  ids: readonly number[],
): Promise<number[]> => {
  if (ids.length > MAX_EVIDENCE_FILES) {
    throw refuse(
      `一次最多引用 ${MAX_EVIDENCE_FILES} 个附件`,
      `At most ${MAX_EVIDENCE_FILES} files at once`,
      "body.attachmentIds",
    );
  }
  if (!(await claimAttachments(trx, { milestoneId, actor: auditActor(actor).name, ids }))) {
    throw new DubanError(
      "milestone.invalid_input",
      message(
        "引用的附件须是本人在本节点计划上刚上传、尚未被引用的文件",
        "Cited files must be your own uploads on this milestone, not cited before",
      ),
      { field: "body.attachmentIds" },
    );
  }
  return [...ids];
};
