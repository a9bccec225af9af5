import type { Database } from "../db/database.js";
import { writeTransaction } from "../db/write-transaction.js";
import {
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken as revokeTokenRow,
  type ApiTokenRow,
} from "../db/queries/api-tokens.js";
import { appendAudit } from "../db/queries/audit.js";
import { message } from "../domain/message.js";
import type { Actor, Role } from "../policies/actor.js";
import { digestSecret, newSecret } from "./auth/secret-token.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError } from "./duban-error.js";
import { requireUnitName } from "./units.js";

/** Tokens start with this, so that a leaked one is recognisable in logs and scanners. */
const TOKEN_PREFIX = "duban_";

const tokenNotFound = (id: number): DubanError =>
  new DubanError("token.not_found", message(`没有编号为 ${id} 的令牌`, `There is no token ${id}`));

export const listTokens = (db: Database, actor: Actor): Promise<ApiTokenRow[]> => {
  authorize(actor, { action: "token.manage" });
  return listApiTokens(db.kysely);
};

/**
 * An administrator issues a token for an integration, acting as `role` in
 * `unitId`. The token is returned once; the database keeps its digest.
 */
export const createToken = async (
  db: Database,
  actor: Actor,
  input: {
    readonly name: string;
    readonly unitId: number;
    readonly role: Role;
    readonly expiresAt: string | null;
  },
  now: Date,
): Promise<{ readonly token: string; readonly row: ApiTokenRow }> => {
  authorize(actor, { action: "token.manage" });
  const unit = await requireUnitName(db, input.unitId, "body.unitId");
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const stamp = now.toISOString();
  return writeTransaction(db, async (trx) => {
    const id = await insertApiToken(
      trx,
      {
        hash: digestSecret(token),
        name: input.name,
        unitId: input.unitId,
        role: input.role,
        createdBy: actor.kind === "shell" ? null : actor.userId,
        expiresAt: input.expiresAt,
      },
      stamp,
    );
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "token.created",
        objectType: "token",
        objectId: id,
        after: { name: input.name, unit, role: input.role, expiresAt: input.expiresAt },
      },
      stamp,
    );
    const row = await findApiToken(trx, id);
    if (!row) throw tokenNotFound(id);
    return { token, row };
  });
};

export const revokeToken = async (
  db: Database,
  actor: Actor,
  id: number,
  now: Date,
): Promise<ApiTokenRow> => {
  authorize(actor, { action: "token.manage" });
  const stamp = now.toISOString();
  return writeTransaction(db, async (trx) => {
    const row = await findApiToken(trx, id);
    if (!row) throw tokenNotFound(id);
    if (row.revokedAt === null) {
      await revokeTokenRow(trx, id, stamp);
      await appendAudit(
        trx,
        auditActor(actor),
        {
          action: "token.revoked",
          objectType: "token",
          objectId: id,
          after: { name: row.name, unit: row.unitName, role: row.role, expiresAt: row.expiresAt },
        },
        stamp,
      );
    }
    return (await findApiToken(trx, id)) ?? row;
  });
};
