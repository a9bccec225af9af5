import type { Kysely } from "kysely";
import { DATED_KINDS } from "../../domain/milestone-ledger.js";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";

export interface CalendarFeedRow {
  readonly id: number;
  readonly kind: "plan" | "unit";
  readonly planId: number | null;
  readonly planTitle: string | null;
  readonly unitId: number | null;
  readonly unitName: string | null;
  readonly createdBy: number;
  readonly createdByUsername: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

const selectFeeds = (db: Kysely<Schema>) =>
  db
    .selectFrom("calendar_feeds as f")
    .innerJoin("users as creator", "creator.id", "f.created_by")
    .leftJoin("plans", "plans.id", "f.plan_id")
    .leftJoin("units", "units.id", "f.unit_id")
    .select([
      "f.id",
      "f.kind",
      "f.plan_id",
      "plans.title as plan_title",
      "f.unit_id",
      "units.name as unit_name",
      "f.created_by",
      "creator.username as creator_username",
      "f.created_at",
      "f.revoked_at",
      "f.last_used_at",
    ]);

type Selected = Awaited<ReturnType<ReturnType<typeof selectFeeds>["executeTakeFirstOrThrow"]>>;

const toFeed = (row: Selected): CalendarFeedRow => ({
  id: row.id,
  kind: row.kind,
  planId: row.plan_id,
  planTitle: row.plan_title,
  unitId: row.unit_id,
  unitName: row.unit_name,
  createdBy: row.created_by,
  createdByUsername: row.creator_username,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
});

/** Feeds, newest first: one creator's, or everyone's. */
export const listCalendarFeeds = async (
  db: Kysely<Schema>,
  filter: { readonly createdBy?: number } = {},
): Promise<CalendarFeedRow[]> =>
  (
    await selectFeeds(db)
      .$if(filter.createdBy !== undefined, (q) =>
        q.where("f.created_by", "=", filter.createdBy ?? -1),
      )
      .orderBy("f.id", "desc")
      .execute()
  ).map(toFeed);

export const findCalendarFeed = async (
  db: Kysely<Schema>,
  id: number,
): Promise<CalendarFeedRow | undefined> => {
  const row = await selectFeeds(db).where("f.id", "=", id).executeTakeFirst();
  return row && toFeed(row);
};

/**
 * The live feed whose secret has this digest. The digest is looked up by
 * the database's unique index: comparing digests of 256-bit secrets leaks
 * nothing a caller could use to guess one.
 */
export const findLiveCalendarFeedByHash = async (
  db: Kysely<Schema>,
  hash: string,
): Promise<CalendarFeedRow | undefined> => {
  const row = await selectFeeds(db)
    .where("f.token_hash", "=", hash)
    .where("f.revoked_at", "is", null)
    .executeTakeFirst();
  return row && toFeed(row);
};

export interface NewCalendarFeed {
  readonly hash: string;
  readonly kind: "plan" | "unit";
  readonly planId: number | null;
  readonly unitId: number | null;
  readonly createdBy: number;
}

export const insertCalendarFeed = async (
  db: Kysely<Schema>,
  feed: NewCalendarFeed,
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("calendar_feeds")
      .values({
        token_hash: feed.hash,
        kind: feed.kind,
        plan_id: feed.planId,
        unit_id: feed.unitId,
        created_by: feed.createdBy,
        created_at: now,
        revoked_at: null,
        last_used_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

export const revokeCalendarFeedRow = async (
  db: Kysely<Schema>,
  id: number,
  now: string,
): Promise<void> => {
  await db
    .updateTable("calendar_feeds")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
};

export const touchCalendarFeed = async (
  db: Kysely<Schema>,
  id: number,
  now: string,
): Promise<void> => {
  await db.updateTable("calendar_feeds").set({ last_used_at: now }).where("id", "=", id).execute();
};

/**
 * How often a milestone's event changed, and when last: each new version
 * of its content (a revision changed it) and each approved extension or
 * accepted completion counts once. Both only grow, so a calendar's
 * SEQUENCE never goes back.
 */
export interface MilestoneChanges {
  readonly changes: number;
  /** ISO timestamp of the last change (the first version's revision counts). */
  readonly lastChangedAt: string;
}

export const milestoneChanges = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
): Promise<Map<number, MilestoneChanges>> => {
  const chunks = chunksFor([...new Set(milestoneIds)], 1);
  const versions = await collectChunks(chunks, (chunk) =>
    db
      .selectFrom("milestone_versions as mv")
      .innerJoin("revisions as r", (join) =>
        join.onRef("r.plan_id", "=", "mv.plan_id").onRef("r.number", "=", "mv.valid_from"),
      )
      .select(["mv.milestone_id", (eb) => eb.fn.countAll<string | number>().as("n")])
      .select((eb) => eb.fn.max("r.created_at").as("last"))
      .where("mv.milestone_id", "in", chunk)
      .groupBy("mv.milestone_id")
      .execute(),
  );
  const events = await collectChunks(chunks, (chunk) =>
    db
      .selectFrom("milestone_events")
      .select(["milestone_id", (eb) => eb.fn.countAll<string | number>().as("n")])
      .select((eb) => eb.fn.max("at").as("last"))
      .where("milestone_id", "in", chunk)
      .where("kind", "in", [...DATED_KINDS])
      .groupBy("milestone_id")
      .execute(),
  );
  const changes = new Map<number, MilestoneChanges>();
  for (const row of versions) {
    changes.set(row.milestone_id, { changes: Number(row.n) - 1, lastChangedAt: row.last });
  }
  for (const row of events) {
    const known = changes.get(row.milestone_id);
    if (!known) continue;
    changes.set(row.milestone_id, {
      changes: known.changes + Number(row.n),
      lastChangedAt: row.last > known.lastChangedAt ? row.last : known.lastChangedAt,
    });
  }
  return changes;
};
