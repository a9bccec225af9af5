import { z } from "zod";
import { isIsoDate } from "../../domain/iso-date.js";
import { MILESTONE_STATUSES } from "../../domain/milestone-status.js";
import { ROLES } from "../../domain/role.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../services/page.js";

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const isoDay = z
  .string()
  .refine(isIsoDate, { error: "a calendar day YYYY-MM-DD" })
  .meta({ example: "2022-06-30" });

export const roleSchema = z.enum(ROLES).meta({
  description: "admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人",
});

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item).readonly(),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

/** "true"/"false" in a query string; z.coerce.boolean would take "false" as true. */
export const queryFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

/** Arrays in responses: the services hand out readonly arrays. */
export const arrayOf = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** "overdue,due_soon" → ["overdue", "due_soon"]. */
export const statusList = z
  .string()
  .transform((text) => text.split(",").map((part) => part.trim()))
  .pipe(z.array(z.enum(MILESTONE_STATUSES)).min(1));
