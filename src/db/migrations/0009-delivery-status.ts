import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/** What the log may keep of one result line. */
const MAX_RESULT = 200;

/**
 * A result line as written before this migration, less whatever the receiver wrote. Every
 * line put the receiver's words after the first ": " ("HTTP 200: <body>", "WeCom refused
 * the message: code 93000 <errmsg>"); what comes before is Duban's own. A robot's result
 * code is its documented reference, so it stays.
 */
export const withoutReply = (line: string): string => {
  const at = line.indexOf(": ");
  if (at < 0) return line.slice(0, MAX_RESULT);
  const code = /^code (-?\d+)/.exec(line.slice(at + 2))?.[1];
  return `${line.slice(0, at)}${code === undefined ? "" : `, code ${code}`}`.slice(0, MAX_RESULT);
};

const kindOf = (contactJson: string): unknown => {
  try {
    return (JSON.parse(contactJson) as { kind?: unknown }).kind;
  } catch {
    return undefined;
  }
};

export const up = async (db: AnyDb): Promise<void> => {
  // The delivery log kept up to 200 characters of what a webhook or robot answered: a
  // contact pointed at an internal service would have its reply shown to the office.
  // E-mail lines are the SMTP server's, which the operator configures, and stay.
  const rows = (await db
    .selectFrom("reminder_deliveries")
    .select(["id", "contact_json", "last_result"])
    .where("last_result", "is not", null)
    .execute()) as { id: number; contact_json: string; last_result: string }[];
  for (const row of rows) {
    if (kindOf(row.contact_json) === "email") continue;
    const cleared = withoutReply(row.last_result);
    if (cleared === row.last_result) continue;
    await db
      .updateTable("reminder_deliveries")
      .set({ last_result: cleared })
      .where("id", "=", row.id)
      .execute();
  }
};

export const down = async (): Promise<void> => {
  // Nothing to restore: the replies are gone for good, which was the point.
};
