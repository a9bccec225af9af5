import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

export interface NewAttachment {
  readonly milestoneId: number;
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
  readonly actor: string;
  readonly unitId: number | null;
}

export interface AttachmentInfo {
  readonly id: number;
  readonly milestoneId: number;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly uploadedAt: string;
  readonly actor: string;
}

export const insertAttachment = async (
  db: Kysely<Schema>,
  file: NewAttachment,
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("attachments")
      .values({
        milestone_id: file.milestoneId,
        sha256: file.sha256,
        name: file.name,
        media_type: file.mediaType,
        size: file.content.byteLength,
        content: file.content,
        uploaded_at: now,
        actor: file.actor,
        unit_id: file.unitId,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

const infoColumns = [
  "id",
  "milestone_id",
  "name",
  "media_type",
  "size",
  "sha256",
  "uploaded_at",
  "actor",
] as const;

const toInfo = (row: {
  id: number;
  milestone_id: number;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_at: string;
  actor: string;
}): AttachmentInfo => ({
  id: row.id,
  milestoneId: row.milestone_id,
  name: row.name,
  mediaType: row.media_type,
  size: row.size,
  sha256: row.sha256,
  uploadedAt: row.uploaded_at,
  actor: row.actor,
});

export const listAttachments = async (
  db: Kysely<Schema>,
  milestoneId: number,
): Promise<AttachmentInfo[]> =>
  (
    await db
      .selectFrom("attachments")
      .select(infoColumns)
      .where("milestone_id", "=", milestoneId)
      .orderBy("id")
      .execute()
  ).map(toInfo);

export const readAttachment = async (
  db: Kysely<Schema>,
  id: number,
): Promise<(AttachmentInfo & { readonly content: Uint8Array }) | undefined> => {
  const row = await db
    .selectFrom("attachments")
    .select([...infoColumns, "content"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row && { ...toInfo(row), content: row.content };
};
