import { sql, type Kysely } from "kysely";
import { expect, it } from "vitest";
import { generateMasterPlan } from "../../bench/generate-master.js";
import { writeWorkflowYear } from "../../bench/status-fixture.js";
import type { Database } from "../../src/db/database.js";
import { reachOf } from "../../src/db/queries/access.js";
import { findMilestoneKeys, type MilestoneKey } from "../../src/db/queries/milestone-rows.js";
import { refreshMilestoneStatus } from "../../src/db/queries/milestone-status.js";
import { readPlanSettings, writePlanSettings } from "../../src/db/queries/plan-settings.js";
import {
  countStatusToday,
  statusesToday,
  storedFoldsAnswer,
} from "../../src/db/queries/status-today.js";
import type { Schema } from "../../src/db/schema.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { addDays, type IsoDate } from "../../src/domain/iso-date.js";
import { rollUp, rollUpCounted, type StatusRollup } from "../../src/domain/status-rollup.js";
import { shellActor } from "../../src/policies/actor.js";
import { claimEmptyDatabaseForDemo } from "../../src/services/demo/demo-database.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import {
  coveredMilestones,
  rollupsOfRated,
  rollupsToday,
  type RollupScope,
} from "../../src/services/plan-rollups.js";
import { rateMilestones, rateMilestonesFromLedger } from "../../src/services/status-as-of.js";
import { statusDay } from "../../src/services/status-today.js";
import { describeEachDatabase } from "../support/databases.js";

/**
 * Today's status comes from the stored folds (and, for counts, from SQL
 * over them); a past day's from folding the ledger. On every day of the
 * played demo and of a generated year, the database is put back as it stood
 * at that day's end (the entries dated later taken out, the folds rewritten,
 * all rolled back after) and both paths must say the same of every
 * milestone (in full, and what lists sort by in SQL) and every task's counts,
 * and the plan's roll-ups (plan, tasks, units; a unit's own figures; as a
 * unit's people see them) counted in SQL must equal those added up in JS.
 */

class RolledBack extends Error {}

const asItStoodOn = async (
  db: Database,
  planId: number,
  day: IsoDate,
  check: (trx: Kysely<Schema>) => Promise<void>,
): Promise<void> => {
  try {
    await db.kysely.transaction().execute(async (trx) => {
      await trx
        .deleteFrom("milestone_events")
        .where("plan_id", "=", planId)
        .where("effective_on", ">", day)
        .execute();
      await refreshMilestoneStatus(trx, { planIds: [planId] });
      await check(trx);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
};

const byTask = <T>(
  keys: readonly MilestoneKey[],
  of: (key: MilestoneKey) => T[],
): Map<number, T[]> => {
  const tasks = new Map<number, T[]>();
  for (const key of keys) tasks.set(key.taskId, [...(tasks.get(key.taskId) ?? []), ...of(key)]);
  return tasks;
};

/**
 * The roll-ups compared: the whole plan; the unit named second most, made a
 * member of the one named most (a group, whose work it shares); as the
 * group's people see the plan; as the member's see the group's figures.
 */
const rollupScopes = async (
  db: Database,
  planId: number,
): Promise<{ name: string; scope: RollupScope }[]> => {
  const [group, member] = await db.kysely
    .selectFrom("milestone_units as mu")
    .innerJoin("milestone_versions as mv", "mv.id", "mu.milestone_version_id")
    .select(["mu.unit_id as id", (eb) => eb.fn.countAll().as("n")])
    .where("mv.plan_id", "=", planId)
    .where("mv.valid_to", "is", null)
    .groupBy("mu.unit_id")
    .orderBy("n", "desc")
    .orderBy("mu.unit_id")
    .limit(2)
    .execute();
  if (member === undefined || group === undefined) throw new Error("fewer than two units named");
  await db.kysely
    .insertInto("unit_group_members")
    .values({ group_id: group.id, member_id: member.id })
    .execute();
  const both = [member.id, group.id];
  return [
    { name: "plan", scope: { planId, viewer: null, unit: null } },
    {
      name: "unit in a group",
      scope: { planId, viewer: null, unit: { id: member.id, ...(await reachOf(db.kysely, both)) } },
    },
    {
      name: "seen by the group",
      scope: { planId, viewer: await reachOf(db.kysely, [group.id]), unit: null },
    },
    {
      name: "the group seen by its member",
      scope: {
        planId,
        viewer: await reachOf(db.kysely, both),
        unit: { id: group.id, ...(await reachOf(db.kysely, [group.id])) },
      },
    },
  ];
};

/**
 * Both paths on every day from `first` to `last`, the roll-ups on every
 * `rollupsEvery`th of them (each day's are a dozen queries per scope more);
 * gives how many milestone-days were compared.
 */
const compareEveryDay = async (
  db: Database,
  planId: number,
  days: { readonly first: IsoDate; readonly last: IsoDate; readonly rollupsEvery: number },
): Promise<{ compared: number; statuses: Set<string>; cooperating: Set<string> }> => {
  const { first, last, rollupsEvery } = days;
  const keys = await findMilestoneKeys(db.kysely, { planId });
  const scopes = await Promise.all(
    (await rollupScopes(db, planId)).map(async ({ name, scope }) => ({
      name,
      scope,
      covered: await coveredMilestones(db.kysely, scope),
    })),
  );
  let compared = 0;
  const statuses = new Set<string>();
  const cooperating = new Set<string>();
  for (let day = first, index = 0; day <= last; day = addDays(day, 1), index += 1) {
    const withRollups = index % rollupsEvery === 0;
    await asItStoodOn(db, planId, day, async (trx) => {
      const folded = await rateMilestonesFromLedger(trx, keys, day);
      const stored = await rateMilestones(trx, keys, day);
      expect(await storedFoldsAnswer(trx, [planId], day)).toBe(true);
      for (const key of keys) {
        expect({ day, id: key.id, ...stored.get(key.id) }).toEqual({
          day,
          id: key.id,
          ...folded.get(key.id),
        });
        statuses.add(folded.get(key.id)?.status ?? "unrated");
        compared += 1;
      }
      const today = await statusDay(trx, [planId], day);
      const listed = await statusesToday(trx, today);
      expect({ day, listed }).toEqual({
        day,
        listed: new Map(
          keys.map((key) => {
            const { status, light, due } = folded.get(key.id) ?? {};
            return [key.id, { status, light, due }];
          }),
        ),
      });
      const counted = await countStatusToday(trx, today, null);
      const sqlTasks = new Map<number, StatusRollup>(
        [...byTask(keys, () => [])].map(([taskId]) => [
          taskId,
          rollUpCounted(counted.filter((group) => group.taskId === taskId)),
        ]),
      );
      const foldTasks = new Map(
        [...byTask(keys, (key) => [folded.get(key.id)].flatMap((s) => (s ? [s] : [])))].map(
          ([taskId, states]) => [taskId, rollUp(states)],
        ),
      );
      expect({ day, tasks: sqlTasks }).toEqual({ day, tasks: foldTasks });
      for (const { name, scope, covered } of withRollups ? scopes : []) {
        const counted = await rollupsToday(trx, scope, today, "all");
        const added = await rollupsOfRated(
          trx,
          scope,
          covered.flatMap((row) => {
            const state = folded.get(row.id);
            return state ? [{ row, state }] : [];
          }),
          "all",
        );
        expect({ day, name, ...counted }).toEqual({ day, name, ...added });
        if ((counted.cooperating?.total ?? 0) > 0) cooperating.add(name);
        if (counted.byUnit.some((unit) => unit.cooperating.total > 0)) cooperating.add("by unit");
      }
    });
  }
  return { compared, statuses, cooperating };
};

describeEachDatabase("status today from the stored folds, the past from the ledger", ({ open }) => {
  it("agree on every milestone and task on every day of the played demo", async () => {
    const db = await open();
    await claimEmptyDatabaseForDemo(db, new Date("2026-03-02T03:04:05Z"));
    const planId = await seedDemo(db);
    const { compared, statuses, cooperating } = await compareEveryDay(db, planId, {
      first: "2022-01-01",
      last: "2022-07-31",
      rollupsEvery: 1,
    });
    expect(compared).toBeGreaterThan(0);
    expect([...statuses].sort()).toEqual(
      ["done", "due_soon", "in_progress", "not_started", "overdue"].sort(),
    );
    expect(cooperating).toContain("by unit");
  }, 600_000);

  it("agree on every milestone and task on every day of a generated year, in working-day windows and quarterly cycles too", async () => {
    const db = await open();
    const imported = await importPlanFile(db, {
      bytes: await planToXlsx(generateMasterPlan({ tasks: 12, milestones: 40, units: 8, seed: 5 })),
      fileName: "2022-master.xlsx",
      actor: shellActor("cli:test"),
    });
    if (imported.kind !== "created") throw new Error(imported.kind);
    const planId = imported.planId;
    await writeWorkflowYear(db, planId, { seed: 7, year: 2022 });
    const stored = (await readPlanSettings(db.kysely, [planId])).get(planId);
    if (!stored) throw new Error("no settings");
    await writePlanSettings(
      db.kysely,
      planId,
      {
        ...stored.settings,
        warningDays: 10,
        warningUnit: "working_day",
        reportCycle: { every: "quarter", day: 10 },
      },
      stored.version,
      "2022-01-10T00:00:00Z",
    );
    const recurring = await sql<{
      n: number | string;
    }>`select count(*) as n from milestone_versions
        where plan_id = ${planId} and recur_months is not null`.execute(db.kysely);
    expect(Number(recurring.rows[0]?.n)).toBeGreaterThan(0);
    const { compared, statuses, cooperating } = await compareEveryDay(db, planId, {
      first: "2022-01-01",
      last: "2023-01-31",
      rollupsEvery: 3,
    });
    expect(compared).toBe(40 * 396);
    expect(statuses.size).toBe(5);
    expect(cooperating).toContain("by unit");
  }, 600_000);
});
