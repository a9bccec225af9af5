import type { Diagnostic, Severity } from "../domain/diagnostic.js";
import { formatLocation } from "./format-location.js";
import type { Language } from "./language.js";

const SEVERITY: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

const MAX_QUOTED_TEXT = 40;

const quoted = (text: string | undefined): string =>
  text === undefined || text === ""
    ? ""
    : `  「${text.length > MAX_QUOTED_TEXT ? `${text.slice(0, MAX_QUOTED_TEXT)}…` : text}」`;

/** One line per diagnostic: severity, code, where, what; the cell text when there is one. */
export const renderDiagnostics = (diagnostics: readonly Diagnostic[], language: Language): string =>
  diagnostics
    .map(
      (d) =>
        `${SEVERITY[language][d.severity]} [${d.code}] ${formatLocation(d.location, language)}: ${d.message[language]}${quoted(d.location.text)}\n`,
    )
    .join("");
