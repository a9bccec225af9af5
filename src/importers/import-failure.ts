import type { Diagnostic } from "../domain/diagnostic.js";

/**
 * Thrown by a format reader when the file cannot be read at all (corrupt,
 * truncated, over a limit). The entry point turns it into a failed result;
 * it never escapes import-plan.ts.
 */
export class ImportFailure extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message.en);
    this.name = "ImportFailure";
  }
}
