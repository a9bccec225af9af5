import type { Database } from "../../db/database.js";
import { findNotice, noticesOfMilestone, type StoredNotice } from "../../db/queries/notices.js";
import { message } from "../../domain/message.js";
import { noticeToDocx } from "../../exporters/notice-docx.js";
import type { Actor } from "../../policies/actor.js";
import { DubanError } from "../duban-error.js";
import { CONTENT_TYPES, type ExportFile } from "../exports/export-file.js";
import { exportFileName } from "../exports/export-names.js";
import { loadMilestoneContext } from "../workflow/milestone-context.js";

export const noticeNotFound = (id: number): DubanError =>
  new DubanError(
    "notice.not_found",
    message(`没有编号为 ${id} 的督办通知单`, `There is no notice ${id}`),
  );

/** A notice as lists show it: the facts stay in its document. */
export type NoticeRecord = Omit<StoredNotice, "facts">;

export const noticeRecord = ({ facts: _facts, ...record }: StoredNotice): NoticeRecord => record;

/** A milestone's notices, oldest first, for whoever may see the milestone. */
export const listNotices = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
): Promise<StoredNotice[]> => {
  await loadMilestoneContext(db, actor, milestoneId);
  return noticesOfMilestone(db.kysely, milestoneId);
};

/** One notice, for whoever may see its milestone; for the others it does not exist. */
export const getNotice = async (
  db: Database,
  actor: Actor,
  noticeId: number,
): Promise<StoredNotice> => {
  const notice = await findNotice(db.kysely, noticeId);
  if (!notice) throw noticeNotFound(noticeId);
  try {
    await loadMilestoneContext(db, actor, notice.milestoneId);
  } catch (error) {
    if (error instanceof DubanError && error.code === "milestone.not_found") {
      // Still the refusal it was, for the audit log, under the notice's name.
      const hidden = noticeNotFound(noticeId);
      hidden.refusedAction = error.refusedAction;
      throw hidden;
    }
    throw error;
  }
  return notice;
};

/** The notice as its .docx, written from the facts frozen at issue: the same document every time. */
export const noticeFile = async (
  db: Database,
  actor: Actor,
  noticeId: number,
): Promise<ExportFile> => {
  const notice = await getNotice(db, actor, noticeId);
  return {
    fileName: exportFileName(`督办通知单${notice.numberText}`, "docx"),
    contentType: CONTENT_TYPES.docx,
    body: await noticeToDocx(notice.facts),
  };
};
