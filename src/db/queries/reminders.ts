import type { Kysely } from "kysely";
import type { Contact } from "../../domain/contact.js";
import type { DeliveryState, Schema } from "../schema.js";

export interface UnitContact {
  readonly id: number;
  readonly unitId: number;
  readonly label: string;
  readonly contact: Contact;
}

const toContact = (row: {
  id: number;
  unit_id: number;
  label: string;
  contact_json: string;
}): UnitContact => ({
  id: row.id,
  unitId: row.unit_id,
  label: row.label,
  contact: JSON.parse(row.contact_json) as Contact,
});

export const listContacts = async (
  db: Kysely<Schema>,
  unitIds?: readonly number[],
): Promise<UnitContact[]> =>
  (
    await db
      .selectFrom("unit_contacts")
      .selectAll()
      .$if(unitIds !== undefined, (q) => q.where("unit_id", "in", unitIds?.length ? unitIds : [-1]))
      .orderBy("id")
      .execute()
  ).map(toContact);

export const insertContact = async (
  db: Kysely<Schema>,
  contact: Omit<UnitContact, "id">,
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("unit_contacts")
      .values({
        unit_id: contact.unitId,
        label: contact.label,
        contact_json: JSON.stringify(contact.contact),
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

export const deleteContact = async (
  db: Kysely<Schema>,
  unitId: number,
  id: number,
): Promise<boolean> =>
  (
    await db
      .deleteFrom("unit_contacts")
      .where("id", "=", id)
      .where("unit_id", "=", unitId)
      .executeTakeFirst()
  ).numDeletedRows > 0n;

/** Of these keys, those recorded already. */
export const existingItemKeys = async (
  db: Kysely<Schema>,
  keys: readonly string[],
): Promise<Set<string>> => {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 1000) {
    const chunk = keys.slice(i, i + 1000);
    const rows = await db
      .selectFrom("reminder_items")
      .select("dedupe_key")
      .where("dedupe_key", "in", chunk)
      .execute();
    for (const row of rows) found.add(row.dedupe_key);
  }
  return found;
};

/** Records an item unless its key is there already; its id when it is new. */
export const insertItem = async (
  db: Kysely<Schema>,
  item: {
    readonly key: string;
    readonly planId: number;
    readonly milestoneId: number;
    readonly kind: string;
    readonly firedOn: string;
    readonly json: string;
  },
  now: string,
): Promise<number | undefined> =>
  (
    await db
      .insertInto("reminder_items")
      .values({
        dedupe_key: item.key,
        plan_id: item.planId,
        milestone_id: item.milestoneId,
        kind: item.kind,
        fired_on: item.firedOn,
        item_json: item.json,
        created_at: now,
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .returning("id")
      .executeTakeFirst()
  )?.id;

export const insertBundle = async (
  db: Kysely<Schema>,
  bundle: { readonly unitId: number; readonly day: string; readonly itemIds: readonly number[] },
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("reminder_bundles")
      .values({
        unit_id: bundle.unitId,
        day: bundle.day,
        item_ids_json: JSON.stringify(bundle.itemIds),
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

export const insertDelivery = async (
  db: Kysely<Schema>,
  delivery: {
    readonly bundleId: number;
    readonly key: string;
    readonly contact: Contact;
    readonly message: unknown;
  },
  now: string,
): Promise<void> => {
  await db
    .insertInto("reminder_deliveries")
    .values({
      bundle_id: delivery.bundleId,
      dedupe_key: delivery.key,
      contact_json: JSON.stringify(delivery.contact),
      message_json: JSON.stringify(delivery.message),
      state: "pending",
      attempts: 0,
      next_attempt_at: now,
      last_result: null,
      sent_at: null,
      created_at: now,
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .execute();
};

export interface DeliveryRow {
  readonly id: number;
  readonly bundleId: number;
  readonly key: string;
  readonly contact: Contact;
  readonly message: unknown;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly lastResult: string | null;
  readonly sentAt: string | null;
}

const toDelivery = (row: {
  id: number;
  bundle_id: number;
  dedupe_key: string;
  contact_json: string;
  message_json: string;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: string | null;
  last_result: string | null;
  sent_at: string | null;
}): DeliveryRow => ({
  id: row.id,
  bundleId: row.bundle_id,
  key: row.dedupe_key,
  contact: JSON.parse(row.contact_json) as Contact,
  message: JSON.parse(row.message_json) as unknown,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  lastResult: row.last_result,
  sentAt: row.sent_at,
});

/** Deliveries waiting to go out (new, or a retry whose time has come), oldest first. */
export const dueDeliveries = async (db: Kysely<Schema>, now: string): Promise<DeliveryRow[]> =>
  (
    await db
      .selectFrom("reminder_deliveries")
      .selectAll()
      .where("state", "in", ["pending", "retrying"])
      .where("next_attempt_at", "<=", now)
      .orderBy("id")
      .execute()
  ).map(toDelivery);

export const listDeliveries = async (db: Kysely<Schema>): Promise<DeliveryRow[]> =>
  (await db.selectFrom("reminder_deliveries").selectAll().orderBy("id").execute()).map(toDelivery);

export const recordAttempt = async (
  db: Kysely<Schema>,
  id: number,
  outcome: {
    readonly state: DeliveryState;
    readonly attempts: number;
    readonly nextAttemptAt: string | null;
    readonly result: string;
    readonly sentAt: string | null;
  },
): Promise<void> => {
  await db
    .updateTable("reminder_deliveries")
    .set({
      state: outcome.state,
      attempts: outcome.attempts,
      next_attempt_at: outcome.nextAttemptAt,
      last_result: outcome.result,
      sent_at: outcome.sentAt,
    })
    .where("id", "=", id)
    .execute();
};

/** How many reminder deliveries are in each state, over the whole log (every state named). */
export const countDeliveriesByState = async (
  db: Kysely<Schema>,
): Promise<Record<DeliveryState, number>> => {
  const counts: Record<DeliveryState, number> = { pending: 0, sent: 0, retrying: 0, failed: 0 };
  const rows = await db
    .selectFrom("reminder_deliveries")
    .select(["state", (eb) => eb.fn.countAll<string | number>().as("count")])
    .groupBy("state")
    .execute();
  for (const row of rows) counts[row.state] = Number(row.count);
  return counts;
};

/** When the last digest was made (a run that found something to send), or null before any. */
export const lastDigestAt = async (db: Kysely<Schema>): Promise<string | null> =>
  (
    await db
      .selectFrom("reminder_bundles")
      .select((eb) => eb.fn.max("created_at").as("at"))
      .executeTakeFirst()
  )?.at ?? null;
