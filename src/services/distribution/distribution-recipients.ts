import type { Database } from "../../db/database.js";
import { leadingUnits } from "../../db/queries/distributions.js";
import { findPlan } from "../../db/queries/plans.js";
import { listContacts } from "../../db/queries/reminders.js";
import type { Actor } from "../../policies/actor.js";
import { actorMay } from "../../policies/permissions.js";
import { planNotFound } from "../duban-error.js";
import { viewContact, type ContactView } from "../reminders/unit-contacts.js";

export interface Recipient {
  readonly unitId: number;
  readonly unit: string;
  /** Where its part would go: its reminder contacts, keys masked. */
  readonly contacts: readonly ContactView[];
}

/**
 * Who a distribution of the plan would reach, and through what: shown to those who may
 * send it before they do. Others are shown no one, since contacts are the office's business.
 */
export const distributionRecipients = async (
  db: Database,
  actor: Actor,
  planId: number,
): Promise<Recipient[]> => {
  if (!(await findPlan(db.kysely, planId))) throw planNotFound(planId);
  if (!actorMay(actor, { action: "plan.distribute" })) return [];
  const units = await leadingUnits(db.kysely, planId);
  const contacts = await listContacts(
    db.kysely,
    units.map((u) => u.id),
  );
  return units.map((unit) => ({
    unitId: unit.id,
    unit: unit.name,
    contacts: contacts.filter((c) => c.unitId === unit.id).map((c) => viewContact(c.contact)),
  }));
};
