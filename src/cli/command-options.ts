import { InvalidArgumentError, type Command } from "commander";

const yearOption = (value: string): number => {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1900 || year > 2199) {
    throw new InvalidArgumentError("a four-digit year such as 2022");
  }
  return year;
};

/** A plan id or revision number as written on the command line: 3 or #3. */
export const positiveInteger = (value: string): number => {
  const digits = value.replace(/^#/, "");
  const number = Number(digits);
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError("a positive whole number such as 3");
  }
  return number;
};

/** A share done, 0 to 100. */
export const percentOption = (value: string): number => {
  const percent = Number(value);
  if (!/^\d{1,3}$/.test(value) || percent > 100) {
    throw new InvalidArgumentError("a whole number from 0 to 100");
  }
  return percent;
};

/** The options of every command that reads a table file. */
export const withReadOptions = (command: Command): Command =>
  command
    .option("--year <year>", "the plan year when the title does not state one", yearOption)
    .option("--title <title>", "the plan title, for files that carry none (CSV)")
    .option(
      "--issuer <issuer>",
      "the issuer when the title names none (a composed title's: 市政府)",
    );

export const withJsonOption = (
  command: Command,
  description = "print the result as JSON instead of text",
): Command => command.option("--json", description);

/** The options of every command that uses the database; DATABASE_URL overrides --data. */
export const withDatabaseOptions = (command: Command): Command =>
  command.option(
    "--data <dir>",
    "the data directory of the SQLite database (default DUBAN_DATA or ./data)",
  );
