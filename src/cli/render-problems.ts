import type { ConfigProblem } from "../config/problem.js";
import { say, type Language } from "./language.js";

/**
 * A configuration problem as every command prints it: `duban config check`,
 * and a server or command that refuses to start, say the same words.
 */
export const renderProblem = (p: ConfigProblem, language: Language): string => {
  const zh = language === "zh";
  const label = p.severity === "fatal" ? (zh ? "错误" : "error") : zh ? "警告" : "warning";
  return `${label} [${p.kind}] ${p.subject}: ${say(p.text, language)}\n  ${zh ? "处理：" : "fix: "}${say(p.fix, language)}\n`;
};

export const renderProblems = (problems: readonly ConfigProblem[], language: Language): string =>
  problems.map((p) => renderProblem(p, language)).join("");
