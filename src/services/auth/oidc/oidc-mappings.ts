import type { Database } from "../../../db/database.js";
import { appendAudit } from "../../../db/queries/audit.js";
import {
  deleteUnitRule,
  deleteUserMapping,
  listUnitRules,
  listUserMappings,
  saveUnitRule,
  saveUserMapping,
  type UnitRuleRow,
  type UserMappingRow,
} from "../../../db/queries/oidc-mappings.js";
import { findUser } from "../../../db/queries/users.js";
import { writeTransaction } from "../../../db/write-transaction.js";
import { message } from "../../../domain/message.js";
import type { Role } from "../../../domain/role.js";
import type { Actor } from "../../../policies/actor.js";
import { auditActor, authorize } from "../../authorize.js";
import { DubanError } from "../../duban-error.js";
import { requireUnitName } from "../../units.js";
import type { OidcSettings } from "./oidc-settings.js";

/** The provider as configured (never its secret), and the administrator's mapping table. */
export interface OidcMappings {
  readonly provider: {
    readonly issuer: string;
    readonly clientId: string;
    /** Whether a client secret is set (a confidential client); the secret itself is never shown. */
    readonly clientSecretSet: boolean;
    readonly name: string;
    readonly redirectUri: string;
    readonly postLogoutRedirectUri: string;
    /** Where the settings come from: the environment (DUBAN_OIDC_*), for now the only source. */
    readonly source: "environment";
  } | null;
  readonly users: readonly UserMappingRow[];
  readonly units: readonly UnitRuleRow[];
}

export const oidcMappings = async (
  db: Database,
  actor: Actor,
  settings: OidcSettings | undefined,
): Promise<OidcMappings> => {
  authorize(actor, { action: "user.manage" });
  return {
    provider:
      settings === undefined
        ? null
        : {
            issuer: settings.issuer,
            clientId: settings.clientId,
            clientSecretSet: settings.clientSecret !== undefined,
            name: settings.name,
            redirectUri: settings.redirectUri,
            postLogoutRedirectUri: settings.postLogoutRedirectUri,
            source: "environment",
          },
    users: await listUserMappings(db.kysely),
    units: await listUnitRules(db.kysely),
  };
};

const noSuchMapping = (field: string): DubanError =>
  new DubanError(
    "oidc.mapping_not_found",
    message("映射表中没有这一项", "The mapping table has no such entry"),
    { field },
  );

/** Maps a provider's username (the username claim's value) to an existing user. Audited. */
export const mapOidcUser = async (
  db: Database,
  actor: Actor,
  input: { readonly claimValue: string; readonly userId: number },
  now: Date,
): Promise<void> => {
  authorize(actor, { action: "user.manage" });
  await writeTransaction(db, async (trx) => {
    const user = await findUser(trx, input.userId);
    if (user === undefined) {
      throw new DubanError(
        "user.not_found",
        message(`没有编号为 ${input.userId} 的用户`, `There is no user ${input.userId}`),
        { field: "body.userId" },
      );
    }
    await saveUserMapping(trx, input.claimValue, user.id, now.toISOString());
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "oidc.mapping_set",
        objectType: "oidc_mapping",
        objectId: `user:${input.claimValue}`,
        after: { claimValue: input.claimValue, username: user.username },
      },
      now.toISOString(),
    );
  });
};

export const unmapOidcUser = async (
  db: Database,
  actor: Actor,
  claimValue: string,
  now: Date,
): Promise<void> => {
  authorize(actor, { action: "user.manage" });
  await writeTransaction(db, async (trx) => {
    if (!(await deleteUserMapping(trx, claimValue))) throw noSuchMapping("params.claimValue");
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "oidc.mapping_removed",
        objectType: "oidc_mapping",
        objectId: `user:${claimValue}`,
        after: { claimValue },
      },
      now.toISOString(),
    );
  });
};

/**
 * Lets people unknown to Duban be created at their first login in a unit,
 * recognised by the unit claim (this value, or the unit's name or alias),
 * with the role claim's role up to `maxRole`. Audited.
 */
export const allowOidcUnit = async (
  db: Database,
  actor: Actor,
  rule: { readonly unitId: number; readonly claimValue: string | null; readonly maxRole: Role },
  now: Date,
): Promise<void> => {
  authorize(actor, { action: "user.manage" });
  const unit = await requireUnitName(db, rule.unitId, "params.unitId");
  await writeTransaction(db, async (trx) => {
    await saveUnitRule(trx, rule, now.toISOString());
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "oidc.mapping_set",
        objectType: "oidc_mapping",
        objectId: `unit:${rule.unitId}`,
        after: { unit, claimValue: rule.claimValue, maxRole: rule.maxRole },
      },
      now.toISOString(),
    );
  });
};

export const disallowOidcUnit = async (
  db: Database,
  actor: Actor,
  unitId: number,
  now: Date,
): Promise<void> => {
  authorize(actor, { action: "user.manage" });
  await writeTransaction(db, async (trx) => {
    if (!(await deleteUnitRule(trx, unitId))) throw noSuchMapping("params.unitId");
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "oidc.mapping_removed",
        objectType: "oidc_mapping",
        objectId: `unit:${unitId}`,
        after: { unitId },
      },
      now.toISOString(),
    );
  });
};
