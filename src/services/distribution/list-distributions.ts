import type { Database } from "../../db/database.js";
import {
  findDistributionDeliveries,
  findDistributions,
  findDistributionUnits,
  type DistributionDeliveryRow,
  type DistributionRow,
} from "../../db/queries/distributions.js";
import { findPlan } from "../../db/queries/plans.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { actorMay } from "../../policies/permissions.js";
import { DubanError, planNotFound } from "../duban-error.js";
import {
  acknowledgementOf,
  ledMilestoneStates,
  type Acknowledgement,
} from "./unit-acknowledgement.js";

export type DeliveryView = Omit<DistributionDeliveryRow, "id" | "distributionId" | "unitId">;

export interface DistributionUnitView {
  readonly unitId: number;
  readonly unit: string;
  /** The part's title, as the .docx is named. */
  readonly title: string;
  readonly fileName: string;
  readonly deliveries: readonly DeliveryView[];
  /** At least one channel took the part. */
  readonly received: boolean;
  readonly signedAt: string | null;
  readonly signedBy: string | null;
  /** The unit's lead milestones acknowledged, of all, today. */
  readonly acknowledgement: Acknowledgement;
  /** Signed here, or every milestone it leads acknowledged already. */
  readonly signed: boolean;
}

export interface DistributionView extends DistributionRow {
  readonly units: readonly DistributionUnitView[];
}

export const distributionNotFound = (id: number): DubanError =>
  new DubanError(
    "distribution.not_found",
    message(`没有编号为 ${id} 的下发记录`, `There is no distribution ${id}`),
  );

/** The office sees every unit; a unit sees only its own part of what it was sent. */
const ownUnitOnly = (actor: Actor): number[] | undefined =>
  actor.kind === "shell" || actorMay(actor, { action: "plan.read_all" })
    ? undefined
    : [actor.unitId];

const viewsOf = async (
  db: Database,
  actor: Actor,
  rows: readonly DistributionRow[],
): Promise<DistributionView[]> => {
  const ids = rows.map((r) => r.id);
  const units = await findDistributionUnits(db.kysely, ids, ownUnitOnly(actor));
  const deliveries = await findDistributionDeliveries(db.kysely, ids);
  const acknowledgements = new Map<string, Acknowledgement>();
  const views: DistributionView[] = [];
  for (const row of rows) {
    const mine = units.filter((u) => u.distributionId === row.id);
    if (mine.length === 0 && ownUnitOnly(actor) !== undefined) continue;
    const unitViews: DistributionUnitView[] = [];
    for (const unit of mine) {
      const key = `${row.planId}:${unit.unitId}`;
      const acknowledgement =
        acknowledgements.get(key) ??
        acknowledgementOf(await ledMilestoneStates(db, row.planId, unit.unitId));
      acknowledgements.set(key, acknowledgement);
      const sent = deliveries
        .filter((d) => d.distributionId === row.id && d.unitId === unit.unitId)
        .map(({ channel, destination, status, error, sentAt }) => ({
          channel,
          destination,
          status,
          error,
          sentAt,
        }));
      unitViews.push({
        unitId: unit.unitId,
        unit: unit.unit,
        title: unit.fileName.replace(/\.docx$/, ""),
        fileName: unit.fileName,
        deliveries: sent,
        received: sent.some((d) => d.status === "sent"),
        signedAt: unit.signedAt,
        signedBy: unit.signedBy,
        acknowledgement,
        signed:
          unit.signedAt !== null ||
          (acknowledgement.total > 0 && acknowledgement.acknowledged === acknowledgement.total),
      });
    }
    views.push({ ...row, units: unitViews });
  }
  return views;
};

/** A plan's distributions, newest first, with each unit's deliveries and 签收. */
export const listDistributions = async (
  db: Database,
  actor: Actor,
  planId: number,
): Promise<DistributionView[]> => {
  if (!(await findPlan(db.kysely, planId))) throw planNotFound(planId);
  return viewsOf(db, actor, await findDistributions(db.kysely, { planId }));
};

/** One distribution as the actor may see it; a unit's view of one it was not sent is none. */
export const distributionOf = async (
  db: Database,
  actor: Actor,
  distributionId: number,
): Promise<DistributionView> => {
  const [view] = await viewsOf(
    db,
    actor,
    await findDistributions(db.kysely, { id: distributionId }),
  );
  if (view === undefined) throw distributionNotFound(distributionId);
  return view;
};
