import type { Diagnostic } from "../domain/diagnostic.js";
import { diagnostic } from "./build-diagnostic.js";

/**
 * The first `max` diagnostics, errors before the rest, and one more that counts
 * those left out: a table with an error on each of 190,000 rows would otherwise
 * answer with hundreds of megabytes nobody reads past the first screen.
 */
export const capDiagnostics = (
  diagnostics: readonly Diagnostic[],
  max: number,
  fileName: string,
): Diagnostic[] => {
  if (diagnostics.length <= max) return [...diagnostics];
  const errors = diagnostics.filter((d) => d.severity === "error");
  const others = diagnostics.filter((d) => d.severity !== "error");
  const kept = errors.slice(0, max);
  for (const d of others.slice(0, max - kept.length)) kept.push(d);
  const left = diagnostics.length - kept.length;
  kept.push(
    diagnostic(
      errors.length > 0 ? "error" : "warning",
      "diagnostics.truncated",
      { file: fileName },
      `另有 ${left} 条问题未列出（共 ${diagnostics.length} 条，其中错误 ${errors.length} 条）；请先改正以上问题`,
      `${left} more problems are not listed (${diagnostics.length} in all, ${errors.length} of them errors); correct those above first`,
    ),
  );
  return kept;
};
