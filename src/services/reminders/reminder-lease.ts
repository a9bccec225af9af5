import type { Database } from "../../db/database.js";
import { acquireLease, releaseLease } from "../../db/queries/leases.js";

export const REMINDER_LEASE = "reminders";

/**
 * Only the holder of the reminder lease sends: with several instances on
 * one PostgreSQL, exactly one does, and when it stops another takes over
 * once the lease has run out.
 */
export const holdReminderLease = async (
  db: Database,
  holder: string,
  now: Date,
  forMs: number,
): Promise<boolean> =>
  acquireLease(
    db.kysely,
    REMINDER_LEASE,
    holder,
    now.toISOString(),
    new Date(now.getTime() + forMs).toISOString(),
  );

export const releaseReminderLease = (db: Database, holder: string): Promise<void> =>
  releaseLease(db.kysely, REMINDER_LEASE, holder);
