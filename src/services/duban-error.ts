import type { Diagnostic } from "../domain/diagnostic.js";
import { message, type Message } from "../domain/message.js";

/**
 * The closed set of failures a use case reports. The CLI maps them to exit
 * statuses and the server to HTTP statuses, each in one place.
 */
export type ErrorCode =
  | "import.invalid_file"
  | "import.conflict"
  | "plan.not_found"
  | "unit.not_found"
  | "unit.invalid_merge"
  | "backup.failed"
  | "restore.failed";

export class DubanError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    /** What the importer found, for "import.invalid_file". */
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(text.en);
    this.name = "DubanError";
  }
}

export const planNotFound = (id: number): DubanError =>
  new DubanError(
    "plan.not_found",
    message(`没有编号为 ${id} 的计划`, `There is no plan with id ${id}`),
  );

export const unitNotFound = (name: string): DubanError =>
  new DubanError("unit.not_found", message(`没有单位「${name}」`, `There is no unit "${name}"`));
