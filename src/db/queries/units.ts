import type { Kysely } from "kysely";
import { normalizeUnitName } from "../../domain/unit-list.js";
import { chunksFor } from "../batch.js";
import type { Schema } from "../schema.js";
import { refreshSearchEntries } from "./search-index.js";

export interface StoredUnit {
  readonly id: number;
  readonly name: string;
  readonly kind: "unit" | "group";
  readonly aliases: readonly string[];
  /** Names of the members, for a group. */
  readonly members: readonly string[];
  /** The unit this one stands under (a section's bureau, a county's city); null: none. */
  readonly parentUnitId: number | null;
}

/** Unit ids by the names a table writes: a unit's own name or one of its aliases. */
export const findUnitIds = async (
  db: Kysely<Schema>,
  names: readonly string[],
): Promise<Map<string, number>> => {
  const wanted = [...new Set(names.map(normalizeUnitName))];
  const found = new Map<string, number>();
  for (const chunk of chunksFor(wanted, 1)) {
    const byName = await db
      .selectFrom("units")
      .select(["id", "name"])
      .where("name", "in", chunk)
      .execute();
    for (const row of byName) found.set(row.name, row.id);
    const byAlias = await db
      .selectFrom("unit_aliases")
      .select(["unit_id", "alias"])
      .where("alias", "in", chunk)
      .execute();
    for (const row of byAlias) if (!found.has(row.alias)) found.set(row.alias, row.unit_id);
  }
  return found;
};

export const insertUnits = async (
  db: Kysely<Schema>,
  names: readonly string[],
  now: string,
): Promise<Map<string, number>> => {
  // Another import may create the same unit at the same moment: both end with its id.
  for (const chunk of chunksFor(names, 3)) {
    await db
      .insertInto("units")
      .values(chunk.map((name) => ({ name, kind: "unit" as const, created_at: now })))
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
  }
  const ids = await findUnitIds(db, names);
  await refreshSearchEntries(db, "unit", [...ids.values()]);
  return ids;
};

export const unitNamesById = async (
  db: Kysely<Schema>,
  ids: readonly number[],
): Promise<Map<number, string>> => {
  const names = new Map<number, string>();
  for (const chunk of chunksFor([...new Set(ids)], 1)) {
    const rows = await db
      .selectFrom("units")
      .select(["id", "name"])
      .where("id", "in", chunk)
      .execute();
    for (const row of rows) names.set(row.id, row.name);
  }
  return names;
};

export const listUnits = async (db: Kysely<Schema>): Promise<StoredUnit[]> => {
  const units = await db
    .selectFrom("units")
    .select(["id", "name", "kind", "parent_unit_id as parentUnitId"])
    .orderBy("name")
    .execute();
  const aliases = await db
    .selectFrom("unit_aliases")
    .select(["unit_id", "alias"])
    .orderBy("alias")
    .execute();
  const members = await db
    .selectFrom("unit_group_members")
    .innerJoin("units", "units.id", "unit_group_members.member_id")
    .select(["unit_group_members.group_id", "units.name"])
    .orderBy("units.name")
    .execute();
  return units.map((unit) => ({
    ...unit,
    aliases: aliases.filter((a) => a.unit_id === unit.id).map((a) => a.alias),
    members: members.filter((m) => m.group_id === unit.id).map((m) => m.name),
  }));
};

/** The ids that stand for a unit in slices and scopes: itself and the groups it belongs to. */
export const unitAndGroupIds = async (db: Kysely<Schema>, unitId: number): Promise<number[]> => {
  const groups = await db
    .selectFrom("unit_group_members")
    .select("group_id")
    .where("member_id", "=", unitId)
    .execute();
  return [unitId, ...groups.map((g) => g.group_id)];
};

/** The groups each of some units belongs to, by member: unitAndGroupIds for many units at once. */
export const groupsOfUnits = async (
  db: Kysely<Schema>,
  unitIds: readonly number[],
): Promise<Map<number, number[]>> => {
  const groups = new Map<number, number[]>();
  for (const chunk of chunksFor(unitIds, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom("unit_group_members")
      .select(["member_id", "group_id"])
      .where("member_id", "in", chunk)
      .execute();
    for (const row of rows) {
      groups.set(row.member_id, [...(groups.get(row.member_id) ?? []), row.group_id]);
    }
  }
  return groups;
};

/**
 * Every other table that names a unit in a `unit_id` column and moves with
 * a merge. Not calendar_feeds: a feed's address was given out for the
 * removed unit, so it stops (its rows cascade with the unit).
 */
const UNIT_REFERENCES = [
  "users",
  "api_tokens",
  "audit_log",
  "unit_contacts",
  "milestone_events",
  "milestone_requests",
  "attachments",
  "reminder_bundles",
  "instruction_responses",
  "distribution_units",
  "distribution_deliveries",
  "search_entries",
  "target_actuals",
  "request_drafts",
] as const;

/**
 * Folds unit `removed` into `kept`: every reference moves over, and the
 * removed name and its aliases become aliases of the kept unit, so tables
 * that still write the old name keep resolving.
 */
export const mergeUnitRows = async (
  db: Kysely<Schema>,
  kept: { id: number },
  removed: { id: number; name: string },
): Promise<void> => {
  // Where a row names both units, the kept one already stands there.
  await db
    .deleteFrom("task_units")
    .where("unit_id", "=", removed.id)
    .where(
      "task_version_id",
      "in",
      db.selectFrom("task_units").select("task_version_id").where("unit_id", "=", kept.id),
    )
    .execute();
  await db
    .deleteFrom("milestone_units")
    .where("unit_id", "=", removed.id)
    .where(
      "milestone_version_id",
      "in",
      db
        .selectFrom("milestone_units")
        .select("milestone_version_id")
        .where("unit_id", "=", kept.id),
    )
    .execute();
  await db
    .deleteFrom("distribution_units")
    .where("unit_id", "=", removed.id)
    .where(
      "distribution_id",
      "in",
      db.selectFrom("distribution_units").select("distribution_id").where("unit_id", "=", kept.id),
    )
    .execute();
  await db
    .updateTable("task_units")
    .set({ unit_id: kept.id })
    .where("unit_id", "=", removed.id)
    .execute();
  await db
    .updateTable("milestone_units")
    .set({ unit_id: kept.id })
    .where("unit_id", "=", removed.id)
    .execute();
  await db
    .updateTable("plans")
    .set({ owner_unit_id: kept.id })
    .where("owner_unit_id", "=", removed.id)
    .execute();
  // Links the removed unit issued are the kept unit's to list and revoke; those sent to it
  // go with it (their rows cascade), as calendar feeds do.
  await db
    .updateTable("milestone_links")
    .set({ issuer_unit_id: kept.id })
    .where("issuer_unit_id", "=", removed.id)
    .execute();
  // Units under the removed one stand under the kept one; the kept one never under itself.
  await db
    .updateTable("units")
    .set({ parent_unit_id: kept.id })
    .where("parent_unit_id", "=", removed.id)
    .where("id", "!=", kept.id)
    .execute();
  await db
    .updateTable("units")
    .set({ parent_unit_id: null })
    .where("id", "=", kept.id)
    .where("parent_unit_id", "=", removed.id)
    .execute();
  // A notice keeps the name it was addressed to; its recipient is now the kept unit.
  await db
    .updateTable("notices")
    .set({ recipient_unit_id: kept.id })
    .where("recipient_unit_id", "=", removed.id)
    .execute();
  const memberships = await db
    .selectFrom("unit_group_members")
    .select(["group_id", "member_id"])
    .where((eb) => eb.or([eb("group_id", "=", removed.id), eb("member_id", "=", removed.id)]))
    .execute();
  await db
    .deleteFrom("unit_group_members")
    .where((eb) => eb.or([eb("group_id", "=", removed.id), eb("member_id", "=", removed.id)]))
    .execute();
  for (const m of memberships) {
    const group = m.group_id === removed.id ? kept.id : m.group_id;
    const member = m.member_id === removed.id ? kept.id : m.member_id;
    if (group === member) continue;
    await db
      .insertInto("unit_group_members")
      .values({ group_id: group, member_id: member })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await db
    .updateTable("unit_aliases")
    .set({ unit_id: kept.id })
    .where("unit_id", "=", removed.id)
    .execute();
  // People, tokens, contacts and the removed unit's record (reports, answers, reminders,
  // log entries) now belong to the kept one.
  for (const table of UNIT_REFERENCES) {
    await db
      .updateTable(table)
      .set({ unit_id: kept.id })
      .where("unit_id", "=", removed.id)
      .execute();
  }
  await db.deleteFrom("units").where("id", "=", removed.id).execute();
  await db
    .insertInto("unit_aliases")
    .values({ alias: removed.name, unit_id: kept.id })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await refreshSearchEntries(db, "unit", [kept.id, removed.id]);
};

export const findUnitByName = async (
  db: Kysely<Schema>,
  name: string,
): Promise<{ id: number; name: string } | undefined> => {
  const id = (await findUnitIds(db, [name])).get(normalizeUnitName(name));
  if (id === undefined) return undefined;
  return db.selectFrom("units").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
};

export const insertUnit = async (
  db: Kysely<Schema>,
  unit: { readonly name: string; readonly kind: "unit" | "group" },
  now: string,
): Promise<number> => {
  const id = (
    await db
      .insertInto("units")
      .values({ name: unit.name, kind: unit.kind, created_at: now })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await refreshSearchEntries(db, "unit", [id]);
  return id;
};

export const insertAlias = async (
  db: Kysely<Schema>,
  unitId: number,
  alias: string,
): Promise<void> => {
  await db.insertInto("unit_aliases").values({ alias, unit_id: unitId }).execute();
  await refreshSearchEntries(db, "unit", [unitId]);
};

/** Returns whether there was such an alias of the unit. */
export const deleteAlias = async (
  db: Kysely<Schema>,
  unitId: number,
  alias: string,
): Promise<boolean> => {
  const result = await db
    .deleteFrom("unit_aliases")
    .where("unit_id", "=", unitId)
    .where("alias", "=", alias)
    .executeTakeFirst();
  await refreshSearchEntries(db, "unit", [unitId]);
  return result.numDeletedRows > 0n;
};

/** Puts a unit under another, or (null) under none. */
export const setParentUnit = async (
  db: Kysely<Schema>,
  unitId: number,
  parentUnitId: number | null,
): Promise<void> => {
  await db
    .updateTable("units")
    .set({ parent_unit_id: parentUnitId })
    .where("id", "=", unitId)
    .execute();
};

/** A unit and the units above it, nearest first: a chain that must not come back to a unit put under it. */
export const unitAncestry = async (db: Kysely<Schema>, unitId: number): Promise<number[]> => {
  const chain: number[] = [];
  let current: number | null = unitId;
  // Bounded by the number of units: a cycle, which the writes never make, ends it too.
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    const row: { parent: number | null } | undefined = await db
      .selectFrom("units")
      .select("parent_unit_id as parent")
      .where("id", "=", current)
      .executeTakeFirst();
    current = row?.parent ?? null;
  }
  return chain;
};

/** One unit's own row: name, kind and the unit above it. */
export const unitRow = (
  db: Kysely<Schema>,
  id: number,
): Promise<{ name: string; kind: "unit" | "group"; parentUnitId: number | null } | undefined> =>
  db
    .selectFrom("units")
    .select(["name", "kind", "parent_unit_id as parentUnitId"])
    .where("id", "=", id)
    .executeTakeFirst();
