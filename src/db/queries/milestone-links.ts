import { sql, type Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";

/** A milestone a link names, as lists show it: its 序号 while it is in the plan. */
export interface LinkedMilestone {
  readonly id: number;
  readonly planId: number;
  /** Null once a revision removed the milestone: the link no longer reaches it. */
  readonly taskNo: number | null;
  readonly seq: number | null;
  readonly text: string | null;
}

export interface MilestoneLinkRow {
  readonly id: number;
  readonly unitId: number;
  readonly unitName: string;
  readonly contact: string | null;
  readonly createdBy: string;
  readonly issuerUnitId: number | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
  readonly lastUsedAt: string | null;
  /** Times the link's page read its milestones, and inputs sent through it. */
  readonly readCount: number;
  readonly submissionCount: number;
  readonly milestones: readonly LinkedMilestone[];
}

const selectLinks = (db: Kysely<Schema>) =>
  db
    .selectFrom("milestone_links as l")
    .innerJoin("units", "units.id", "l.unit_id")
    .select([
      "l.id",
      "l.unit_id",
      "units.name as unit_name",
      "l.contact",
      "l.created_by",
      "l.issuer_unit_id",
      "l.created_at",
      "l.expires_at",
      "l.revoked_at",
      "l.revoked_by",
      "l.last_used_at",
      "l.read_count",
      "l.submission_count",
    ]);

type Selected = Awaited<ReturnType<ReturnType<typeof selectLinks>["executeTakeFirstOrThrow"]>>;

/** The milestones of some links, each link's in its issuer's order. */
const targetsOf = async (
  db: Kysely<Schema>,
  linkIds: readonly number[],
): Promise<Map<number, LinkedMilestone[]>> => {
  const rows = await collectChunks(chunksFor(linkIds, 1), (chunk) =>
    db
      .selectFrom("milestone_link_targets as t")
      .innerJoin("milestones as m", "m.id", "t.milestone_id")
      .leftJoin("milestone_versions as mv", (join) =>
        join.onRef("mv.milestone_id", "=", "t.milestone_id").on("mv.valid_to", "is", null),
      )
      .leftJoin("task_versions as tv", (join) =>
        join.onRef("tv.task_id", "=", "mv.task_id").on("tv.valid_to", "is", null),
      )
      .select([
        "t.link_id",
        "t.milestone_id",
        "t.position",
        "m.plan_id",
        "tv.no",
        "mv.seq",
        "mv.text",
      ])
      .where("t.link_id", "in", chunk)
      .execute(),
  );
  const byLink = new Map<number, (LinkedMilestone & { position: number })[]>();
  for (const row of rows) {
    const list = byLink.get(row.link_id) ?? [];
    list.push({
      id: row.milestone_id,
      planId: row.plan_id,
      taskNo: row.no ?? null,
      seq: row.seq ?? null,
      text: row.text ?? null,
      position: row.position,
    });
    byLink.set(row.link_id, list);
  }
  return new Map(
    [...byLink].map(([id, list]) => [
      id,
      list.sort((a, b) => a.position - b.position).map(({ position: _, ...m }) => m),
    ]),
  );
};

const withTargets = async (
  db: Kysely<Schema>,
  rows: readonly Selected[],
): Promise<MilestoneLinkRow[]> => {
  const targets = await targetsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    contact: row.contact,
    createdBy: row.created_by,
    issuerUnitId: row.issuer_unit_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    lastUsedAt: row.last_used_at,
    readCount: row.read_count,
    submissionCount: row.submission_count,
    milestones: targets.get(row.id) ?? [],
  }));
};

/** Links, newest first: those one unit issued, or all. */
export const listMilestoneLinks = async (
  db: Kysely<Schema>,
  filter: { readonly issuerUnitId?: number } = {},
): Promise<MilestoneLinkRow[]> =>
  withTargets(
    db,
    await selectLinks(db)
      .$if(filter.issuerUnitId !== undefined, (q) =>
        q.where("l.issuer_unit_id", "=", filter.issuerUnitId ?? -1),
      )
      .orderBy("l.id", "desc")
      .execute(),
  );

export const findMilestoneLink = async (
  db: Kysely<Schema>,
  id: number,
): Promise<MilestoneLinkRow | undefined> => {
  const row = await selectLinks(db).where("l.id", "=", id).executeTakeFirst();
  return row && (await withTargets(db, [row]))[0];
};

/**
 * The link whose secret has this digest, revoked or expired ones included
 * (the caller says which). Looked up by the unique index: comparing digests
 * of 256-bit secrets leaks nothing a caller could use to guess one.
 */
export const findMilestoneLinkByHash = async (
  db: Kysely<Schema>,
  hash: string,
): Promise<MilestoneLinkRow | undefined> => {
  const row = await selectLinks(db).where("l.token_hash", "=", hash).executeTakeFirst();
  return row && (await withTargets(db, [row]))[0];
};

export interface NewMilestoneLink {
  readonly hash: string;
  readonly unitId: number;
  readonly contact: string | null;
  readonly createdBy: string;
  readonly issuerUnitId: number | null;
  readonly expiresAt: string;
  readonly milestoneIds: readonly number[];
}

export const insertMilestoneLink = async (
  db: Kysely<Schema>,
  link: NewMilestoneLink,
  now: string,
): Promise<number> => {
  const { id } = await db
    .insertInto("milestone_links")
    .values({
      token_hash: link.hash,
      unit_id: link.unitId,
      contact: link.contact,
      created_by: link.createdBy,
      issuer_unit_id: link.issuerUnitId,
      created_at: now,
      expires_at: link.expiresAt,
      revoked_at: null,
      revoked_by: null,
      last_used_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("milestone_link_targets")
    .values(
      link.milestoneIds.map((milestoneId, position) => ({
        link_id: id,
        milestone_id: milestoneId,
        position,
      })),
    )
    .execute();
  return id;
};

/** Revokes a live link; false when it was revoked already (a parallel revoke came first). */
export const revokeMilestoneLinkRow = async (
  db: Kysely<Schema>,
  id: number,
  by: string,
  now: string,
): Promise<boolean> => {
  const result = await db
    .updateTable("milestone_links")
    .set({ revoked_at: now, revoked_by: by })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
};

/** Counts one use of a link: a read of its page, or an input sent through it. */
export const countLinkUse = async (
  db: Kysely<Schema>,
  id: number,
  use: "read" | "submission",
  now: string,
): Promise<void> => {
  await db
    .updateTable("milestone_links")
    .set(
      use === "read"
        ? { read_count: sql`read_count + 1`, last_used_at: now }
        : { submission_count: sql`submission_count + 1`, last_used_at: now },
    )
    .where("id", "=", id)
    .execute();
};
