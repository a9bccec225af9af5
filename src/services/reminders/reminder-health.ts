import type { Database } from "../../db/database.js";
import { leaseExpiry } from "../../db/queries/leases.js";
import { countDeliveriesByState, lastDigestAt } from "../../db/queries/reminders.js";
import type { DeliveryState } from "../../db/schema.js";
import { REMINDER_LEASE } from "./reminder-lease.js";
import { storedTime } from "../stored-time.js";

/**
 * Whether reminders are going out, as the database records it for every instance and
 * across restarts: the delivery log by state (failed ones stay failed), when the last
 * digest was made, and until when the instance sending holds the lease, which it renews
 * every tick (past that time, no instance is running reminders).
 */
export interface ReminderHealth {
  readonly deliveries: Readonly<Record<DeliveryState, number>>;
  readonly lastDigestAt: Date | null;
  readonly leaseExpiresAt: Date | null;
}

export const reminderHealth = async (db: Database): Promise<ReminderHealth> => ({
  deliveries: await countDeliveriesByState(db.kysely),
  lastDigestAt: storedTime(await lastDigestAt(db.kysely)),
  leaseExpiresAt: storedTime(await leaseExpiry(db.kysely, REMINDER_LEASE)),
});
