import type { CliIo } from "./io.js";

/** What a command prints under --json: one indented document and a newline. */
export const writeJson = (io: CliIo, value: unknown): void => {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};
