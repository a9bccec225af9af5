import type { Kysely } from "kysely";
import { ROLES, type Role } from "../../domain/role.js";
import type { Schema } from "../schema.js";

export interface SecondFactorRow {
  readonly userId: number;
  readonly secret: string;
  readonly enrolledAt: string | null;
  readonly lastStep: number | null;
}

export const findSecondFactor = async (
  db: Kysely<Schema>,
  userId: number,
): Promise<SecondFactorRow | undefined> => {
  const row = await db
    .selectFrom("second_factors")
    .select(["user_id", "secret", "enrolled_at", "last_step"])
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return (
    row && {
      userId: row.user_id,
      secret: row.secret,
      enrolledAt: row.enrolled_at,
      lastStep: row.last_step,
    }
  );
};

/** A new secret waiting for its first code; one that was waiting is replaced. */
export const startSecondFactor = async (
  db: Kysely<Schema>,
  userId: number,
  secret: string,
  now: string,
): Promise<void> => {
  await db.deleteFrom("second_factors").where("user_id", "=", userId).execute();
  await db
    .insertInto("second_factors")
    .values({ user_id: userId, secret, created_at: now, enrolled_at: null, last_step: null })
    .execute();
};

/**
 * Takes a code's time step: true for the one request that moved the last
 * step past it (and, for a waiting secret, enrolled it), false when that
 * step or a later one was taken already, so a code works once.
 */
export const claimStep = async (
  db: Kysely<Schema>,
  userId: number,
  step: number,
  now: string,
): Promise<boolean> => {
  const result = await db
    .updateTable("second_factors")
    .set((eb) => ({
      last_step: step,
      enrolled_at: eb.fn.coalesce("enrolled_at", eb.val(now)),
    }))
    .where("user_id", "=", userId)
    .where((eb) => eb.or([eb("last_step", "is", null), eb("last_step", "<", step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};

/** Removes a user's second factor and recovery codes (turned off or reset). */
export const deleteSecondFactor = async (db: Kysely<Schema>, userId: number): Promise<boolean> => {
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  const result = await db
    .deleteFrom("second_factors")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
};

/** A new set of recovery codes; the old ones, used or not, are gone. */
export const replaceRecoveryCodes = async (
  db: Kysely<Schema>,
  userId: number,
  hashes: readonly string[],
  now: string,
): Promise<void> => {
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await db
    .insertInto("recovery_codes")
    .values(hashes.map((hash) => ({ user_id: userId, code_hash: hash, created_at: now })))
    .execute();
};

/** Uses a recovery code up: true for the one request that did, false when unknown or used. */
export const useRecoveryCode = async (
  db: Kysely<Schema>,
  userId: number,
  hash: string,
  now: string,
): Promise<boolean> => {
  const result = await db
    .updateTable("recovery_codes")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("code_hash", "=", hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};

export const unusedRecoveryCodes = async (db: Kysely<Schema>, userId: number): Promise<number> => {
  const row = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

/** The users who have an enrolled second factor. */
export const enrolledUserIds = async (db: Kysely<Schema>): Promise<Set<number>> => {
  const rows = await db
    .selectFrom("second_factors")
    .select("user_id")
    .where("enrolled_at", "is not", null)
    .execute();
  return new Set(rows.map((row) => row.user_id));
};

export interface SecondFactorPolicyRow {
  readonly roles: readonly Role[];
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

export const readSecondFactorPolicy = async (
  db: Kysely<Schema>,
): Promise<SecondFactorPolicyRow> => {
  const row = await db
    .selectFrom("second_factor_policy")
    .select(["roles", "updated_at", "updated_by"])
    .where("id", "=", 1)
    .executeTakeFirst();
  if (!row) return { roles: [], updatedAt: null, updatedBy: null };
  const stored: unknown = JSON.parse(row.roles);
  return {
    // Read in the order of ROLES, unknown words dropped.
    roles: Array.isArray(stored)
      ? ROLES.filter((role) => (stored as unknown[]).includes(role))
      : [],
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
};

export const writeSecondFactorPolicy = async (
  db: Kysely<Schema>,
  roles: readonly Role[],
  by: string,
  now: string,
): Promise<void> => {
  const values = { roles: JSON.stringify(roles), updated_at: now, updated_by: by };
  await db
    .insertInto("second_factor_policy")
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column("id").doUpdateSet(values))
    .execute();
};
