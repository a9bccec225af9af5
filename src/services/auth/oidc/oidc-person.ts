import type { Kysely } from "kysely";
import { appendAudit } from "../../../db/queries/audit.js";
import {
  linkSubject,
  touchSubject,
  userOfSubject,
} from "../../../db/queries/external-identities.js";
import { mappedUser, unitRuleByClaim, unitRuleOf } from "../../../db/queries/oidc-mappings.js";
import { findUnitByName } from "../../../db/queries/units.js";
import { findUser, insertUser, type UserRow } from "../../../db/queries/users.js";
import type { Schema } from "../../../db/schema.js";
import { ROLES, type Role } from "../../../domain/role.js";
import { USERNAME } from "../../users.js";
import type { OidcSettings } from "./oidc-settings.js";

/** Why a person the provider vouched for is not let in. */
export type OidcRefusal = "unknown_person" | "disabled" | "username_taken";

export type OidcPerson =
  | { readonly kind: "user"; readonly user: UserRow }
  | { readonly kind: "refused"; readonly reason: OidcRefusal };

/** An ID token's or userinfo's claims. */
export type Claims = Readonly<Record<string, unknown>>;

const claimText = (claims: Claims, name: string): string | undefined => {
  const value = claims[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

/** A password hash no password matches: a user created by a provider signs in through it. */
const NO_PASSWORD = "!oidc";

/** Lower index, higher role (ROLES is ordered from admin down). */
const atMost = (claimed: string | undefined, ceiling: Role): Role => {
  const wanted = ROLES.find((role) => role === claimed) ?? "unit_staff";
  return ROLES.indexOf(wanted) >= ROLES.indexOf(ceiling) ? wanted : ceiling;
};

/** The unit rule the unit claim leads to: its value in the mapping table, else a unit's name or alias. */
const ruleForUnitClaim = async (db: Kysely<Schema>, value: string) =>
  (await unitRuleByClaim(db, value)) ??
  (await findUnitByName(db, value).then((unit) => unit && unitRuleOf(db, unit.id)));

/**
 * The Duban user a provider's person signs in as, in this order:
 *  1. the user their subject (issuer + sub) was linked to at an earlier login;
 *  2. the user the administrator's mapping table gives their username claim
 *     (then linked, so that a later rename at the provider changes nothing);
 *  3. a new user, only where the administrator allowed it: their unit claim
 *     names a unit with a rule (by the rule's claim value, else the unit's
 *     name or alias); the role is the role claim's, never above the rule's
 *     highest role (unit_staff unless the administrator chose more).
 * Claims never change an existing user's unit or role: those stay Duban's.
 * Runs in the login's transaction.
 */
export const resolveOidcPerson = async (
  db: Kysely<Schema>,
  settings: OidcSettings,
  subject: string,
  claims: Claims,
  now: string,
): Promise<OidcPerson> => {
  const who = { method: "oidc" as const, provider: settings.issuer, subject };
  const usable = (user: UserRow | undefined): OidcPerson =>
    user === undefined
      ? { kind: "refused", reason: "unknown_person" }
      : user.disabled
        ? { kind: "refused", reason: "disabled" }
        : { kind: "user", user };

  const linked = await userOfSubject(db, who);
  if (linked !== undefined) {
    await touchSubject(db, who, now);
    return usable(await findUser(db, linked));
  }
  const username = claimText(claims, settings.claims.username);
  const mapped = username === undefined ? undefined : await mappedUser(db, username);
  if (mapped !== undefined) {
    const person = usable(await findUser(db, mapped));
    if (person.kind === "user") await linkSubject(db, who, mapped, now, now);
    return person;
  }

  const unitClaim = claimText(claims, settings.claims.unit);
  const rule = unitClaim === undefined ? undefined : await ruleForUnitClaim(db, unitClaim);
  if (rule === undefined || username === undefined || !USERNAME.test(username)) {
    return { kind: "refused", reason: "unknown_person" };
  }
  const role = atMost(claimText(claims, settings.claims.role), rule.maxRole);
  const id = await insertUser(
    db,
    {
      username,
      displayName: claimText(claims, "name") ?? username,
      unitId: rule.unitId,
      role,
      passwordHash: NO_PASSWORD,
    },
    now,
  );
  if (id === undefined) return { kind: "refused", reason: "username_taken" };
  await linkSubject(db, who, id, now, now);
  const user = await findUser(db, id);
  if (user === undefined) return { kind: "refused", reason: "unknown_person" };
  await appendAudit(
    db,
    {
      name: `user:${user.username}`,
      userId: id,
      tokenId: null,
      unitId: user.unitId,
      signIn: "oidc",
    },
    {
      action: "user.created",
      objectType: "user",
      objectId: id,
      after: {
        username: user.username,
        displayName: user.displayName,
        unit: user.unitName,
        role: user.role,
        disabled: false,
        provider: settings.issuer,
        subject,
      },
    },
    now,
  );
  return { kind: "user", user };
};
