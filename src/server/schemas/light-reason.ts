import { z } from "zod";

/** src/domain/light-reason.ts: the one reason every screen shows beside a light. */
export const lightReasonSchema = z
  .discriminatedUnion("code", [
    z.object({ code: z.literal("done") }),
    z.object({ code: z.literal("overdue"), days: z.number().int() }),
    z.object({ code: z.literal("due_soon"), days: z.number().int() }),
    z.object({ code: z.literal("report_missing") }),
    z.object({ code: z.literal("normal") }),
  ])
  .meta({
    id: "LightReason",
    description:
      "Why the light is what it is: days overdue (red), days left or a missing report (yellow), normal (green); done has no light",
  });
