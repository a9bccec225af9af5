import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

/**
 * The display names (用户的姓名) of the people records name as "user:<username>";
 * other actors (tokens, the shell) keep the name they were recorded under.
 */
export const displayNamesOf = async (
  db: Kysely<Schema>,
  actors: readonly string[],
): Promise<Map<string, string>> => {
  const usernames = [
    ...new Set(actors.filter((a) => a.startsWith("user:")).map((a) => a.slice(5))),
  ];
  const names = new Map<string, string>(actors.map((a) => [a, a]));
  if (usernames.length === 0) return names;
  const rows = await db
    .selectFrom("users")
    .select(["username", "display_name"])
    .where("username", "in", usernames)
    .execute();
  for (const row of rows) names.set(`user:${row.username}`, row.display_name);
  return names;
};
