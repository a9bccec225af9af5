import type { Kysely } from "kysely";
import type { Role } from "../../domain/role.js";
import type { Schema } from "../schema.js";

/** Why a token stopped working before its expiry. */
export type RevokedReason = "revoked" | "creator_disabled" | "creator_demoted";

export interface ApiTokenRow {
  readonly id: number;
  readonly name: string;
  readonly unitId: number;
  readonly unitName: string;
  readonly role: Role;
  readonly createdBy: number | null;
  readonly createdByUsername: string | null;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  readonly revokedReason: RevokedReason | null;
  /**
   * Whether whoever issued it could still issue it: an enabled administrator,
   * or the shell (no creator). A token never outlives its creator's power.
   */
  readonly creatorEntitled: boolean;
}

const selectTokens = (db: Kysely<Schema>) =>
  db
    .selectFrom("api_tokens as t")
    .innerJoin("units", "units.id", "t.unit_id")
    .leftJoin("users as creator", "creator.id", "t.created_by")
    .select([
      "t.id",
      "t.name",
      "t.unit_id",
      "units.name as unit_name",
      "t.role",
      "t.created_by",
      "creator.username as creator_username",
      "creator.role as creator_role",
      "creator.disabled as creator_disabled",
      "t.created_at",
      "t.expires_at",
      "t.last_used_at",
      "t.revoked_at",
      "t.revoked_reason",
    ]);

type Selected = Awaited<ReturnType<ReturnType<typeof selectTokens>["executeTakeFirstOrThrow"]>>;

const toToken = (row: Selected): ApiTokenRow => ({
  id: row.id,
  name: row.name,
  unitId: row.unit_id,
  unitName: row.unit_name,
  role: row.role,
  createdBy: row.created_by,
  createdByUsername: row.creator_username,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
  revokedReason: row.revoked_reason as RevokedReason | null,
  creatorEntitled:
    row.created_by === null || (row.creator_role === "admin" && !row.creator_disabled),
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
    .set({ revoked_at: now, revoked_reason: "revoked" })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
};

/** Revokes every live token a user issued; returns them as they were. */
export const revokeTokensCreatedBy = async (
  db: Kysely<Schema>,
  userId: number,
  reason: Exclude<RevokedReason, "revoked">,
  now: string,
): Promise<ApiTokenRow[]> => {
  const live = (
    await selectTokens(db)
      .where("t.created_by", "=", userId)
      .where("t.revoked_at", "is", null)
      .execute()
  ).map(toToken);
  if (live.length > 0) {
    await db
      .updateTable("api_tokens")
      .set({ revoked_at: now, revoked_reason: reason })
      .where("created_by", "=", userId)
      .where("revoked_at", "is", null)
      .execute();
  }
  return live;
};

export const touchApiToken = async (db: Kysely<Schema>, id: number, now: string): Promise<void> => {
  await db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
};

/** How records name the token that acted, and who issued it. */
export interface TokenCredit {
  readonly id: number;
  readonly name: string;
  readonly createdBy: number | null;
  readonly createdByUsername: string | null;
}

/** The credits of some tokens, revoked ones included: records outlive tokens. */
export const tokenCredits = async (
  db: Kysely<Schema>,
  ids: readonly (number | null)[],
): Promise<Map<number, TokenCredit>> => {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await selectTokens(db).where("t.id", "in", wanted).execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        createdBy: row.created_by,
        createdByUsername: row.creator_username,
      },
    ]),
  );
};
