import type { Kysely } from "kysely";
import type { Schema } from "../db/schema.js";
import { message } from "../domain/message.js";
import { DubanError } from "./duban-error.js";

/**
 * Refuses a write to an archived plan: its record stays as it was, to be
 * read and exported. Every write on a plan's content, milestones or tasks
 * asks this first, inside its transaction.
 */
export const refuseIfArchived = async (db: Kysely<Schema>, planId: number): Promise<void> => {
  const plan = await db
    .selectFrom("plans")
    .select(["title", "archived_at"])
    .where("id", "=", planId)
    .executeTakeFirst();
  if (plan?.archived_at == null) return;
  throw new DubanError(
    "plan.archived",
    message(
      `计划「${plan.title}」已归档，只能查看和导出，不能再办理；如需继续办理，请管理员先恢复该计划`,
      `The plan "${plan.title}" is archived: it can be read and exported, not acted on; an administrator can restore it`,
    ),
  );
};
