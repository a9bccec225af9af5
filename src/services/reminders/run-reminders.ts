import { deliver, type DeliveryOptions, type OutboundMessage } from "../../channels/channel.js";
import type { Contact } from "../../domain/contact.js";
import { excerpt } from "../../channels/results.js";
import type { Database } from "../../db/database.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { appendLedger } from "../../db/queries/milestone-ledger.js";
import {
  dueDeliveries,
  existingItemKeys,
  insertBundle,
  insertDelivery,
  insertItem,
  listContacts,
  recordAttempt,
} from "../../db/queries/reminders.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { loadWorkCalendar } from "../work-calendar.js";
import { composeDigest } from "./compose-digest.js";
import { planReminders, type PlannedReminder } from "./plan-reminders.js";

/** Waits before the next attempt of a delivery that may go through later; then it has failed. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 360] as const;

/** The system actor behind escalation entries in the ledger. */
const SYSTEM = {
  name: "system:reminders",
  userId: null,
  tokenId: null,
  unitId: null,
  signIn: null,
} as const;

export interface DigestPlan {
  readonly unitId: number;
  readonly unit: string;
  readonly message: OutboundMessage;
  readonly contacts: readonly { readonly label: string; readonly contact: Contact }[];
  readonly reminders: readonly PlannedReminder[];
}

export interface DeliveryReport {
  readonly key: string;
  readonly contact: string;
  readonly state: "sent" | "retrying" | "failed";
  readonly result: string;
}

export interface ReminderRunOutcome {
  readonly day: IsoDate;
  /** The digests this run made (or, dry, would make). */
  readonly digests: readonly DigestPlan[];
  /** What this run sent or tried, new digests and earlier retries alike. */
  readonly deliveries: readonly DeliveryReport[];
}

const describeContact = (contact: Contact): string =>
  contact.kind === "email" ? `email ${contact.address}` : contact.kind;

/** The new reminders of the day grouped per receiving unit, each group one digest. */
const digestsOf = async (
  db: Database,
  fresh: readonly PlannedReminder[],
  unitNames: Map<number, string>,
): Promise<Omit<DigestPlan, "message">[]> => {
  const byUnit = new Map<number, PlannedReminder[]>();
  for (const reminder of fresh) {
    for (const unitId of reminder.unitIds) {
      const own = byUnit.get(unitId);
      if (own === undefined) byUnit.set(unitId, [reminder]);
      else own.push(reminder);
    }
  }
  const contacts = await listContacts(db.kysely, [...byUnit.keys()]);
  return [...byUnit].map(([unitId, reminders]) => ({
    unitId,
    unit: unitNames.get(unitId) ?? String(unitId),
    reminders,
    contacts: contacts
      .filter((c) => c.unitId === unitId)
      .map((c) => ({ label: c.label, contact: c.contact })),
  }));
};

const nextAttempt = (now: Date, attempts: number): string | null => {
  const minutes = RETRY_DELAYS_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(now.getTime() + minutes * 60_000).toISOString();
};

/**
 * What the log says of a delivery whose sending never came back: the process
 * stopped between handing the message over and recording the answer.
 */
export const INTERRUPTED =
  "interrupted while sending (the process stopped): it may or may not have arrived, " +
  "and is not sent again so that it cannot arrive twice";

/**
 * Sends every delivery whose time has come and records each result. Each is
 * first recorded as interrupted, so that a process killed while sending
 * leaves it failed rather than due: sent again after a restart, it would
 * reach a receiver that already had it a second time.
 */
const sendDue = async (
  db: Database,
  now: Date,
  options: Omit<DeliveryOptions, "now">,
): Promise<DeliveryReport[]> => {
  const reports: DeliveryReport[] = [];
  for (const delivery of await dueDeliveries(db.kysely, now.toISOString())) {
    await recordAttempt(db.kysely, delivery.id, {
      state: "failed",
      attempts: delivery.attempts + 1,
      nextAttemptAt: null,
      result: INTERRUPTED,
      sentAt: null,
    });
    const result = await deliver(delivery.contact, delivery.message as OutboundMessage, {
      ...options,
      now: () => now,
    });
    const attempts = delivery.attempts + 1;
    const retryAt = result.ok || !result.retryable ? null : nextAttempt(now, attempts);
    const state = result.ok ? "sent" : retryAt === null ? "failed" : "retrying";
    // A short line for the log, whatever a channel said.
    const text = excerpt(result.ok ? result.detail : result.error);
    await recordAttempt(db.kysely, delivery.id, {
      state,
      attempts,
      nextAttemptAt: retryAt,
      result: text,
      sentAt: result.ok ? now.toISOString() : null,
    });
    reports.push({
      key: delivery.key,
      contact: describeContact(delivery.contact),
      state,
      result: text,
    });
  }
  return reports;
};

/**
 * One reminder run for `day`: fires the rules of every plan in use, keeps the reminders
 * not fired before (their keys make a rerun or a restart fire nothing
 * twice), bundles them per unit, every plan's in one, into a digest for
 * each of the unit's contacts, records escalations in the milestones' ledgers, then sends
 * whatever is due, new digests and retries alike. A dry run only says
 * what it would send.
 */
export const runReminders = async (
  db: Database,
  input: {
    readonly day: IsoDate;
    readonly now: Date;
    readonly dryRun: boolean;
    readonly delivery: Omit<DeliveryOptions, "now">;
    /** The web app's public address (DUBAN_PUBLIC_URL): each line links to its milestone. */
    readonly publicUrl: string | undefined;
  },
): Promise<ReminderRunOutcome> => {
  const calendar = await loadWorkCalendar(db);
  const { reminders, unitNames } = await planReminders(db.kysely, calendar, input.day);
  const known = await existingItemKeys(
    db.kysely,
    reminders.map((r) => r.item.key),
  );
  const fresh = reminders.filter((r) => !known.has(r.item.key));
  const groups = await digestsOf(db, fresh, unitNames);
  const stamp = input.now.toISOString();
  if (input.dryRun) {
    return {
      day: input.day,
      digests: groups.map((g) => ({
        ...g,
        message: composeDigest(
          g.unit,
          input.day,
          g.reminders,
          `dry-run:${input.day}:${g.unitId}`,
          input.publicUrl,
        ),
      })),
      deliveries: [],
    };
  }
  const digests = await writeTransaction(db, async (trx) => {
    const ids = new Map<string, number>();
    for (const reminder of fresh) {
      const id = await insertItem(
        trx,
        {
          key: reminder.item.key,
          planId: reminder.planId,
          milestoneId: reminder.item.milestoneId,
          kind: reminder.item.kind,
          firedOn: input.day,
          json: JSON.stringify({ ...reminder.item, unitIds: reminder.unitIds }),
        },
        stamp,
      );
      // Another run recorded it in the meantime: it is theirs to send.
      if (id === undefined) continue;
      ids.set(reminder.item.key, id);
      if (reminder.item.kind === "escalated" && reminder.item.level !== null) {
        await appendLedger(
          trx,
          { milestoneId: reminder.item.milestoneId, planId: reminder.planId },
          SYSTEM,
          {
            kind: "escalated",
            on: input.day,
            level: reminder.item.level.name,
            daysOverdue: reminder.item.daysOverdue ?? 0,
          },
          stamp,
        );
      }
    }
    const made: DigestPlan[] = [];
    for (const group of groups) {
      const mine = group.reminders.filter((r) => ids.has(r.item.key));
      if (mine.length === 0) continue;
      const bundleId = await insertBundle(
        trx,
        {
          unitId: group.unitId,
          day: input.day,
          itemIds: mine.map((r) => ids.get(r.item.key) ?? 0),
        },
        stamp,
      );
      const key = `digest:${bundleId}`;
      const message = composeDigest(group.unit, input.day, mine, key, input.publicUrl);
      for (const [index, target] of group.contacts.entries()) {
        await insertDelivery(
          trx,
          { bundleId, key: `${key}:${index}`, contact: target.contact, message },
          stamp,
        );
      }
      made.push({ ...group, reminders: mine, message });
    }
    return made;
  });
  const deliveries = await sendDue(db, input.now, input.delivery);
  return { day: input.day, digests, deliveries };
};
