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
import { accountOf, type Actor } from "../policies/actor.js";
import type { Role } from "../domain/role.js";
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

/** A token lives this long unless its issuer says otherwise; none lives longer than the cap. */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 366;

/** When a new token expires: the default, or the asked day if it is in the future and within the cap. */
const expiryOf = (asked: string | null, now: Date): string => {
  const day = 86_400_000;
  if (asked === null) return new Date(now.getTime() + TOKEN_DEFAULT_DAYS * day).toISOString();
  const at = Date.parse(asked);
  if (at <= now.getTime() || at > now.getTime() + TOKEN_MAX_DAYS * day) {
    throw new DubanError(
      "token.invalid",
      message(
        `有效期须在今后 ${TOKEN_MAX_DAYS} 天之内`,
        `The expiry must be in the future and at most ${TOKEN_MAX_DAYS} days away`,
      ),
      { field: "body.expiresAt" },
    );
  }
  return new Date(at).toISOString();
};

/**
 * An administrator issues a token for an integration, acting as `role` in
 * `unitId`, for 90 days unless asked otherwise (never without an end). The
 * token is returned once; the database keeps its digest.
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
  const expiresAt = expiryOf(input.expiresAt, now);
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
        createdBy: accountOf(actor),
        expiresAt,
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
        after: { name: input.name, unit, role: input.role, expiresAt },
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
