import { z } from "zod";
import { message } from "../domain/message.js";
import type { PlanCorrection } from "../domain/plan-corrections.js";
import { DubanError } from "./duban-error.js";

/** More corrections than any preview needs is a mistake or an abuse, not work. */
export const MAX_CORRECTIONS = 2000;
/** The JSON text of the corrections, at most: about 1 KiB each is plenty. */
export const MAX_CORRECTIONS_BYTES = 2 * 1024 * 1024;

const name = z.string().trim().min(1).max(200);
const units = z.array(name).max(100).readonly();

const taskTarget = z.object({
  label: z.string().max(50),
  outline: z.array(z.string().max(50)).max(20).readonly(),
  title: z.string().max(5000),
});

const responsibility = z.union([
  z.object({ unit: name, role: z.enum(["lead", "cooperating"]) }),
  z.object({ unit: name, role: z.literal("other"), roleLabel: name }),
]);

/** src/domain/plan-corrections.ts, as a client sends it. */
export const planCorrectionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("task"),
    task: taskTarget,
    leadUnits: units.optional(),
    cooperatingUnits: units.optional(),
  }),
  z.object({
    kind: z.literal("milestone"),
    task: taskTarget,
    milestone: z.object({
      seq: z.number().int().nullable(),
      position: z.number().int().min(1),
      text: z.string().max(5000),
    }),
    responsibilities: z.array(responsibility).max(100).readonly().optional(),
    deadline: z.string().max(200).optional(),
  }),
]);

export const planCorrectionsSchema = z.array(planCorrectionSchema).max(MAX_CORRECTIONS).readonly();

const invalid = (reason: string): DubanError =>
  new DubanError(
    "import.invalid_corrections",
    message(`更正内容无效：${reason}`, `The corrections are invalid: ${reason}`),
    { field: "corrections" },
  );

/** Corrections over the size bound, whether counted here or cut off by the form's limit. */
export const correctionsTooLarge = (): DubanError =>
  invalid(`larger than ${String(MAX_CORRECTIONS_BYTES / 1024 / 1024)} MiB`);

/**
 * Corrections checked against the schema, in its one form (the order of
 * fields too), so that the same corrections are always stored alike.
 */
export const checkedCorrections = (value: unknown): readonly PlanCorrection[] => {
  const checked = planCorrectionsSchema.safeParse(value);
  if (!checked.success) throw invalid(z.prettifyError(checked.error));
  return checked.data;
};

/**
 * The corrections sent with an import (the preview's, or `--corrections
 * FILE.json`), as JSON text: checked against the schema and size-bounded.
 */
export const readCorrections = (json: string): readonly PlanCorrection[] => {
  if (Buffer.byteLength(json) > MAX_CORRECTIONS_BYTES) throw correctionsTooLarge();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  return checkedCorrections(parsed);
};
