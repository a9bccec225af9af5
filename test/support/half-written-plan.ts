import type { Database } from "../../src/db/database.js";

/**
 * A plan row left at revision 0, as an import that died between creating
 * the plan and writing its first revision would leave it (the services
 * never do: their transaction rolls back). What `duban check` must catch.
 */
export const insertHalfWrittenPlan = async (db: Database): Promise<void> => {
  const now = new Date().toISOString();
  await db.kysely
    .insertInto("plans")
    .values({
      plan_key: "2023|市政府|",
      year: 2023,
      issuer: "市政府",
      kind: "master",
      owner_unit_id: null,
      title: "2023年市政府重点工作任务分解表",
      current_revision: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
};
