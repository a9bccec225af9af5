import type { Database } from "../db/database.js";
import { writeTransaction } from "../db/write-transaction.js";
import { appendAudit } from "../db/queries/audit.js";
import {
  deleteAlias,
  findUnitByName,
  findUnitIds,
  insertAlias,
  insertUnit,
  listUnits,
  setParentUnit,
  unitAncestry,
  unitNamesById,
  unitRow,
  type StoredUnit,
} from "../db/queries/units.js";
import { message } from "../domain/message.js";
import { normalizeUnitName } from "../domain/unit-list.js";
import type { Actor } from "../policies/actor.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError } from "./duban-error.js";
import { mergeUnits } from "./merge-units.js";

const unitIdNotFound = (id: number, field?: string): DubanError =>
  new DubanError(
    "unit.not_found",
    message(`没有编号为 ${id} 的单位`, `There is no unit ${id}`),
    field === undefined ? {} : { field },
  );

/** The name of the unit with this id, or "not found" naming the request field that gave it. */
export const requireUnitName = async (
  db: Database,
  unitId: number,
  field?: string,
): Promise<string> => {
  const name = (await unitNamesById(db.kysely, [unitId])).get(unitId);
  if (name === undefined) throw unitIdNotFound(unitId, field);
  return name;
};

const nameTaken = (name: string, field: string): DubanError =>
  new DubanError(
    "unit.conflict",
    message(`「${name}」已是单位名称或别称`, `"${name}" is already a unit's name or alias`),
    { field },
  );

/** The unit of this name or alias, if any: the command line names units, the API gives ids. */
export const unitNamed = (
  db: Database,
  name: string,
): Promise<{ readonly id: number; readonly name: string } | undefined> =>
  findUnitByName(db.kysely, name);

export const listUnitsFor = (db: Database, actor: Actor): Promise<StoredUnit[]> => {
  authorize(actor, { action: "unit.read" });
  return listUnits(db.kysely);
};

const unitById = async (db: Database, id: number): Promise<StoredUnit> => {
  const unit = (await listUnits(db.kysely)).find((u) => u.id === id);
  if (!unit) throw unitIdNotFound(id);
  return unit;
};

export const getUnit = (db: Database, actor: Actor, id: number): Promise<StoredUnit> => {
  authorize(actor, { action: "unit.read" });
  return unitById(db, id);
};

export const createUnit = async (
  db: Database,
  actor: Actor,
  input: { readonly name: string; readonly kind: "unit" | "group" },
  now: Date,
): Promise<StoredUnit> => {
  authorize(actor, { action: "unit.manage" });
  const name = normalizeUnitName(input.name);
  const stamp = now.toISOString();
  const id = await writeTransaction(db, async (trx) => {
    if ((await findUnitIds(trx, [name])).size > 0) throw nameTaken(name, "body.name");
    const created = await insertUnit(trx, { name, kind: input.kind }, stamp);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "unit.created",
        objectType: "unit",
        objectId: created,
        after: { name, reason: "created by an administrator" },
      },
      stamp,
    );
    return created;
  });
  return unitById(db, id);
};

export const addUnitAlias = async (
  db: Database,
  actor: Actor,
  unitId: number,
  rawAlias: string,
  now: Date,
): Promise<StoredUnit> => {
  authorize(actor, { action: "unit.manage" });
  const alias = normalizeUnitName(rawAlias);
  const stamp = now.toISOString();
  await writeTransaction(db, async (trx) => {
    if (!(await unitNamesById(trx, [unitId])).has(unitId)) throw unitIdNotFound(unitId);
    if ((await findUnitIds(trx, [alias])).size > 0) throw nameTaken(alias, "body.alias");
    await insertAlias(trx, unitId, alias);
    await appendAudit(
      trx,
      auditActor(actor),
      { action: "unit.alias_added", objectType: "unit", objectId: unitId, after: { alias } },
      stamp,
    );
  });
  return unitById(db, unitId);
};

export const removeUnitAlias = async (
  db: Database,
  actor: Actor,
  unitId: number,
  alias: string,
  now: Date,
): Promise<StoredUnit> => {
  authorize(actor, { action: "unit.manage" });
  const stamp = now.toISOString();
  await writeTransaction(db, async (trx) => {
    if (!(await deleteAlias(trx, unitId, alias))) {
      throw new DubanError(
        "unit.not_found",
        message(`单位 ${unitId} 没有别称「${alias}」`, `Unit ${unitId} has no alias "${alias}"`),
      );
    }
    await appendAudit(
      trx,
      auditActor(actor),
      { action: "unit.alias_removed", objectType: "unit", objectId: unitId, after: { alias } },
      stamp,
    );
  });
  return unitById(db, unitId);
};

/** `POST /api/units/{id}/merge`: the other unit folds into this one (services/merge-units.ts). */
export const mergeUnitsById = async (
  db: Database,
  actor: Actor,
  keepId: number,
  otherId: number,
  now: Date,
): Promise<StoredUnit> => {
  authorize(actor, { action: "unit.manage" });
  const names = await unitNamesById(db.kysely, [keepId, otherId]);
  const keep = names.get(keepId);
  const other = names.get(otherId);
  if (keep === undefined) throw unitIdNotFound(keepId);
  if (other === undefined) throw unitIdNotFound(otherId);
  await mergeUnits(db, { keep, other, actor, now: () => now });
  return unitById(db, keepId);
};

const invalidParent = (zh: string, en: string): DubanError =>
  new DubanError("unit.invalid_input", message(zh, en), { field: "body.parentUnitId" });

/**
 * An administrator puts a unit under another (a bureau's section, a city's
 * county), or under none: a unit, never a group, never under itself or a
 * unit below it. The sections of a unit are who its sub-plans' steps name.
 */
export const setUnitParent = async (
  db: Database,
  actor: Actor,
  input: { readonly unitId: number; readonly parentUnitId: number | null },
  now: Date,
): Promise<StoredUnit> => {
  authorize(actor, { action: "unit.manage" });
  const stamp = now.toISOString();
  await writeTransaction(db, async (trx) => {
    const before = await unitRow(trx, input.unitId);
    if (before === undefined) throw unitIdNotFound(input.unitId);
    let parentName: string | null = null;
    if (input.parentUnitId !== null) {
      const parent = await unitRow(trx, input.parentUnitId);
      if (parent === undefined) throw unitIdNotFound(input.parentUnitId, "body.parentUnitId");
      if (before.kind === "group" || parent.kind === "group") {
        throw invalidParent("单位组不能设置上下级", "A group cannot stand under or above a unit");
      }
      if ((await unitAncestry(trx, input.parentUnitId)).includes(input.unitId)) {
        throw invalidParent(
          "不能把单位设在它自己或它的下级单位之下",
          "A unit cannot stand under itself or a unit below it",
        );
      }
      parentName = parent.name;
    }
    await setParentUnit(trx, input.unitId, input.parentUnitId);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "unit.parent_set",
        objectType: "unit",
        objectId: input.unitId,
        before: { parentUnitId: before.parentUnitId },
        after: { parentUnitId: input.parentUnitId, parent: parentName },
      },
      stamp,
    );
  });
  return unitById(db, input.unitId);
};
