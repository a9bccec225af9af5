import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";
import { bumpCacheVersion } from "./cache-versions.js";

/** An administrator's change to one day of the shipped calendar (schema.ts `calendar_days`). */
export interface StoredCalendarDay {
  readonly date: string;
  readonly kind: "holiday" | "workday" | "normal";
  readonly name: string;
  readonly updatedAt: string;
}

const view = (row: {
  day: string;
  kind: StoredCalendarDay["kind"];
  name: string;
  updated_at: string;
}): StoredCalendarDay => ({
  date: row.day,
  kind: row.kind,
  name: row.name,
  updatedAt: row.updated_at,
});

/** Every stored change, by day; or those from `from` to `to` inclusive. */
export const listCalendarOverrides = async (
  db: Kysely<Schema>,
  range?: { readonly from: string; readonly to: string },
): Promise<StoredCalendarDay[]> => {
  const rows = await db
    .selectFrom("calendar_days")
    .selectAll()
    .$if(range !== undefined, (q) =>
      q.where("day", ">=", range?.from ?? "").where("day", "<=", range?.to ?? ""),
    )
    .orderBy("day")
    .execute();
  return rows.map(view);
};

export const findCalendarOverride = async (
  db: Kysely<Schema>,
  date: string,
): Promise<StoredCalendarDay | undefined> => {
  const row = await db
    .selectFrom("calendar_days")
    .selectAll()
    .where("day", "=", date)
    .executeTakeFirst();
  return row === undefined ? undefined : view(row);
};

/** Stores the change for a day, replacing the one before. */
export const upsertCalendarOverride = async (
  db: Kysely<Schema>,
  day: { readonly date: string; readonly kind: StoredCalendarDay["kind"]; readonly name: string },
  now: string,
): Promise<void> => {
  await db
    .insertInto("calendar_days")
    .values({ day: day.date, kind: day.kind, name: day.name, updated_at: now })
    .onConflict((oc) =>
      oc.column("day").doUpdateSet({ kind: day.kind, name: day.name, updated_at: now }),
    )
    .execute();
  await bumpCacheVersion(db, "work_calendar");
};

/** Deletes the change for a day; false when there was none. */
export const deleteCalendarOverride = async (
  db: Kysely<Schema>,
  date: string,
): Promise<boolean> => {
  const result = await db.deleteFrom("calendar_days").where("day", "=", date).executeTakeFirst();
  const deleted = result.numDeletedRows > 0n;
  if (deleted) await bumpCacheVersion(db, "work_calendar");
  return deleted;
};
