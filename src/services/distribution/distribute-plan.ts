import { randomUUID } from "node:crypto";
import {
  deliver,
  type Attachment,
  type DeliveryOptions,
  type OutboundMessage,
} from "../../channels/channel.js";
import { excerpt } from "../../channels/results.js";
import type { Database } from "../../db/database.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { appendAudit } from "../../db/queries/audit.js";
import {
  findDistributionDeliveries,
  findDistributions,
  findDistributionUnits,
  insertDistribution,
  insertDistributionDelivery,
  insertDistributionUnit,
  leadingUnits,
  recordDistributionDelivery,
} from "../../db/queries/distributions.js";
import { acquireLease, releaseLease } from "../../db/queries/leases.js";
import { findPlan } from "../../db/queries/plans.js";
import { listContacts } from "../../db/queries/reminders.js";
import { unitNamesById } from "../../db/queries/units.js";
import { message } from "../../domain/message.js";
import type { UnitSlice } from "../../domain/slice.js";
import { planToDocx } from "../../exporters/plan-docx.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { OFFICE_UNIT } from "../bootstrap-administrator.js";
import { DubanError, planNotFound } from "../duban-error.js";
import { CONTENT_TYPES } from "../exports/export-file.js";
import { viewContact } from "../reminders/unit-contacts.js";
import { sliceStoredPlan } from "../slice-stored-plan.js";
import { composeDistribution, distributionLink } from "./compose-distribution.js";
import { distributionOf, type DistributionView } from "./list-distributions.js";
import { refuseIfArchived } from "../archived-plan.js";

/** How a distribution goes out: the reminders' channels, and the web app's address for links. */
export interface DistributionChannels {
  readonly delivery: Omit<DeliveryOptions, "now">;
  readonly publicUrl: string | undefined;
}

export interface DistributeInput {
  readonly planId: number;
  /** The units to send to; all that lead something in the plan when absent. */
  readonly units?: readonly number[];
  /**
   * "failed": only the units of the plan's last distribution that no channel reached
   * (every delivery failed, or the unit had no contact then).
   */
  readonly only?: "failed";
}

/** Longer than any distribution takes; a process that died while sending frees it then. */
const LEASE_MS = 15 * 60_000;

const invalid = (zh: string, en: string, field: string): DubanError =>
  new DubanError("distribution.invalid_input", message(zh, en), { field });

/** Characters no file system takes in a name. */
const fileNameOf = (title: string): string => `${title.replace(/[\\/:*?"<>|]/g, "_")}.docx`;

/** The units the office asked for, each checked against those that lead something. */
const chooseUnits = async (
  db: Database,
  planId: number,
  input: DistributeInput,
): Promise<{ readonly id: number; readonly name: string }[]> => {
  const leading = await leadingUnits(db.kysely, planId);
  if (leading.length === 0) {
    throw invalid(
      "该计划中没有牵头单位，无可下发",
      "No unit leads anything in this plan: there is nothing to send",
      "params.id",
    );
  }
  if (input.only === "failed") {
    const [last] = await findDistributions(db.kysely, { planId });
    if (last === undefined) {
      throw invalid("该计划尚未下发过", "This plan has not been sent yet", "body.only");
    }
    const sent = new Set(
      (await findDistributionDeliveries(db.kysely, [last.id]))
        .filter((d) => d.status === "sent")
        .map((d) => d.unitId),
    );
    const unreached = new Set(
      (await findDistributionUnits(db.kysely, [last.id]))
        .filter((u) => !sent.has(u.unitId))
        .map((u) => u.unitId),
    );
    const chosen = leading.filter((u) => unreached.has(u.id));
    if (chosen.length === 0) {
      throw invalid(
        "上次下发已送达全部单位，没有需要重发的单位",
        "The last distribution reached every unit: none to send again",
        "body.only",
      );
    }
    return chosen;
  }
  if (input.units === undefined) return leading;
  if (input.units.length === 0) {
    throw invalid("请至少选择一个单位", "Choose at least one unit", "body.units");
  }
  const names = await unitNamesById(db.kysely, input.units);
  return input.units.map((id, index) => {
    const unit = leading.find((u) => u.id === id);
    if (unit === undefined) {
      const name = names.get(id);
      throw name === undefined
        ? invalid(`没有编号为 ${id} 的单位`, `There is no unit ${id}`, `body.units.${index}`)
        : invalid(
            `${name}在该计划中没有牵头的任务或节点，无可下发`,
            `${name} leads nothing in this plan: there is nothing to send it`,
            `body.units.${index}`,
          );
    }
    return unit;
  });
};

const issuerOf = async (db: Database, actor: Actor): Promise<string> =>
  actor.kind === "shell"
    ? OFFICE_UNIT
    : ((await unitNamesById(db.kysely, [actor.unitId])).get(actor.unitId) ?? OFFICE_UNIT);

/**
 * 下发: sends every chosen unit its part of the plan's current revision in one action, the
 * .docx of its slice by e-mail and a link by its robots, through each of its reminder
 * contacts; each delivery is recorded with its result. One distribution of a plan at a
 * time: a second one asked for meanwhile is refused (409), never sent twice.
 */
export const distributePlan = async (
  db: Database,
  actor: Actor,
  input: DistributeInput,
  clock: () => Date,
  channels: DistributionChannels,
): Promise<DistributionView> => {
  authorize(actor, { action: "plan.distribute" });
  const plan = await findPlan(db.kysely, input.planId);
  if (!plan) throw planNotFound(input.planId);
  const units = await chooseUnits(db, plan.id, input);
  const lease = `distribution:${plan.id}`;
  const holder = randomUUID();
  const start = clock();
  if (
    !(await acquireLease(
      db.kysely,
      lease,
      holder,
      start.toISOString(),
      new Date(start.getTime() + LEASE_MS).toISOString(),
    ))
  ) {
    throw new DubanError(
      "distribution.busy",
      message(
        "该计划正在下发中，请等待完成后再试",
        "This plan is being sent right now; wait until it has finished",
      ),
    );
  }
  try {
    const parts: { unit: (typeof units)[number]; slice: UnitSlice; file: Attachment }[] = [];
    for (const unit of units) {
      const slice = await sliceStoredPlan(db, { planId: plan.id, unit: unit.name });
      parts.push({
        unit,
        slice,
        file: {
          fileName: fileNameOf(slice.plan.title),
          contentType: CONTENT_TYPES.docx,
          content: await planToDocx(slice.plan),
        },
      });
    }
    const contacts = await listContacts(
      db.kysely,
      units.map((u) => u.id),
    );
    const issuer = await issuerOf(db, actor);
    const stamp = clock().toISOString();
    const { distributionId, outgoing } = await writeTransaction(db, async (trx) => {
      await refuseIfArchived(trx, plan.id);
      const id = await insertDistribution(
        trx,
        {
          planId: plan.id,
          revision: plan.currentRevision,
          issuedBy: auditActor(actor).name,
          issuer,
        },
        stamp,
      );
      const queued: { deliveryId: number; contactIndex: number; message: OutboundMessage }[] = [];
      for (const part of parts) {
        await insertDistributionUnit(trx, {
          distributionId: id,
          unitId: part.unit.id,
          fileName: part.file.fileName,
        });
        const composed = composeDistribution({
          issuer,
          title: part.slice.plan.title,
          headerCounts: part.slice.headerCounts,
          link: distributionLink(channels.publicUrl, plan.id, id),
          file: part.file,
          dedupeKey: `distribution:${id}:${part.unit.id}`,
        });
        for (const [index, target] of contacts.entries()) {
          if (target.unitId !== part.unit.id) continue;
          const shown = viewContact(target.contact);
          const deliveryId = await insertDistributionDelivery(
            trx,
            {
              distributionId: id,
              unitId: part.unit.id,
              channel: target.contact.kind,
              destination: shown.kind === "email" ? shown.address : shown.url,
            },
            stamp,
          );
          queued.push({ deliveryId, contactIndex: index, message: composed });
        }
      }
      await appendAudit(
        trx,
        auditActor(actor),
        {
          action: "plan.distributed",
          objectType: "plan",
          objectId: plan.id,
          after: {
            distributionId: id,
            revision: plan.currentRevision,
            units: units.map((u) => u.name),
          },
        },
        stamp,
      );
      return { distributionId: id, outgoing: queued };
    });
    for (const item of outgoing) {
      const contact = contacts[item.contactIndex]?.contact;
      if (contact === undefined) continue;
      const result = await deliver(contact, item.message, { ...channels.delivery, now: clock });
      await recordDistributionDelivery(db.kysely, item.deliveryId, {
        status: result.ok ? "sent" : "failed",
        error: result.ok ? null : excerpt(result.error),
        sentAt: result.ok ? clock().toISOString() : null,
      });
    }
    return await distributionOf(db, actor, distributionId);
  } finally {
    await releaseLease(db.kysely, lease, holder);
  }
};
