import { ConfigurationError } from "../config/problem.js";
import { DatabaseRefusal } from "../db/database-refusal.js";
import type { Message } from "../domain/message.js";
import { DubanError } from "../services/duban-error.js";
import { EXIT, type CliIo } from "./io.js";
import { say, type Language } from "./language.js";
import { renderDiagnostics } from "./render-diagnostics.js";
import { renderProblems } from "./render-problems.js";

/** "错误：…" / "error: …", the one way a command states why it stopped. */
export const errorLine = (text: Message, language: Language): string =>
  `${language === "zh" ? "错误：" : "error: "}${say(text, language)}\n`;

/**
 * The one place a use case's failure becomes an exit status: what the
 * importer found first, then the reason. Anything that is not a DubanError
 * is a bug and keeps its stack trace.
 */
export const reportError = (error: unknown, io: CliIo, language: Language): number => {
  if (error instanceof ConfigurationError) {
    io.stderr.write(renderProblems(error.problems, language));
    return EXIT.inputErrors;
  }
  if (error instanceof DatabaseRefusal) {
    io.stderr.write(renderProblems([error.problem], language));
    return EXIT.inputErrors;
  }
  if (!(error instanceof DubanError)) throw error;
  io.stderr.write(renderDiagnostics(error.diagnostics, language));
  io.stderr.write(errorLine(error.text, language));
  return EXIT.inputErrors;
};
