import { InvalidArgumentError, type Command } from "commander";
import { isSearchKind, SEARCH_KINDS, type SearchKind } from "../domain/search-kind.js";
import { MAX_SEARCH_LIMIT } from "../domain/search-text.js";
import { isIsoDate, type IsoDate } from "../domain/iso-date.js";
import { parseMilestoneRef, type MilestoneRef } from "../domain/milestone-ref.js";
import { MILESTONE_STATUSES, type MilestoneStatus } from "../domain/milestone-status.js";
import { MAX_PAGE_SIZE } from "../services/page.js";

export const yearOption = (value: string): number => {
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

/** A day as written on the command line: 2022-06-30. */
export const isoDayOption = (value: string): IsoDate => {
  if (!isIsoDate(value)) throw new InvalidArgumentError("a day written YYYY-MM-DD");
  return value;
};

/** "overdue,due_soon" as written on the command line. */
export const statusListOption = (value: string): MilestoneStatus[] => {
  const parts = value.split(",").map((part) => part.trim());
  const wrong = parts.filter((part) => !(MILESTONE_STATUSES as readonly string[]).includes(part));
  if (parts.length === 0 || wrong.length > 0) {
    throw new InvalidArgumentError(`comma-separated, of: ${MILESTONE_STATUSES.join(", ")}`);
  }
  return parts as MilestoneStatus[];
};

/** --limit: at most a page of the API, 200. */
export const auditLimit = (value: string): number => {
  const limit = positiveInteger(value);
  if (limit > MAX_PAGE_SIZE) throw new InvalidArgumentError(`at most ${String(MAX_PAGE_SIZE)}`);
  return limit;
};

/** A milestone's id ("17", "#17") or its reference in the table ("204（1）", "204(1)"). */
export type MilestoneArgument = { readonly id: number } | { readonly ref: MilestoneRef };

export const milestoneArgument = (value: string): MilestoneArgument => {
  const ref = parseMilestoneRef(value);
  if (ref !== null) return { ref };
  try {
    return { id: positiveInteger(value) };
  } catch {
    throw new InvalidArgumentError(
      "a milestone id such as 17, or its number in the table such as 204（1）",
    );
  }
};

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

/** A TCP port; 0 asks the system for a free one. */
export const portOption = (value: string): number => {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    throw new InvalidArgumentError("a port number from 0 to 65535");
  }
  return port;
};

/** --kind of a search: one of the kinds it finds. */
export const searchKindOption = (value: string): SearchKind => {
  if (!isSearchKind(value)) throw new InvalidArgumentError(`one of: ${SEARCH_KINDS.join(", ")}`);
  return value;
};

/** --limit of a search: 1 to 100. */
export const searchLimit = (value: string): number => {
  const limit = positiveInteger(value);
  if (limit > MAX_SEARCH_LIMIT)
    throw new InvalidArgumentError(`at most ${String(MAX_SEARCH_LIMIT)}`);
  return limit;
};
