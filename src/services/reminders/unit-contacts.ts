import type { Contact } from "../../channels/channel.js";
import type { Database } from "../../db/database.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { appendAudit } from "../../db/queries/audit.js";
import {
  deleteContact,
  insertContact,
  listContacts,
  listDeliveries,
  type DeliveryRow,
  type UnitContact,
} from "../../db/queries/reminders.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import { requireUnitName } from "../units.js";

/** Secrets and robot keys never leave the server: shown as "***". */
export const maskContact = (contact: Contact): Contact => {
  switch (contact.kind) {
    case "email":
      return contact;
    case "webhook":
      return { ...contact, url: maskUrl(contact.url), secret: "***" };
    case "wecom":
      return { ...contact, url: maskUrl(contact.url) };
    case "dingtalk":
    case "feishu":
      return {
        ...contact,
        url: maskUrl(contact.url),
        ...(contact.secret === undefined ? {} : { secret: "***" }),
      };
  }
};

/** The host and path stay recognisable; the query (keys, tokens) does not. */
const maskUrl = (url: string): string => {
  const at = url.indexOf("?");
  return at < 0 ? url : `${url.slice(0, at)}?***`;
};

export const listUnitContacts = async (
  db: Database,
  actor: Actor,
  unitId: number,
): Promise<UnitContact[]> => {
  authorize(actor, { action: "unit.manage" });
  await requireUnitName(db, unitId);
  return (await listContacts(db.kysely, [unitId])).map((c) => ({
    ...c,
    contact: maskContact(c.contact),
  }));
};

export const addUnitContact = async (
  db: Database,
  actor: Actor,
  input: { readonly unitId: number; readonly label: string; readonly contact: Contact },
  now: Date,
): Promise<UnitContact> => {
  authorize(actor, { action: "unit.manage" });
  await requireUnitName(db, input.unitId);
  const stamp = now.toISOString();
  const id = await writeTransaction(db, async (trx) => {
    const created = await insertContact(trx, input, stamp);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "unit.contact_added",
        objectType: "unit",
        objectId: input.unitId,
        after: { label: input.label, contact: maskContact(input.contact) },
      },
      stamp,
    );
    return created;
  });
  return { id, unitId: input.unitId, label: input.label, contact: maskContact(input.contact) };
};

export const removeUnitContact = async (
  db: Database,
  actor: Actor,
  unitId: number,
  contactId: number,
  now: Date,
): Promise<void> => {
  authorize(actor, { action: "unit.manage" });
  const stamp = now.toISOString();
  await writeTransaction(db, async (trx) => {
    if (!(await deleteContact(trx, unitId, contactId))) {
      throw new DubanError(
        "unit.not_found",
        message(
          `单位 ${unitId} 没有联系方式 ${contactId}`,
          `Unit ${unitId} has no contact ${contactId}`,
        ),
      );
    }
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "unit.contact_removed",
        objectType: "unit",
        objectId: unitId,
        after: { contactId },
      },
      stamp,
    );
  });
};

/** The delivery log, newest first, with contacts masked: for the supervision office. */
export const listReminderDeliveries = async (
  db: Database,
  actor: Actor,
  limit: number,
): Promise<(DeliveryRow & { readonly contact: Contact })[]> => {
  authorize(actor, { action: "plan.read_all" });
  return (await listDeliveries(db.kysely))
    .reverse()
    .slice(0, limit)
    .map((d) => ({ ...d, contact: maskContact(d.contact) }));
};
