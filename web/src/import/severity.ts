import type { Text } from "../i18n.js";
import type { Diagnostic } from "./import-outcome.js";

/** How each severity is named and tagged: in words as well as in colour. */
export const SEVERITY: Readonly<
  Record<Diagnostic["severity"], { readonly label: Text; readonly color: string }>
> = {
  error: { label: { zh: "错误", en: "Error" }, color: "error" },
  warning: { label: { zh: "警告", en: "Warning" }, color: "warning" },
  info: { label: { zh: "说明", en: "Note" }, color: "default" },
};

export const countBySeverity = (diagnostics: readonly Diagnostic[], severity: string): number =>
  diagnostics.filter((d) => d.severity === severity).length;
