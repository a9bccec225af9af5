import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/** Tokens issued before tokens expired by default get this long from the upgrade. */
const LEGACY_TOKEN_DAYS = 90;

/** The token id in an actor name written before tokens were actors of their own: "token:3:报表同步". */
const tokenIdIn = (actor: string): number | null => {
  const match = /^token:(\d+):/.exec(actor);
  return match === null ? null : Number(match[1]);
};

/** Names the acting token in rows that recorded its creator as the user. */
const separateTokenRows = async (db: AnyDb, table: "audit_log" | "milestone_events") => {
  const rows = (await db
    .selectFrom(table)
    .select(["id", "actor"])
    .where("actor", "like", "token:%")
    .execute()) as { id: number; actor: string }[];
  for (const row of rows) {
    const tokenId = tokenIdIn(row.actor);
    if (tokenId === null) continue;
    await db
      .updateTable(table)
      .set({ token_id: tokenId, user_id: null })
      .where("id", "=", row.id)
      .execute();
  }
};

export const up = async (db: AnyDb): Promise<void> => {
  // A token is its own actor: the log names it, and no user it is not.
  for (const table of ["audit_log", "milestone_events"] as const) {
    await db.schema.alterTable(table).addColumn("token_id", "integer").execute();
    await separateTokenRows(db, table);
  }
  await db.schema
    .createIndex("audit_log_token")
    .on("audit_log")
    .columns(["token_id", "id"])
    .execute();
  // Why a token stopped working: "revoked", "creator_disabled", "creator_demoted".
  await db.schema.alterTable("api_tokens").addColumn("revoked_reason", "text").execute();
  await db
    .updateTable("api_tokens")
    .set({ revoked_reason: "revoked" })
    .where("revoked_at", "is not", null)
    .execute();
  const expiry = new Date(Date.now() + LEGACY_TOKEN_DAYS * 86_400_000).toISOString();
  await db
    .updateTable("api_tokens")
    .set({ expires_at: expiry })
    .where("expires_at", "is", null)
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropIndex("audit_log_token").execute();
  await db.schema.alterTable("api_tokens").dropColumn("revoked_reason").execute();
  for (const table of ["milestone_events", "audit_log"] as const) {
    await db.schema.alterTable(table).dropColumn("token_id").execute();
  }
};
