import { z } from "zod";
import { arrayOf } from "./common.js";

export const targetTypeSchema = z.enum(["task", "milestone"]);

/** "milestone:12" or "task:3" in a query string. */
export const targetQuery = z
  .string()
  .regex(/^(task|milestone):[1-9]\d{0,9}$/, { error: "task:ID or milestone:ID" })
  .transform((text) => {
    const [type, id] = text.split(":");
    return { type: type === "task" ? ("task" as const) : ("milestone" as const), id: Number(id) };
  })
  .meta({ description: "task:ID or milestone:ID", example: "milestone:12" });

export const instructionResponseSchema = z
  .object({
    id: z.number().int(),
    unitId: z.number().int(),
    unit: z.string(),
    actor: z.string(),
    actorName: z.string().meta({ description: "Who answered, by display name" }),
    text: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "InstructionResponse" });

export const instructionSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    targetType: targetTypeSchema,
    targetId: z.number().int(),
    target: z
      .object({
        taskId: z.number().int().nullable(),
        taskNo: z.number().int().nullable(),
        seq: z.number().int().nullable(),
        text: z.string().nullable(),
      })
      .meta({ description: "What the target says now; nulls once a revision has removed it" }),
    text: z.string(),
    issuedBy: z.string().meta({ description: "The leader as written, e.g. 市长 张三" }),
    enteredBy: z.string(),
    enteredByName: z.string().meta({ description: "Who entered it, by display name" }),
    createdAt: z.string(),
    responseDue: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
    closedByName: z.string().nullable(),
    version: z.number().int(),
    responses: arrayOf(instructionResponseSchema),
    can: z
      .object({
        answer: z.boolean().meta({ description: "Answer it for the caller's unit" }),
        close: z.boolean().meta({ description: "Close it (办结)" }),
      })
      .meta({
        id: "InstructionAbilities",
        description: "What the caller may do on the instruction now",
      }),
  })
  .meta({ id: "Instruction" });

export const taskFocusSchema = z
  .object({
    taskId: z.number().int(),
    focus: z.boolean(),
    setAt: z.string().nullable(),
    setBy: z.string().nullable(),
  })
  .meta({ id: "TaskFocus" });
