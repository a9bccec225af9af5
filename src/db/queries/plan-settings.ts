import type { Kysely } from "kysely";
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from "../../domain/plan-settings.js";
import type { Schema } from "../schema.js";
import { versionedCache } from "../versioned-cache.js";
import { bumpCacheVersion } from "./cache-versions.js";

export interface StoredPlanSettings {
  readonly settings: PlanSettings;
  /** 0 while the plan runs on the defaults. */
  readonly version: number;
}

const loadPlanSettings = async (
  db: Kysely<Schema>,
  planIds: readonly number[],
): Promise<Map<number, StoredPlanSettings>> => {
  const found = new Map<number, StoredPlanSettings>();
  if (planIds.length === 0) return found;
  const rows = await db
    .selectFrom("plan_settings")
    .selectAll()
    .where("plan_id", "in", planIds)
    .execute();
  for (const row of rows) {
    found.set(row.plan_id, {
      // Settings added later take their defaults in plans stored before.
      settings: { ...DEFAULT_PLAN_SETTINGS, ...(JSON.parse(row.settings_json) as object) },
      version: row.version,
    });
  }
  for (const id of planIds) {
    if (!found.has(id)) found.set(id, { settings: DEFAULT_PLAN_SETTINGS, version: 0 });
  }
  return found;
};

const cached = versionedCache<number, StoredPlanSettings>("plan_settings");

/** The plans' settings (the defaults for a plan that has none), kept between requests. */
export const readPlanSettings = (
  db: Kysely<Schema>,
  planIds: readonly number[],
): Promise<Map<number, StoredPlanSettings>> =>
  cached(db, planIds, (missing) => loadPlanSettings(db, missing));

/** Saves settings if they are still at `expectedVersion`; false when someone saved first. */
export const writePlanSettings = async (
  db: Kysely<Schema>,
  planId: number,
  settings: PlanSettings,
  expectedVersion: number,
  now: string,
): Promise<boolean> => {
  const values = {
    settings_json: JSON.stringify(settings),
    version: expectedVersion + 1,
    updated_at: now,
  };
  if (expectedVersion === 0) {
    const inserted = await db
      .insertInto("plan_settings")
      .values({ plan_id: planId, ...values })
      .onConflict((oc) => oc.column("plan_id").doNothing())
      .executeTakeFirst();
    const saved = (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
    if (saved) await bumpCacheVersion(db, "plan_settings");
    return saved;
  }
  const updated = await db
    .updateTable("plan_settings")
    .set(values)
    .where("plan_id", "=", planId)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  const saved = updated.numUpdatedRows > 0n;
  if (saved) await bumpCacheVersion(db, "plan_settings");
  return saved;
};
