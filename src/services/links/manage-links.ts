import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import {
  findMilestoneLink,
  listMilestoneLinks,
  revokeMilestoneLinkRow,
  type MilestoneLinkRow,
} from "../../db/queries/milestone-links.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { linkStanding, type LinkStanding } from "../../domain/milestone-link.js";
import type { Actor } from "../../policies/actor.js";
import { actorMay } from "../../policies/permissions.js";
import { auditActor, authorize } from "../authorize.js";
import { peopleNames } from "../people-names.js";
import { linkNotFound } from "./link-errors.js";

/** A link as lists show it: where it stands now, its issuer and revoker named for people. */
export interface LinkView extends MilestoneLinkRow {
  readonly standing: LinkStanding;
  readonly createdByName: string;
  readonly revokedByName: string | null;
}

const named = async (
  db: Database,
  rows: readonly MilestoneLinkRow[],
  now: Date,
): Promise<LinkView[]> => {
  const nameOf = await peopleNames(
    db,
    rows.flatMap((row) => [row.createdBy, row.revokedBy]),
  );
  return rows.map((row) => ({
    ...row,
    standing: linkStanding(row, now),
    createdByName: nameOf(row.createdBy),
    revokedByName: row.revokedBy === null ? null : nameOf(row.revokedBy),
  }));
};

export const viewLink = async (
  db: Database,
  row: MilestoneLinkRow,
  now: Date,
): Promise<LinkView> => {
  const [view] = await named(db, [row], now);
  if (!view) throw linkNotFound(row.id);
  return view;
};

/** Whether the actor manages every link (the office), else only its unit's. */
const managesAll = (actor: Actor): boolean =>
  actorMay(actor, { action: "link.manage", relation: "none" });

/** Links with their use, newest first: the office's list holds all, a unit's those it issued. */
export const listLinks = async (db: Database, actor: Actor, now: Date): Promise<LinkView[]> => {
  if (managesAll(actor)) return named(db, await listMilestoneLinks(db.kysely), now);
  authorize(actor, { action: "link.manage", relation: "own_unit" });
  return named(
    db,
    await listMilestoneLinks(db.kysely, {
      issuerUnitId: actor.kind === "shell" ? -1 : actor.unitId,
    }),
    now,
  );
};

/**
 * Stops a link: its address is refused from now on, with the answer an
 * unknown one gets. The office may revoke any, a unit those it issued; to
 * anyone else another unit's link does not exist. Revoking twice changes
 * nothing the second time.
 */
export const revokeLink = async (
  db: Database,
  actor: Actor,
  id: number,
  now: Date,
): Promise<LinkView> => {
  const row = await findMilestoneLink(db.kysely, id);
  if (!row) throw linkNotFound(id);
  const own = actor.kind !== "shell" && row.issuerUnitId === actor.unitId;
  authorize(actor, { action: "link.manage", relation: own ? "own_unit" : "none" }, () =>
    linkNotFound(id),
  );
  const stamp = now.toISOString();
  const after = await writeTransaction(db, async (trx) => {
    if (await revokeMilestoneLinkRow(trx, id, actor.name, stamp)) {
      await appendAudit(
        trx,
        auditActor(actor),
        {
          action: "link.revoked",
          objectType: "link",
          objectId: id,
          after: {
            unit: row.unitName,
            contact: row.contact,
            milestoneIds: row.milestones.map((m) => m.id),
            expiresAt: row.expiresAt,
          },
        },
        stamp,
      );
    }
    return (await findMilestoneLink(trx, id)) ?? row;
  });
  return viewLink(db, after, now);
};
