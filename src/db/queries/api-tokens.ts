import type { Kysely } from "kysely";
import type { Role } from "../../policies/actor.js";
import type { Schema } from "../schema.js";

export interface ApiTokenRow {
  readonly id: number;
  readonly name: string;
  readonly unitId: number;
  readonly unitName: string;
  readonly role: Role;
  readonly createdBy: number | null;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

const selectTokens = (db: Kysely<Schema>) =>
  db
    .selectFrom("api_tokens as t")
    .innerJoin("units", "units.id", "t.unit_id")
    .select([
      "t.id",
      "t.name",
      "t.unit_id",
      "units.name as unit_name",
      "t.role",
      "t.created_by",
      "t.created_at",
      "t.expires_at",
      "t.last_used_at",
      "t.revoked_at",
    ]);

type Selected = Awaited<ReturnType<ReturnType<typeof selectTokens>["executeTakeFirstOrThrow"]>>;

const toToken = (row: Selected): ApiTokenRow => ({
  id: row.id,
  name: row.name,
  unitId: row.unit_id,
  unitName: row.unit_name,
  role: row.role,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

export const listApiTokens = async (db: Kysely<Schema>): Promise<ApiTokenRow[]> =>
  (await selectTokens(db).orderBy("t.id").execute()).map(toToken);

export const findApiToken = async (
  db: Kysely<Schema>,
  id: number,
): Promise<ApiTokenRow | undefined> => {
  const row = await selectTokens(db).where("t.id", "=", id).executeTakeFirst();
  return row && toToken(row);
};

export const findApiTokenByHash = async (
  db: Kysely<Schema>,
  hash: string,
): Promise<ApiTokenRow | undefined> => {
  const row = await selectTokens(db).where("t.token_hash", "=", hash).executeTakeFirst();
  return row && toToken(row);
};

export interface NewApiToken {
  readonly hash: string;
  readonly name: string;
  readonly unitId: number;
  readonly role: Role;
  readonly createdBy: number | null;
  readonly expiresAt: string | null;
}

export const insertApiToken = async (
  db: Kysely<Schema>,
  token: NewApiToken,
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("api_tokens")
      .values({
        token_hash: token.hash,
        name: token.name,
        unit_id: token.unitId,
        role: token.role,
        created_by: token.createdBy,
        created_at: now,
        expires_at: token.expiresAt,
        last_used_at: null,
        revoked_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

export const revokeApiToken = async (
  db: Kysely<Schema>,
  id: number,
  now: string,
): Promise<void> => {
  await db
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
};

export const touchApiToken = async (db: Kysely<Schema>, id: number, now: string): Promise<void> => {
  await db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
};
