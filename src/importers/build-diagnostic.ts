import type { Diagnostic, Severity, SourceLocation } from "../domain/diagnostic.js";
import { message } from "../domain/message.js";

/** One place for the shape of a diagnostic, so every importer reports alike. */
export const diagnostic = (
  severity: Severity,
  code: string,
  location: SourceLocation,
  zh: string,
  en: string,
): Diagnostic => ({ severity, code, message: message(zh, en), location });
