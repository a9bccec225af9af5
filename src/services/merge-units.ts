import type { Database } from "../db/database.js";
import { writeTransaction } from "../db/write-transaction.js";
import { appendAudit } from "../db/queries/audit.js";
import { findUnitByName, listUnits, mergeUnitRows } from "../db/queries/units.js";
import { message } from "../domain/message.js";
import type { Actor } from "../policies/actor.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError, unitNotFound } from "./duban-error.js";

/**
 * `duban units merge KEEP OTHER`: OTHER is the same organisation as KEEP
 * under another name. Everything OTHER was responsible for moves to KEEP,
 * and OTHER's name and aliases become KEEP's aliases. One transaction, one
 * audit entry.
 */
export const mergeUnits = async (
  db: Database,
  input: {
    readonly keep: string;
    readonly other: string;
    readonly actor: Actor;
    readonly now?: () => Date;
  },
): Promise<{ readonly name: string; readonly aliases: readonly string[] }> => {
  authorize(input.actor, { action: "unit.manage" });
  const now = (input.now ?? (() => new Date()))().toISOString();
  return writeTransaction(db, async (trx) => {
    const kept = await findUnitByName(trx, input.keep);
    if (!kept) throw unitNotFound(input.keep);
    const removed = await findUnitByName(trx, input.other);
    if (!removed) throw unitNotFound(input.other);
    if (kept.id === removed.id) {
      throw new DubanError(
        "unit.invalid_merge",
        message(
          `「${input.keep}」和「${input.other}」已是同一单位`,
          `"${input.keep}" and "${input.other}" are already one unit`,
        ),
      );
    }
    const removedAliases = (await listUnits(trx)).find((u) => u.id === removed.id)?.aliases ?? [];
    await mergeUnitRows(trx, kept, removed);
    const aliases = (await listUnits(trx)).find((u) => u.id === kept.id)?.aliases ?? [];
    await appendAudit(
      trx,
      auditActor(input.actor),
      {
        action: "units.merged",
        objectType: "unit",
        objectId: kept.id,
        before: { kept: kept.name, removed: removed.name, removedAliases },
        after: { name: kept.name, aliases },
      },
      now,
    );
    return { name: kept.name, aliases };
  });
};
