import type { Kysely } from "kysely";
import type { Role } from "../../domain/role.js";
import type { SessionSecondFactor } from "../../domain/second-factor.js";
import { signInOf, type SignIn } from "../../domain/sign-in.js";
import type { Schema } from "../schema.js";

export interface NewSession {
  readonly id: string;
  readonly userId: number;
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly clientIp: string | null;
  readonly userAgent: string | null;
  readonly signIn: SignIn;
  readonly secondFactor: SessionSecondFactor;
}

export const insertSession = async (
  db: Kysely<Schema>,
  session: NewSession,
  now: string,
): Promise<void> => {
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: session.expiresAt,
      revoked_at: null,
      client_ip: session.clientIp,
      user_agent: session.userAgent,
      sign_in_method: session.signIn.method,
      sign_in_provider: session.signIn.method === "password" ? null : session.signIn.provider,
      sign_in_subject: session.signIn.method === "password" ? null : session.signIn.subject,
      // Opening it was the provider's word.
      provider_checked_at: session.signIn.method === "password" ? null : now,
      second_factor: session.secondFactor,
    })
    .execute();
};

export interface SessionRow {
  readonly id: string;
  readonly csrfToken: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly revoked: boolean;
  readonly signIn: SignIn;
  readonly providerCheckedAt: string | null;
  readonly secondFactor: SessionSecondFactor;
  readonly user: {
    readonly id: number;
    readonly username: string;
    readonly unitId: number;
    readonly role: Role;
    readonly disabled: boolean;
  };
}

/** A stored state read back; anything unknown is taken as pending, the safe side. */
const secondFactorOf = (stored: string): SessionSecondFactor =>
  stored === "passed" || stored === "none" ? stored : "pending";

export const findSession = async (
  db: Kysely<Schema>,
  id: string,
): Promise<SessionRow | undefined> => {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id",
      "sessions.csrf_token",
      "sessions.last_seen_at",
      "sessions.expires_at",
      "sessions.revoked_at",
      "sessions.sign_in_method",
      "sessions.sign_in_provider",
      "sessions.sign_in_subject",
      "sessions.provider_checked_at",
      "sessions.second_factor",
      "users.id as user_id",
      "users.username",
      "users.unit_id",
      "users.role",
      "users.disabled",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      csrfToken: row.csrf_token,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      revoked: row.revoked_at !== null,
      signIn: signInOf(row.sign_in_method, row.sign_in_provider, row.sign_in_subject),
      providerCheckedAt: row.provider_checked_at,
      secondFactor: secondFactorOf(row.second_factor),
      user: {
        id: row.user_id,
        username: row.username,
        unitId: row.unit_id,
        role: row.role,
        disabled: row.disabled !== 0,
      },
    }
  );
};

export const touchSession = async (db: Kysely<Schema>, id: string, now: string): Promise<void> => {
  await db.updateTable("sessions").set({ last_seen_at: now }).where("id", "=", id).execute();
};

/**
 * Takes the turn to ask the provider about a session's subject: true for the
 * one request that moved the stamp on from what it read, false for the
 * requests racing it, which go on with the session as it stands.
 */
export const claimProviderCheck = async (
  db: Kysely<Schema>,
  id: string,
  previous: string | null,
  now: string,
): Promise<boolean> => {
  const result = await db
    .updateTable("sessions")
    .set({ provider_checked_at: now })
    .where("id", "=", id)
    .where((eb) =>
      previous === null
        ? eb("provider_checked_at", "is", null)
        : eb("provider_checked_at", "=", previous),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};

export const revokeSession = async (db: Kysely<Schema>, id: string, now: string): Promise<void> => {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
};

/** Ends every session of a user: disabled, or the password changed elsewhere. */
export const revokeUserSessions = async (
  db: Kysely<Schema>,
  userId: number,
  now: string,
  except?: string,
): Promise<void> => {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .$if(except !== undefined, (q) => q.where("id", "!=", except ?? ""))
    .execute();
};

/** Sessions past their absolute end are of no use to anyone; kept this long for the record. */
export const deleteSessionsEndedBefore = async (
  db: Kysely<Schema>,
  before: string,
): Promise<void> => {
  await db.deleteFrom("sessions").where("expires_at", "<", before).execute();
};
