import { z } from "zod";
import { SEARCH_KINDS } from "../../domain/search-kind.js";
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
} from "../../domain/search-text.js";
import { arrayOf, isoDay, queryFlag } from "./common.js";

export const searchKindSchema = z.enum(SEARCH_KINDS).meta({
  description:
    "task 任务, milestone 节点计划, unit 单位, instruction 批示, answer 批示答复, review 审核意见, report 进展, file 佐证材料",
});

export const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(MAX_QUERY_LENGTH)
    .meta({
      description:
        "What to find, 1–100 characters after trimming: any part of a text (no word splitting), " +
        "or a 序号 (204) or milestone (205（3）)",
    }),
  plan: z.coerce.number().int().positive().optional().meta({ description: "Only this plan" }),
  unit: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: "Only what this unit (with its groups) stands in" }),
  from: isoDay.optional().meta({ description: "Records made on or after this day" }),
  to: isoDay.optional().meta({ description: "Records made on or before this day" }),
  kind: searchKindSchema.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_SEARCH_LIMIT)
    .default(DEFAULT_SEARCH_LIMIT)
    .meta({ description: `Results at most (default ${DEFAULT_SEARCH_LIMIT})` }),
  archived: queryFlag.optional().meta({ description: "Archived plans too" }),
});

const highlightSchema = z.object({
  start: z.number().int().meta({ description: "UTF-16 offset in the snippet" }),
  length: z.number().int(),
});

export const searchResultsSchema = z.object({
  query: z.string().meta({ description: "The query as matched: trimmed, half-width, lower case" }),
  items: arrayOf(
    z.object({
      kind: searchKindSchema,
      refId: z.number().int(),
      plan: z.object({ id: z.number().int(), title: z.string() }).nullable(),
      taskId: z.number().int().nullable(),
      taskNo: z.number().int().nullable(),
      milestoneId: z.number().int().nullable(),
      milestoneSeq: z.number().int().nullable(),
      unitId: z.number().int().nullable(),
      units: arrayOf(z.string()),
      day: z.string().nullable(),
      numbered: z.boolean(),
      snippet: z.string(),
      highlights: arrayOf(highlightSchema),
    }),
  ),
  totals: z.record(searchKindSchema, z.number().int()),
  totalsCapped: z.boolean().meta({
    description:
      "Some kind had more than 1,000 matches: its total says 1,000, a lower bound (the others are exact)",
  }),
});
