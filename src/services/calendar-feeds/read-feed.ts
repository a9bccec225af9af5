import type { Database } from "../../db/database.js";
import { findLiveCalendarFeedByHash, touchCalendarFeed } from "../../db/queries/calendar-feeds.js";
import { findUser } from "../../db/queries/users.js";
import { message } from "../../domain/message.js";
import { userActor } from "../../policies/actor.js";
import { digestSecret } from "../auth/secret-token.js";
import { DubanError } from "../duban-error.js";
import type { ExportFile } from "../exports/export-file.js";
import { calendarFile, type CalendarOptions } from "./calendar-file.js";
import { authorizeFeedTarget } from "./feeds.js";

/** One answer for every URL that gives nothing: unknown, revoked, or no longer its creator's to see. */
const noSuchFeed = (): DubanError =>
  new DubanError(
    "calendar_feed.not_found",
    message("没有这个日历订阅，或已撤销", "There is no such calendar feed, or it was revoked"),
  );

/**
 * What a calendar app fetching a feed's URL gets, without a session. The
 * feed shows what its creator may see now: a creator disabled, moved to
 * another unit or no longer seeing the plan stops it, and so does a
 * revoked secret or a unit merged away.
 */
export const readCalendarFeed = async (
  db: Database,
  token: string,
  now: Date,
  options: CalendarOptions,
): Promise<ExportFile> => {
  const feed = await findLiveCalendarFeedByHash(db.kysely, digestSecret(token));
  if (!feed) throw noSuchFeed();
  const user = await findUser(db.kysely, feed.createdBy);
  if (!user || user.disabled) throw noSuchFeed();
  const creator = userActor(user);
  const target = { planId: feed.planId, unitId: feed.unitId };
  try {
    await authorizeFeedTarget(db, creator, target);
    const file = await calendarFile(db, creator, target, options);
    await touchCalendarFeed(db.kysely, feed.id, now.toISOString());
    return file;
  } catch (error) {
    if (error instanceof DubanError) throw noSuchFeed();
    throw error;
  }
};
