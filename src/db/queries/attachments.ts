import { sql, type Kysely } from "kysely";
import type { Schema } from "../schema.js";
import { narrowedTo, NO_REACH, readableMilestoneIds, type ViewerScope } from "./access.js";
import { refreshSearchEntries } from "./search-index.js";

export interface NewAttachment {
  readonly milestoneId: number;
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
  readonly actor: string;
  readonly unitId: number | null;
  readonly userId: number | null;
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

/** An uploaded file, unclaimed until a report or completion cites it (claimAttachments). */
export const insertAttachment = async (
  db: Kysely<Schema>,
  file: NewAttachment,
  now: string,
): Promise<number> => {
  const id = (
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
        user_id: file.userId,
        claimed: 0,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await refreshSearchEntries(db, "file", [id]);
  return id;
};

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

/** Claimed evidence the viewer may read: of the milestones it may read, in SQL. */
const readableEvidence = (db: Kysely<Schema>, visibleTo: ViewerScope) => {
  const units = narrowedTo(visibleTo);
  return db
    .selectFrom("attachments")
    .where("claimed", "=", 1)
    .$if(units !== null, (q) =>
      q.where("milestone_id", "in", readableMilestoneIds(db, units ?? NO_REACH)),
    );
};

export const listAttachments = async (
  db: Kysely<Schema>,
  milestoneId: number,
  visibleTo: ViewerScope,
): Promise<AttachmentInfo[]> =>
  (
    await readableEvidence(db, visibleTo)
      .select(infoColumns)
      .where("milestone_id", "=", milestoneId)
      .orderBy("id")
      .execute()
  ).map(toInfo);

/** An evidence file with its bytes; undefined where there is none the viewer may read. */
export const readAttachment = async (
  db: Kysely<Schema>,
  id: number,
  visibleTo: ViewerScope,
): Promise<(AttachmentInfo & { readonly content: Uint8Array }) | undefined> => {
  const row = await readableEvidence(db, visibleTo)
    .select([...infoColumns, "content"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row && { ...toInfo(row), content: row.content };
};

/**
 * Marks the uploads a step cites as taken, if every one is this account's,
 * on this milestone and not taken already; false (nothing changed) if not.
 */
export const claimAttachments = async (
  db: Kysely<Schema>,
  claim: { readonly milestoneId: number; readonly actor: string; readonly ids: readonly number[] },
): Promise<boolean> => {
  if (claim.ids.length === 0) return true;
  const result = await db
    .updateTable("attachments")
    .set({ claimed: 1 })
    .where("id", "in", [...claim.ids])
    .where("milestone_id", "=", claim.milestoneId)
    .where("actor", "=", claim.actor)
    .where("claimed", "=", 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === new Set(claim.ids).size;
};

/**
 * Holds the unit's row until the transaction ends, so that concurrent
 * uploads of one unit sum its usage one after another. SQLite needs no
 * lock: a write transaction there is alone already (BEGIN IMMEDIATE).
 */
export const lockUnitStorage = async (
  db: Kysely<Schema>,
  dialect: "sqlite" | "postgres",
  unitId: number,
): Promise<void> => {
  if (dialect === "postgres") {
    await sql`select id from units where id = ${unitId} for update`.execute(db);
  }
};

// PostgreSQL answers sums and counts as bigint, which pg hands over as strings.

/** Bytes of evidence a unit stores, uploads not yet cited included. */
export const unitStoredBytes = async (db: Kysely<Schema>, unitId: number): Promise<number> => {
  const row = await db
    .selectFrom("attachments")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>("size"), eb.lit(0)).as("bytes"))
    .where("unit_id", "=", unitId)
    .executeTakeFirstOrThrow();
  return Number(row.bytes);
};

/** What an account uploaded since a moment: bytes, and when the earliest of those files came. */
export const uploadedSince = async (
  db: Kysely<Schema>,
  who: { readonly userId: number | null; readonly actor: string },
  since: string,
): Promise<{ readonly bytes: number; readonly earliest: string | null }> => {
  const row = await db
    .selectFrom("attachments")
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number | string>("size"), eb.lit(0)).as("bytes"),
      eb.fn.min<string | null>("uploaded_at").as("earliest"),
    ])
    .where((eb) =>
      who.userId === null ? eb("actor", "=", who.actor) : eb("user_id", "=", who.userId),
    )
    .where("uploaded_at", ">", since)
    .executeTakeFirstOrThrow();
  return { bytes: Number(row.bytes), earliest: row.earliest ?? null };
};

/** Evidence stored per unit: bytes and files, for the units that store any. */
export const storedByUnit = async (
  db: Kysely<Schema>,
): Promise<{ readonly unitId: number; readonly bytes: number; readonly files: number }[]> =>
  (
    await db
      .selectFrom("attachments")
      .select((eb) => [
        "unit_id",
        eb.fn.sum<number | string>("size").as("bytes"),
        eb.fn.countAll<number | string>().as("files"),
      ])
      .where("unit_id", "is not", null)
      .groupBy("unit_id")
      .execute()
  ).flatMap((row) =>
    row.unit_id === null
      ? []
      : [{ unitId: row.unit_id, bytes: Number(row.bytes), files: Number(row.files) }],
  );
