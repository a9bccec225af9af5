import { Command, InvalidArgumentError, Option } from "commander";
import { parseCommand } from "./commands/parse.js";
import { sliceCommand } from "./commands/slice.js";
import { EXIT, type CliIo } from "./io.js";
import { languageFrom } from "./language.js";
import { VERSION } from "./version.js";

const yearOption = (value: string): number => {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1900 || year > 2199) {
    throw new InvalidArgumentError("a four-digit year such as 2022");
  }
  return year;
};

/** The options of every command that reads a table. */
const withReadOptions = (command: Command): Command =>
  command
    .option("--json", "print Duban's JSON interchange format instead of a table")
    .option("--year <year>", "the plan year when the title does not state one", yearOption)
    .option("--title <title>", "the plan title, for files that carry none (CSV)")
    .option("--issuer <issuer>", "the issuer in a composed title (default 市政府)");

/**
 * Runs the `duban` command line and returns its exit status; the streams
 * and environment come in, so tests run it in-process.
 */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  let exitCode: number = EXIT.ok;
  const program = new Command("duban")
    .description("督办 Duban: supervise key work tasks from the decomposition table as issued")
    .version(VERSION)
    .addOption(new Option("--lang <lang>", "language of messages").choices(["zh", "en"]))
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride();

  const language = (): ReturnType<typeof languageFrom> =>
    languageFrom(program.opts<{ lang?: string }>().lang, io.env);

  withReadOptions(
    program
      .command("parse")
      .description("read a decomposition table (.docx, .xlsx, .csv, .txt) and print it"),
  )
    .argument("<file>", "the table to read")
    .action(async (file: string, options: Parameters<typeof parseCommand>[1]) => {
      exitCode = await parseCommand(file, options, io, language());
    });

  withReadOptions(
    program.command("slice").description("print the part of a table that one unit leads"),
  )
    .argument("<file>", "the table to read")
    .requiredOption("--unit <name>", "the unit, e.g. 市科技局")
    .action(async (file: string, options: Parameters<typeof sliceCommand>[1]) => {
      exitCode = await sliceCommand(file, options, io, language());
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version") return EXIT.ok;
    if (code?.startsWith("commander.")) return EXIT.usage;
    throw error;
  }
  return exitCode;
};
