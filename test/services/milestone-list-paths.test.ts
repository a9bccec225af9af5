import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import type { RowWindow } from "../../src/db/queries/milestone-page.js";
import { storedFoldsAnswer } from "../../src/db/queries/status-today.js";
import { reachOf, reachOfUnit, type UnitRole } from "../../src/db/queries/access.js";
import { insertUnit } from "../../src/db/queries/units.js";
import { addDays, type IsoDate } from "../../src/domain/iso-date.js";
import type { MilestoneStatus } from "../../src/domain/milestone-status.js";
import type { MilestoneRelation } from "../../src/policies/permissions.js";
import { milestoneRelations } from "../../src/services/access/relations.js";
import type { ViewerScope } from "../../src/services/access/viewer-scope.js";
import { claimEmptyDatabaseForDemo } from "../../src/services/demo/demo-database.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import {
  MILESTONE_SORTS,
  pageFromRatedMilestones,
  pageFromStoredStatus,
  type MilestoneQuery,
  type MatchingPage,
} from "../../src/services/milestones.js";
import type { PageRequest } from "../../src/services/page.js";
import { describeEachDatabase } from "../support/databases.js";

/**
 * Today's list is filtered, counted, sorted and paged in SQL; a past day's
 * is rated from the ledger and sorted in JavaScript. On the played demo, on
 * a day the stored folds answer for, both paths must give the same
 * milestones in the same order with the same status in full and the same
 * total, for every sort, status filters, unit and role filters, viewers and
 * windows.
 */

type Query = Omit<MilestoneQuery, keyof PageRequest>;

const STATUS_FILTERS: readonly (readonly MilestoneStatus[] | undefined)[] = [
  undefined,
  ["overdue"],
  ["due_soon", "in_progress"],
  ["done", "not_started"],
];

const WINDOWS: readonly RowWindow[] = [
  null,
  { offset: 0, limit: 7 },
  { offset: 7, limit: 7 },
  { offset: 10_000, limit: 7 },
];

/** The page's milestones with their full status: today's path rates them from the folds its statement read. */
const idsOf = (page: MatchingPage) => ({
  ids: page.rows.map(({ row }) => row.id),
  states: page.rows.map(({ state }) => state),
  total: page.total,
});

/** The day the demo's stored folds answer for: the last day any of them folded. */
const lastFoldedDay = async (db: Database): Promise<IsoDate> => {
  const row = await db.kysely
    .selectFrom("milestone_status")
    .select((eb) => eb.fn.max("last_effective_on").as("day"))
    .executeTakeFirstOrThrow();
  return row.day;
};

/**
 * What the demo lacks: a group whose member is `memberId`,
 * named as lead on every fifth milestone and cooperating on every seventh
 * (where the member may lead itself), milestones without any unit, and
 * undated ones (长期坚持), which every due sort puts last.
 */
const addGroupAndBareMilestones = async (db: Database, memberId: number): Promise<void> => {
  const group = await insertUnit(
    db.kysely,
    { name: "试点县（市、区）政府", kind: "group" },
    "2022-01-01T00:00:00Z",
  );
  await db.kysely
    .insertInto("unit_group_members")
    .values({ group_id: group, member_id: memberId })
    .execute();
  const versions = await db.kysely
    .selectFrom("milestone_versions")
    .select("id")
    .where("valid_to", "is", null)
    .orderBy("id")
    .execute();
  const rows = versions.flatMap(({ id }, index) =>
    index % 5 === 0 || index % 7 === 0
      ? [
          {
            milestone_version_id: id,
            position: 99,
            unit_id: group,
            role: index % 5 === 0 ? ("lead" as const) : ("cooperating" as const),
            role_label: null,
          },
        ]
      : [],
  );
  await db.kysely.insertInto("milestone_units").values(rows).execute();
  const bare = versions.filter((_, index) => index % 11 === 3).map(({ id }) => id);
  await db.kysely.deleteFrom("milestone_units").where("milestone_version_id", "in", bare).execute();
  const unextended = db.kysely
    .selectFrom("milestone_status")
    .select("milestone_id")
    .where("extended_due", "is", null);
  const undated = versions.filter((_, index) => index % 6 === 1).map(({ id }) => id);
  await db.kysely
    .updateTable("milestone_versions")
    .set({
      due_date: null,
      recur_months: null,
      recur_day: null,
      deadline_json: JSON.stringify({ kind: "ongoing", text: "长期坚持" }),
    })
    .where("id", "in", undated)
    .where("milestone_id", "in", unextended)
    .execute();
};

/** Units to filter by: the one leading most, one that cooperates most, and the group's member. */
const unitsToFilter = async (db: Database): Promise<number[]> => {
  const named = await db.kysely
    .selectFrom("milestone_units as mu")
    .innerJoin("milestone_versions as mv", "mv.id", "mu.milestone_version_id")
    .where("mv.valid_to", "is", null)
    .select(["mu.unit_id", "mu.role", (eb) => eb.fn.countAll<number | string>().as("n")])
    .groupBy(["mu.unit_id", "mu.role"])
    .orderBy("n", "desc")
    .orderBy("mu.unit_id")
    .execute();
  const lead = named.find((row) => row.role === "lead")?.unit_id;
  const cooperating = named.find((row) => row.role !== "lead" && row.unit_id !== lead)?.unit_id;
  const member = named.find((row) => row.unit_id !== lead && row.unit_id !== cooperating)?.unit_id;
  const units = [lead, cooperating, member].flatMap((id) => (id === undefined ? [] : [id]));
  await addGroupAndBareMilestones(db, member ?? -1);
  return units;
};

/**
 * A unit filter by the access module's rule in JavaScript (relationOf over
 * every current milestone): what the units lead (whole tasks included) or
 * share; only what they lead; only what they share and do not lead.
 */
const unitPartByRelation = async (
  db: Database,
  unitId: number,
  role: UnitRole | undefined,
): Promise<number[]> => {
  const current = await db.kysely
    .selectFrom("milestone_versions")
    .select(["id as versionId", "milestone_id as milestoneId", "task_id as taskId"])
    .where("valid_to", "is", null)
    .execute();
  const scope = { all: false, ...(await reachOfUnit(db.kysely, unitId)) } as const;
  const relations = await milestoneRelations(db, scope, current);
  const kept: Record<UnitRole | "any", readonly MilestoneRelation[]> = {
    any: ["lead", "task_lead", "cooperating"],
    lead: ["lead", "task_lead"],
    cooperating: ["cooperating"],
  };
  return current
    .filter((m) => kept[role ?? "any"].includes(relations.get(m.versionId) ?? "none"))
    .map((m) => m.milestoneId)
    .sort((a, b) => a - b);
};

describeEachDatabase("the milestone list in SQL and in JavaScript", ({ open, dialect }) => {
  it(
    "give the same ids with the same status in the same order and the same total on the played demo",
    async () => {
      const db = await open();
      await claimEmptyDatabaseForDemo(db, new Date("2026-03-02T03:04:05Z"));
      const planId = await seedDemo(db);
      const asOf = await lastFoldedDay(db);
      expect(await storedFoldsAnswer(db.kysely, [planId], asOf)).toBe(true);
      expect(await storedFoldsAnswer(db.kysely, [planId], addDays(asOf, -1))).toBe(false);
      const units = await unitsToFilter(db);
      expect(units).toHaveLength(3);
      const office: ViewerScope = { all: true };
      const viewers: ViewerScope[] = [
        office,
        { all: false, ...(await reachOf(db.kysely, [units[0] ?? -1])) },
      ];

      const compare = async (scope: ViewerScope, query: Query, window: RowWindow) => {
        const inSql = idsOf(await pageFromStoredStatus(db, scope, query, window));
        const inJs = idsOf(await pageFromRatedMilestones(db, scope, query, window));
        expect({ query, window, ...inSql }).toEqual({ query, window, ...inJs });
        return inSql;
      };

      const orders = new Map<string, string>();
      let nonEmpty = 0;
      const unitParts = new Set<string>();
      for (const sort of MILESTONE_SORTS) {
        for (const statuses of STATUS_FILTERS) {
          const base: Query = { asOf, planId, sort, ...(statuses ? { statuses } : {}) };
          for (const scope of viewers) {
            const all = await compare(scope, base, null);
            if (statuses === undefined && scope.all) orders.set(sort, all.ids.join(","));
            if (all.total > 0) nonEmpty += 1;
          }
          for (const unitId of units) {
            for (const role of [undefined, "lead", "cooperating"] as const) {
              const query: Query = { ...base, unitId, ...(role ? { role } : {}) };
              for (const window of WINDOWS) await compare(office, query, window);
              if (statuses === undefined && sort === "position") {
                const part = await pageFromStoredStatus(db, office, query, null);
                // A unit sees all of its own part: its scope adds no condition to the unit filter.
                const own: ViewerScope = {
                  all: false,
                  ...(await reachOfUnit(db.kysely, unitId)),
                  unitId,
                };
                for (const path of [pageFromStoredStatus, pageFromRatedMilestones]) {
                  expect(idsOf(await path(db, own, query, null))).toEqual(idsOf(part));
                }
                const ids = part.rows.map(({ row }) => row.id).sort((a, b) => a - b);
                expect({ unitId, role, ids }).toEqual({
                  unitId,
                  role,
                  ids: await unitPartByRelation(db, unitId, role),
                });
                if (ids.length > 0) unitParts.add(role ?? "any");
              }
            }
          }
        }
        await compare(office, { asOf, sort, dueFrom: "2022-03-01", dueTo: "2022-09-30" }, null);
        await compare(office, { asOf, planId, sort, text: "局" }, { offset: 3, limit: 10 });
      }
      expect([...unitParts].sort()).toEqual(["any", "cooperating", "lead"]);
      expect(nonEmpty).toBeGreaterThan(MILESTONE_SORTS.length * STATUS_FILTERS.length);
      // Every sort orders the demo its own way, each direction the other's reverse but for ties.
      expect(new Set(orders.values()).size).toBe(MILESTONE_SORTS.length);
    },
    dialect === "postgres" ? 600_000 : 300_000,
  );
});
