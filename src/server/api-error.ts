import { z } from "zod";
import type { Message } from "../domain/message.js";

/** The one shape every error response takes, whatever went wrong and where. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      /** The HTTP status again, so a logged body explains itself. */
      status: z.number().int(),
      /** A stable, dotted code clients branch on: "validation.failed", "plan.not_found". */
      code: z.string(),
      /** For people, in both languages the interface speaks. */
      message: z.object({ zh: z.string(), en: z.string() }),
      /** The first offending request field, dotted ("body.year"), when there is one. */
      field: z.string().optional(),
      /** Machine-readable particulars: validation issues, import diagnostics. */
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "ApiError" });

export type ApiError = z.infer<typeof apiErrorSchema>;

export const apiError = (
  status: number,
  code: string,
  text: Message,
  extra: { readonly field?: string; readonly details?: unknown } = {},
): ApiError => ({ error: { status, code, message: text, ...extra } });
