import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

// The title rule of src/domain/plan-identity.ts as it stood: width folded, spaces and invisibles gone.
const normalizeTitle = (title: string): string =>
  title
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u200b-\u200d\u2060\ufeff\u00ad]+/g, "");

interface PlanKeyRow {
  id: number;
  plan_key: string;
  year: number;
  issuer: string | null;
  owner: string | null;
  title: string;
}

const readPlans = (db: AnyDb): Promise<PlanKeyRow[]> =>
  db
    .selectFrom("plans")
    .leftJoin("units", "units.id", "plans.owner_unit_id")
    .select([
      "plans.id",
      "plans.plan_key",
      "plans.year",
      "plans.issuer",
      "units.name as owner",
      "plans.title",
    ])
    .orderBy("plans.id")
    .execute();

/**
 * A plan's key names its title too (year|issuer|owner unit|normalised title):
 * an unrelated table of the same year, issuer and unit is no longer taken
 * for a revision. Two plans that would share a key (their owner units merged
 * since) keep apart by their ids.
 */
export const up = async (db: AnyDb): Promise<void> => {
  const taken = new Set<string>();
  for (const plan of await readPlans(db)) {
    const base = [plan.year, plan.issuer ?? "", plan.owner ?? "", normalizeTitle(plan.title)].join(
      "|",
    );
    const key = taken.has(base) ? `${base}|#${String(plan.id)}` : base;
    taken.add(key);
    // The old keys have one field fewer, so no new key meets an old one on the way.
    await db.updateTable("plans").set({ plan_key: key }).where("id", "=", plan.id).execute();
  }
};

/** Back to year|issuer|owner unit, where that is still unique. */
export const down = async (db: AnyDb): Promise<void> => {
  const taken = new Set<string>();
  for (const plan of await readPlans(db)) {
    const base = [plan.year, plan.issuer ?? "", plan.owner ?? ""].join("|");
    const key = taken.has(base) ? `${base}|#${String(plan.id)}` : base;
    taken.add(key);
    await db.updateTable("plans").set({ plan_key: key }).where("id", "=", plan.id).execute();
  }
};
