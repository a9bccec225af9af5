import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import {
  findMilestoneLink,
  insertMilestoneLink,
  type MilestoneLinkRow,
} from "../../db/queries/milestone-links.js";
import { reachOfUnit, type UnitReach } from "../../db/queries/access.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { message } from "../../domain/message.js";
import { formatMilestoneRef } from "../../domain/milestone-ref.js";
import {
  LINK_DEFAULT_DAYS,
  LINK_MAX_DAYS,
  LINK_MAX_MILESTONES,
  LINK_NAME_MAX,
  LINK_TOKEN_PREFIX,
} from "../../domain/milestone-link.js";
import type { Actor } from "../../policies/actor.js";
import { refuseIfArchived } from "../archived-plan.js";
import { milestoneRelation } from "../access/relations.js";
import { digestSecret, newSecret } from "../auth/secret-token.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import { requireUnitName } from "../units.js";
import { loadMilestoneContext, type MilestoneContext } from "../workflow/milestone-context.js";
import { linkNotFound } from "./link-errors.js";

export interface NewLink {
  readonly milestoneIds: readonly number[];
  readonly unitId: number;
  /** The person it is sent to, as the issuer writes it. */
  readonly contact: string | null;
  /** Days until it expires: LINK_DEFAULT_DAYS when null, at most LINK_MAX_DAYS. */
  readonly days: number | null;
}

const invalid = (zh: string, en: string, field: string): DubanError =>
  new DubanError("link.invalid", message(zh, en), { field });

const DAY_MS = 86_400_000;

/** The link's input checked before anything is read: counts, days, the contact's length. */
const checkShape = (input: NewLink): void => {
  const { milestoneIds, days, contact } = input;
  if (milestoneIds.length === 0 || milestoneIds.length > LINK_MAX_MILESTONES) {
    throw invalid(
      `一个链接须指定 1 至 ${String(LINK_MAX_MILESTONES)} 个节点计划`,
      `A link names 1 to ${String(LINK_MAX_MILESTONES)} milestones`,
      "body.milestoneIds",
    );
  }
  const repeated = milestoneIds.findIndex((id, i) => milestoneIds.indexOf(id) !== i);
  if (repeated >= 0) {
    throw invalid(
      `节点计划 ${String(milestoneIds[repeated])} 重复`,
      `Milestone ${String(milestoneIds[repeated])} is named twice`,
      `body.milestoneIds.${String(repeated)}`,
    );
  }
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > LINK_MAX_DAYS)) {
    throw invalid(
      `有效天数须是 1 至 ${String(LINK_MAX_DAYS)} 的整数`,
      `The days a link lasts must be a whole number from 1 to ${String(LINK_MAX_DAYS)}`,
      "body.days",
    );
  }
  if (contact !== null && (contact.trim() === "" || contact.length > LINK_NAME_MAX)) {
    throw invalid(
      `联系人须是 1 至 ${String(LINK_NAME_MAX)} 个字`,
      `The contact must be 1 to ${String(LINK_NAME_MAX)} characters`,
      "body.contact",
    );
  }
};

/**
 * Whether the issuer may name this milestone, and the unit may be sent it:
 * a milestone the issuer sees, in the plan now, in a plan not archived,
 * that the unit works on without leading it (as a cooperating unit, or
 * through a group it belongs to). A lead unit does its own work with its
 * accounts; a unit with no part in the milestone gets no link to it, not
 * even from the office: the plan names who works on what.
 */
const checkMilestone = async (
  db: Database,
  actor: Actor,
  unit: { readonly id: number; readonly name: string; readonly reach: UnitReach },
  milestoneId: number,
  field: string,
): Promise<MilestoneContext> => {
  const context = await loadMilestoneContext(db, actor, milestoneId);
  authorize(actor, { action: "link.issue", relation: context.relation });
  const { taskNo, seq } = context.row;
  const label =
    taskNo !== null && seq !== null
      ? formatMilestoneRef({ taskNo, seq })
      : `#${String(milestoneId)}`;
  if (context.removedInRevision !== null) {
    throw invalid(
      `节点计划 ${label} 已在修订中删除，不能再发链接`,
      `Milestone ${label} was removed by a revision; it takes no link`,
      field,
    );
  }
  const relation = await milestoneRelation(
    db,
    { all: false, ...unit.reach, unitId: unit.id },
    context.row,
  );
  if (relation === "lead" || relation === "none") {
    throw invalid(
      relation === "lead"
        ? `「${unit.name}」牵头节点计划 ${label}，请用本单位账号办理，无需链接`
        : `「${unit.name}」不是节点计划 ${label} 的责任单位（配合单位等），不能为其发链接`,
      relation === "lead"
        ? `"${unit.name}" leads milestone ${label}: it works with its accounts and needs no link`
        : `"${unit.name}" has no part in milestone ${label} (as a cooperating unit or otherwise); it takes no link to it`,
      "body.unitId",
    );
  }
  return context;
};

/**
 * Issues a link for a unit to read the named milestones and send its input
 * on them. The secret is in the answer only; the database keeps its
 * digest. One transaction: the link, its milestones, the audit entry.
 */
export const issueLink = async (
  db: Database,
  actor: Actor,
  input: NewLink,
  now: Date,
): Promise<{ readonly token: string; readonly row: MilestoneLinkRow }> => {
  checkShape(input);
  const name = await requireUnitName(db, input.unitId, "body.unitId");
  const unit = { id: input.unitId, name, reach: await reachOfUnit(db.kysely, input.unitId) };
  const contexts: MilestoneContext[] = [];
  for (const [index, milestoneId] of input.milestoneIds.entries()) {
    contexts.push(
      await checkMilestone(db, actor, unit, milestoneId, `body.milestoneIds.${String(index)}`),
    );
  }
  const token = `${LINK_TOKEN_PREFIX}${newSecret()}`;
  const stamp = now.toISOString();
  const expiresAt = new Date(
    now.getTime() + (input.days ?? LINK_DEFAULT_DAYS) * DAY_MS,
  ).toISOString();
  const contact = input.contact?.trim() ?? null;
  return writeTransaction(db, async (trx) => {
    for (const planId of new Set(contexts.map((c) => c.row.planId))) {
      await refuseIfArchived(trx, planId);
    }
    const id = await insertMilestoneLink(
      trx,
      {
        hash: digestSecret(token),
        unitId: unit.id,
        contact,
        createdBy: actor.name,
        issuerUnitId: actor.kind === "shell" ? null : actor.unitId,
        expiresAt,
        milestoneIds: input.milestoneIds,
      },
      stamp,
    );
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "link.issued",
        objectType: "link",
        objectId: id,
        after: { unit: unit.name, contact, milestoneIds: input.milestoneIds, expiresAt },
      },
      stamp,
    );
    const row = await findMilestoneLink(trx, id);
    if (!row) throw linkNotFound(id);
    return { token, row };
  });
};
