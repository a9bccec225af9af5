import type { Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { Role } from "../../domain/role.js";
import type { Schema } from "../schema.js";

export interface UserRow {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly unitId: number;
  readonly unitName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly passwordChangedAt: string;
}

const selectUsers = (db: Kysely<Schema>) =>
  db
    .selectFrom("users")
    .innerJoin("units", "units.id", "users.unit_id")
    .select([
      "users.id",
      "users.username",
      "users.display_name",
      "users.unit_id",
      "units.name as unit_name",
      "users.role",
      "users.disabled",
      "users.created_at",
      "users.updated_at",
      "users.password_changed_at",
    ]);

type Selected = Awaited<ReturnType<ReturnType<typeof selectUsers>["executeTakeFirstOrThrow"]>>;

const toUser = (row: Selected): UserRow => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  unitId: row.unit_id,
  unitName: row.unit_name,
  role: row.role,
  disabled: row.disabled !== 0,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  passwordChangedAt: row.password_changed_at,
});

export const listUsers = async (
  db: Kysely<Schema>,
  filter: { readonly unitId?: number } = {},
): Promise<UserRow[]> =>
  (
    await selectUsers(db)
      .$if(filter.unitId !== undefined, (q) => q.where("users.unit_id", "=", filter.unitId ?? -1))
      .orderBy("users.username")
      .execute()
  ).map(toUser);

export const findUser = async (db: Kysely<Schema>, id: number): Promise<UserRow | undefined> => {
  const row = await selectUsers(db).where("users.id", "=", id).executeTakeFirst();
  return row && toUser(row);
};

/** The user and their password hash, for logging in only. */
export const findUserCredentials = async (
  db: Kysely<Schema>,
  username: string,
): Promise<{ readonly user: UserRow; readonly passwordHash: string } | undefined> => {
  const row = await selectUsers(db)
    .select("users.password_hash")
    .where("users.username", "=", username)
    .executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
};

export const passwordHashOf = async (db: Kysely<Schema>, id: number): Promise<string | undefined> =>
  (await db.selectFrom("users").select("password_hash").where("id", "=", id).executeTakeFirst())
    ?.password_hash;

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly unitId: number;
  readonly role: Role;
  readonly passwordHash: string;
}

/** Inserts a user, or returns undefined when the username is taken. */
export const insertUser = async (
  db: Kysely<Schema>,
  user: NewUser,
  now: string,
): Promise<number | undefined> => {
  const row = await db
    .insertInto("users")
    .values({
      username: user.username,
      display_name: user.displayName,
      unit_id: user.unitId,
      role: user.role,
      password_hash: user.passwordHash,
      disabled: 0,
      created_at: now,
      updated_at: now,
      password_changed_at: now,
    })
    .onConflict((oc) => oc.column("username").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
};

export interface UserChanges {
  readonly displayName?: string;
  readonly unitId?: number;
  readonly role?: Role;
  readonly disabled?: boolean;
  readonly passwordHash?: string;
}

export const updateUser = async (
  db: Kysely<Schema>,
  id: number,
  changes: UserChanges,
  now: string,
): Promise<void> => {
  await db
    .updateTable("users")
    .set({
      updated_at: now,
      ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
      ...(changes.unitId === undefined ? {} : { unit_id: changes.unitId }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled ? 1 : 0 }),
      ...(changes.passwordHash === undefined
        ? {}
        : { password_hash: changes.passwordHash, password_changed_at: now }),
    })
    .where("id", "=", id)
    .execute();
};

export const countUsers = async (db: Kysely<Schema>): Promise<number> =>
  Number(
    (
      await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Display names by username, for those of the usernames that have an account. */
export const displayNamesOf = async (
  db: Kysely<Schema>,
  usernames: readonly string[],
): Promise<Map<string, string>> => {
  const rows = await collectChunks(chunksFor([...new Set(usernames)], 1), (chunk) =>
    db
      .selectFrom("users")
      .select(["username", "display_name"])
      .where("username", "in", chunk)
      .execute(),
  );
  return new Map(rows.map((row) => [row.username, row.display_name]));
};
