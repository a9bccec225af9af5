import type { Database } from "../db/database.js";
import { displayNamesOf } from "../db/queries/users.js";

/** How the interface names whoever an actor name ("user:kjj.leader") stands for. */
export type NameOf = (actor: string) => string;

const USER = "user:";
const TOKEN = /^token:\d+:(.+)$/;
const LINK = /^link:(\d+):(.+)$/s;

/**
 * Names for people where records keep actor names: a user's display name
 * (周敏, not user:office), an API token's own name (同步 (API)), a link's holder as they
 * gave their name (张三 (链接 #12)), anything else as it is (cli:alice, system). A user
 * since deleted keeps the username.
 */
export const peopleNames = async (
  db: Database,
  actors: Iterable<string | null>,
): Promise<NameOf> => {
  const usernames = [...actors].flatMap((actor) =>
    actor?.startsWith(USER) === true ? [actor.slice(USER.length)] : [],
  );
  const names = await displayNamesOf(db.kysely, usernames);
  return (actor) => {
    if (actor.startsWith(USER)) {
      const username = actor.slice(USER.length);
      return names.get(username) ?? username;
    }
    const token = TOKEN.exec(actor)?.[1];
    if (token !== undefined) return `${token} (API)`;
    const link = LINK.exec(actor);
    return link === null ? actor : `${link[2] ?? ""} (链接 #${link[1] ?? ""})`;
  };
};

/** Records that keep an actor name, each with its name for people beside it. */
export const withActorNames = async <T extends { readonly actor: string }>(
  db: Database,
  records: readonly T[],
): Promise<(T & { readonly actorName: string })[]> => {
  const nameOf = await peopleNames(
    db,
    records.map((r) => r.actor),
  );
  return records.map((r) => ({ ...r, actorName: nameOf(r.actor) }));
};
