import type { Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { DistributionDeliveryStatus, Schema } from "../schema.js";

/**
 * The units that lead something in a plan's current revision, a task or a milestone, each
 * group replaced by its members: the units a distribution goes to, by name.
 */
export const leadingUnits = async (
  db: Kysely<Schema>,
  planId: number,
): Promise<{ readonly id: number; readonly name: string }[]> => {
  const taskLeads = db
    .selectFrom("task_versions as tv")
    .innerJoin("task_units as tu", "tu.task_version_id", "tv.id")
    .select("tu.unit_id")
    .where("tv.plan_id", "=", planId)
    .where("tv.valid_to", "is", null)
    .where("tu.role", "=", "lead");
  const milestoneLeads = db
    .selectFrom("milestone_versions as mv")
    .innerJoin("milestone_units as mu", "mu.milestone_version_id", "mv.id")
    .select("mu.unit_id")
    .where("mv.plan_id", "=", planId)
    .where("mv.valid_to", "is", null)
    .where("mu.role", "=", "lead");
  const leads = await db
    .selectFrom("units")
    .select(["id", "name", "kind"])
    .where((eb) => eb.or([eb("id", "in", taskLeads), eb("id", "in", milestoneLeads)]))
    .execute();
  const groupIds = leads.filter((u) => u.kind === "group").map((u) => u.id);
  const members =
    groupIds.length === 0
      ? []
      : await db
          .selectFrom("unit_group_members as m")
          .innerJoin("units", "units.id", "m.member_id")
          .select(["units.id", "units.name"])
          .where("m.group_id", "in", groupIds)
          .execute();
  const byId = new Map<number, string>();
  for (const unit of [...leads.filter((u) => u.kind === "unit"), ...members])
    byId.set(unit.id, unit.name);
  return [...byId]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};

export const insertDistribution = async (
  db: Kysely<Schema>,
  input: {
    readonly planId: number;
    readonly revision: number;
    readonly issuedBy: string;
    readonly issuer: string;
  },
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("distributions")
      .values({
        plan_id: input.planId,
        revision: input.revision,
        issued_by: input.issuedBy,
        issuer: input.issuer,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

export const insertDistributionUnit = async (
  db: Kysely<Schema>,
  input: { readonly distributionId: number; readonly unitId: number; readonly fileName: string },
): Promise<void> => {
  await db
    .insertInto("distribution_units")
    .values({
      distribution_id: input.distributionId,
      unit_id: input.unitId,
      file_name: input.fileName,
      signed_at: null,
      signed_by: null,
    })
    .execute();
};

export const insertDistributionDelivery = async (
  db: Kysely<Schema>,
  input: {
    readonly distributionId: number;
    readonly unitId: number;
    readonly channel: string;
    readonly destination: string;
  },
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("distribution_deliveries")
      .values({
        distribution_id: input.distributionId,
        unit_id: input.unitId,
        channel: input.channel,
        destination: input.destination,
        status: "pending",
        error: null,
        sent_at: null,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

export const recordDistributionDelivery = async (
  db: Kysely<Schema>,
  id: number,
  result: {
    readonly status: DistributionDeliveryStatus;
    readonly error: string | null;
    readonly sentAt: string | null;
  },
): Promise<void> => {
  await db
    .updateTable("distribution_deliveries")
    .set({ status: result.status, error: result.error, sent_at: result.sentAt })
    .where("id", "=", id)
    .execute();
};

export interface DistributionRow {
  readonly id: number;
  readonly planId: number;
  readonly revision: number;
  readonly issuedBy: string;
  readonly issuer: string;
  readonly createdAt: string;
}

export interface DistributionUnitRow {
  readonly distributionId: number;
  readonly unitId: number;
  readonly unit: string;
  readonly fileName: string;
  readonly signedAt: string | null;
  readonly signedBy: string | null;
}

export interface DistributionDeliveryRow {
  readonly id: number;
  readonly distributionId: number;
  readonly unitId: number;
  readonly channel: string;
  readonly destination: string;
  readonly status: DistributionDeliveryStatus;
  readonly error: string | null;
  readonly sentAt: string | null;
}

/** A plan's distributions newest first, or the one asked for. */
export const findDistributions = (
  db: Kysely<Schema>,
  where: { readonly planId: number } | { readonly id: number },
): Promise<DistributionRow[]> =>
  db
    .selectFrom("distributions")
    .select([
      "id",
      "plan_id as planId",
      "revision",
      "issued_by as issuedBy",
      "issuer",
      "created_at as createdAt",
    ])
    .$if("planId" in where, (q) => q.where("plan_id", "=", "planId" in where ? where.planId : 0))
    .$if("id" in where, (q) => q.where("id", "=", "id" in where ? where.id : 0))
    .orderBy("id", "desc")
    .execute();

/** The units of these distributions, of only these units when given. */
export const findDistributionUnits = async (
  db: Kysely<Schema>,
  distributionIds: readonly number[],
  unitIds?: readonly number[],
): Promise<DistributionUnitRow[]> =>
  collectChunks(chunksFor(distributionIds, 1), (chunk) =>
    db
      .selectFrom("distribution_units as du")
      .innerJoin("units", "units.id", "du.unit_id")
      .select([
        "du.distribution_id as distributionId",
        "du.unit_id as unitId",
        "units.name as unit",
        "du.file_name as fileName",
        "du.signed_at as signedAt",
        "du.signed_by as signedBy",
      ])
      .where("du.distribution_id", "in", chunk)
      .$if(unitIds !== undefined, (q) =>
        q.where("du.unit_id", "in", unitIds?.length ? unitIds : [-1]),
      )
      .orderBy("units.name")
      .execute(),
  );

export const findDistributionDeliveries = async (
  db: Kysely<Schema>,
  distributionIds: readonly number[],
): Promise<DistributionDeliveryRow[]> =>
  collectChunks(chunksFor(distributionIds, 1), (chunk) =>
    db
      .selectFrom("distribution_deliveries")
      .select([
        "id",
        "distribution_id as distributionId",
        "unit_id as unitId",
        "channel",
        "destination",
        "status",
        "error",
        "sent_at as sentAt",
      ])
      .where("distribution_id", "in", chunk)
      .orderBy("id")
      .execute(),
  );

/** Records the unit's 签收 unless it has signed already; true when this call did. */
export const markDistributionSigned = async (
  db: Kysely<Schema>,
  input: { readonly distributionId: number; readonly unitId: number; readonly by: string },
  now: string,
): Promise<boolean> =>
  (
    await db
      .updateTable("distribution_units")
      .set({ signed_at: now, signed_by: input.by })
      .where("distribution_id", "=", input.distributionId)
      .where("unit_id", "=", input.unitId)
      .where("signed_at", "is", null)
      .executeTakeFirst()
  ).numUpdatedRows > 0n;
