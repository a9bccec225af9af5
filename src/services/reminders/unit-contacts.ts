import type { Contact } from "../../domain/contact.js";
import type { DestinationPolicy } from "../../channels/destinations.js";
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
import { requireSendableContact } from "./contact-destination.js";

/**
 * A contact as shown to people: robot keys in URLs masked, and of a secret only whether
 * one is set. A shape of its own, so that a shown contact can never pass for one to save.
 */
export type ContactView =
  | Extract<Contact, { kind: "email" }>
  | { readonly kind: "wecom"; readonly url: string }
  | {
      readonly kind: "webhook" | "dingtalk" | "feishu";
      readonly url: string;
      readonly hasSecret: boolean;
    };

export type UnitContactView = Omit<UnitContact, "contact"> & { readonly contact: ContactView };

export const viewContact = (contact: Contact): ContactView => {
  switch (contact.kind) {
    case "email":
      return contact;
    case "wecom":
      return { kind: contact.kind, url: maskUrl(contact.url) };
    case "webhook":
    case "dingtalk":
    case "feishu":
      return {
        kind: contact.kind,
        // Feishu's key is the path's last part (…/bot/v2/hook/<token>), not a query.
        url: contact.kind === "feishu" ? maskPathEnd(maskUrl(contact.url)) : maskUrl(contact.url),
        hasSecret: contact.secret !== undefined && contact.secret !== "",
      };
  }
};

const maskPathEnd = (url: string): string => url.replace(/\/[^/?]+(?=\/?(\?|$))/, "/***");

/**
 * The host and path stay recognisable; the query (keys, tokens) and any user name and
 * password (refused today, but perhaps stored before) do not.
 */
const maskUrl = (raw: string): string => {
  const cut = (text: string) => {
    const at = text.indexOf("?");
    return at < 0 ? text : `${text.slice(0, at)}?***`;
  };
  try {
    const url = new URL(raw);
    url.username = "";
    url.password = "";
    return cut(url.href);
  } catch {
    return cut(raw.replace(/\/\/[^/@]*@/, "//"));
  }
};

export const listUnitContacts = async (
  db: Database,
  actor: Actor,
  unitId: number,
): Promise<UnitContactView[]> => {
  authorize(actor, { action: "unit.manage" });
  await requireUnitName(db, unitId);
  return (await listContacts(db.kysely, [unitId])).map((c) => ({
    ...c,
    contact: viewContact(c.contact),
  }));
};

export const addUnitContact = async (
  db: Database,
  actor: Actor,
  input: { readonly unitId: number; readonly label: string; readonly contact: Contact },
  now: Date,
  destinations: DestinationPolicy,
): Promise<UnitContactView> => {
  authorize(actor, { action: "unit.manage" });
  await requireUnitName(db, input.unitId);
  // Checked in full before the transaction: a refused contact leaves nothing behind.
  await requireSendableContact(input.contact, destinations);
  const contact = viewContact(input.contact);
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
        after: { label: input.label, contact },
      },
      stamp,
    );
    return created;
  });
  return { id, unitId: input.unitId, label: input.label, contact };
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
): Promise<(Omit<DeliveryRow, "contact"> & { readonly contact: ContactView })[]> => {
  authorize(actor, { action: "plan.read_all" });
  return (await listDeliveries(db.kysely))
    .reverse()
    .slice(0, limit)
    .map((d) => ({ ...d, contact: viewContact(d.contact) }));
};
