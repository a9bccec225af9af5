import { sql, type Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * Plans grouped by year and category, and next year's plan (结转).
 *
 * `plans.category` is what the office files a plan under (政府工作报告,
 * 民生实事, a special plan's name), beside `kind` (a master table or a
 * slice). Plans stored before take the rule imports apply to a title
 * (a frozen copy of domain/plan-grouping.ts `categoryOfTitle`).
 *
 * `milestone_carry_overs` links a milestone carried into next year's plan to
 * the one it came from. A milestone is carried once (`from_milestone_id`
 * unique), so two offices starting the same year at once cannot both carry it.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .alterTable("plans")
    .addColumn("category", "text", (c) => c.notNull().defaultTo("专项工作"))
    .execute();
  await sql`update plans set category = case
      when title like '%民生实事%' then '民生实事'
      when title like '%政府工作报告%' or title like '%重点工作%' then '政府工作报告'
      else '专项工作' end`.execute(db);
  await db.schema
    .createTable("milestone_carry_overs")
    .addColumn("milestone_id", "integer", (c) => c.primaryKey().references("milestones.id"))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("from_milestone_id", "integer", (c) =>
      c.notNull().unique().references("milestones.id"),
    )
    .addColumn("from_plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("milestone_carry_overs_plan")
    .on("milestone_carry_overs")
    .column("plan_id")
    .execute();
  await db.schema
    .createIndex("milestone_carry_overs_from_plan")
    .on("milestone_carry_overs")
    .column("from_plan_id")
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("milestone_carry_overs").execute();
  await db.schema.alterTable("plans").dropColumn("category").execute();
};
