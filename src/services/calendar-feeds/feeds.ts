import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import { writeTransaction } from "../../db/write-transaction.js";
import {
  findCalendarFeed,
  insertCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeedRow,
  type CalendarFeedRow,
} from "../../db/queries/calendar-feeds.js";
import { message } from "../../domain/message.js";
import { accountOf, type Actor } from "../../policies/actor.js";
import { actorMay } from "../../policies/permissions.js";
import { digestSecret, newSecret } from "../auth/secret-token.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError, forbidden, planNotFound } from "../duban-error.js";
import { plansVisibleTo } from "../plans.js";
import { requireUnitName } from "../units.js";

/** A feed's secret starts with this, so that a leaked URL is recognisable in logs and scanners. */
const FEED_PREFIX = "dubancal_";

/** What a feed follows: one unit's milestones (in one plan or all it sees), or a whole plan's. */
export interface FeedTarget {
  readonly planId: number | null;
  readonly unitId: number | null;
}

export const feedNotFound = (id: number): DubanError =>
  new DubanError(
    "calendar_feed.not_found",
    message(`没有编号为 ${String(id)} 的日历订阅`, `There is no calendar feed ${String(id)}`),
  );

/**
 * Whether the actor may follow the target: a unit's own people their
 * unit's milestones, the supervision office any unit's or plan's. Asked
 * when the feed is made and again at every fetch, as its creator.
 */
export const authorizeFeedTarget = async (
  db: Database,
  actor: Actor,
  target: FeedTarget,
): Promise<void> => {
  const ownUnit = actor.kind !== "shell" && target.unitId === actor.unitId;
  authorize(actor, {
    action: "calendar_feed.subscribe",
    relation: ownUnit ? "own_unit" : "none",
  });
  if (target.planId !== null) {
    const visible = (await plansVisibleTo(db, actor, "with_archived")).some(
      (plan) => plan.id === target.planId,
    );
    if (!visible) throw planNotFound(target.planId);
  }
};

/**
 * A new calendar feed of the actor's; its secret is in the answer only,
 * the database keeps its digest. A person may hold several (a phone and a
 * desk calendar), each revoked on its own.
 */
export const createCalendarFeed = async (
  db: Database,
  actor: Actor,
  target: FeedTarget,
  now: Date,
): Promise<{ readonly token: string; readonly row: CalendarFeedRow }> => {
  if (target.planId === null && target.unitId === null) {
    throw new DubanError(
      "calendar_feed.invalid",
      message("请指定单位（unitId）或计划（planId）", "Name a unit (unitId) or a plan (planId)"),
      { field: "body" },
    );
  }
  const account = accountOf(actor);
  if (account === null) throw forbidden();
  await authorizeFeedTarget(db, actor, target);
  const unit =
    target.unitId === null ? null : await requireUnitName(db, target.unitId, "body.unitId");
  const token = `${FEED_PREFIX}${newSecret()}`;
  const stamp = now.toISOString();
  const kind = target.unitId === null ? "plan" : "unit";
  return writeTransaction(db, async (trx) => {
    const id = await insertCalendarFeed(
      trx,
      { hash: digestSecret(token), kind, ...target, createdBy: account },
      stamp,
    );
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "calendar_feed.created",
        objectType: "calendar_feed",
        objectId: id,
        after: { kind, planId: target.planId, unit, createdBy: actor.name },
      },
      stamp,
    );
    const row = await findCalendarFeed(trx, id);
    if (!row) throw feedNotFound(id);
    return { token, row };
  });
};

/** The actor's own feeds; an administrator's list holds everyone's. */
export const listCalendarFeedsFor = async (
  db: Database,
  actor: Actor,
): Promise<CalendarFeedRow[]> => {
  if (actorMay(actor, { action: "calendar_feed.administer" })) return listCalendarFeeds(db.kysely);
  const account = accountOf(actor);
  if (account === null) throw forbidden();
  return listCalendarFeeds(db.kysely, { createdBy: account });
};

/**
 * Stops a feed: its URL answers 404 from now on. Its owner or an
 * administrator may; to anyone else another person's feed does not exist.
 */
export const revokeCalendarFeed = async (
  db: Database,
  actor: Actor,
  id: number,
  now: Date,
): Promise<CalendarFeedRow> => {
  const row = await findCalendarFeed(db.kysely, id);
  if (!row) throw feedNotFound(id);
  if (row.createdBy !== accountOf(actor)) {
    authorize(actor, { action: "calendar_feed.administer" }, () => feedNotFound(id));
  }
  if (row.revokedAt !== null) return row;
  const stamp = now.toISOString();
  return writeTransaction(db, async (trx) => {
    await revokeCalendarFeedRow(trx, id, stamp);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "calendar_feed.revoked",
        objectType: "calendar_feed",
        objectId: id,
        after: {
          kind: row.kind,
          planId: row.planId,
          unit: row.unitName,
          createdBy: `user:${row.createdByUsername}`,
        },
      },
      stamp,
    );
    return (await findCalendarFeed(trx, id)) ?? row;
  });
};
