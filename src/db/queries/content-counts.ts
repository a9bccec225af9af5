import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

export interface ContentCounts {
  readonly plans: number;
  readonly milestones: number;
  /** Progress reports (报送进展) in the workflow's record. */
  readonly reports: number;
}

/** How much a database holds, in the words an office checks a restored backup by. */
export const contentCounts = async (db: Kysely<Schema>): Promise<ContentCounts> => {
  const count = async (query: Promise<{ n: number | string | bigint } | undefined>) =>
    Number((await query)?.n ?? 0);
  return {
    plans: await count(
      db
        .selectFrom("plans")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirst(),
    ),
    milestones: await count(
      db
        .selectFrom("milestones")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirst(),
    ),
    reports: await count(
      db
        .selectFrom("milestone_events")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("kind", "=", "reported")
        .executeTakeFirst(),
    ),
  };
};
