import type { Kysely } from "kysely";
import type { Role } from "../../domain/role.js";
import type { Schema } from "../schema.js";

/** The user the administrator mapped a provider's username to. */
export const mappedUser = async (
  db: Kysely<Schema>,
  claimValue: string,
): Promise<number | undefined> =>
  (
    await db
      .selectFrom("oidc_user_mappings")
      .select("user_id")
      .where("claim_value", "=", claimValue)
      .executeTakeFirst()
  )?.user_id;

export interface UserMappingRow {
  readonly claimValue: string;
  readonly userId: number;
  readonly username: string;
}

export const listUserMappings = async (db: Kysely<Schema>): Promise<UserMappingRow[]> =>
  (
    await db
      .selectFrom("oidc_user_mappings")
      .innerJoin("users", "users.id", "oidc_user_mappings.user_id")
      .select(["claim_value", "user_id", "users.username"])
      .orderBy("claim_value")
      .execute()
  ).map((row) => ({ claimValue: row.claim_value, userId: row.user_id, username: row.username }));

/** Maps a username claim's value to a user, replacing what it mapped to before. */
export const saveUserMapping = async (
  db: Kysely<Schema>,
  claimValue: string,
  userId: number,
  now: string,
): Promise<void> => {
  await db
    .insertInto("oidc_user_mappings")
    .values({ claim_value: claimValue, user_id: userId, created_at: now })
    .onConflict((oc) => oc.column("claim_value").doUpdateSet({ user_id: userId }))
    .execute();
};

export const deleteUserMapping = async (db: Kysely<Schema>, claimValue: string): Promise<boolean> =>
  (
    await db
      .deleteFrom("oidc_user_mappings")
      .where("claim_value", "=", claimValue)
      .executeTakeFirst()
  ).numDeletedRows > 0n;

/** A unit where people unknown to Duban are created at their first login. */
export interface UnitRuleRow {
  readonly unitId: number;
  readonly unitName: string;
  readonly claimValue: string | null;
  readonly maxRole: Role;
}

const selectRules = (db: Kysely<Schema>) =>
  db
    .selectFrom("oidc_unit_rules")
    .innerJoin("units", "units.id", "oidc_unit_rules.unit_id")
    .select(["unit_id", "units.name", "claim_value", "max_role"]);

const toRule = (row: {
  unit_id: number;
  name: string;
  claim_value: string | null;
  max_role: Role;
}): UnitRuleRow => ({
  unitId: row.unit_id,
  unitName: row.name,
  claimValue: row.claim_value,
  maxRole: row.max_role,
});

export const listUnitRules = async (db: Kysely<Schema>): Promise<UnitRuleRow[]> =>
  (await selectRules(db).orderBy("units.name").execute()).map(toRule);

/** The rule whose claim value is this one, if any. */
export const unitRuleByClaim = async (
  db: Kysely<Schema>,
  claimValue: string,
): Promise<UnitRuleRow | undefined> => {
  const row = await selectRules(db).where("claim_value", "=", claimValue).executeTakeFirst();
  return row && toRule(row);
};

export const unitRuleOf = async (
  db: Kysely<Schema>,
  unitId: number,
): Promise<UnitRuleRow | undefined> => {
  const row = await selectRules(db).where("unit_id", "=", unitId).executeTakeFirst();
  return row && toRule(row);
};

export const saveUnitRule = async (
  db: Kysely<Schema>,
  rule: { readonly unitId: number; readonly claimValue: string | null; readonly maxRole: Role },
  now: string,
): Promise<void> => {
  await db
    .insertInto("oidc_unit_rules")
    .values({
      unit_id: rule.unitId,
      claim_value: rule.claimValue,
      max_role: rule.maxRole,
      created_at: now,
    })
    .onConflict((oc) =>
      oc.column("unit_id").doUpdateSet({ claim_value: rule.claimValue, max_role: rule.maxRole }),
    )
    .execute();
};

export const deleteUnitRule = async (db: Kysely<Schema>, unitId: number): Promise<boolean> =>
  (await db.deleteFrom("oidc_unit_rules").where("unit_id", "=", unitId).executeTakeFirst())
    .numDeletedRows > 0n;
