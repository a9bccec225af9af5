import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { listMilestones, MILESTONE_PAGE_ALL } from "../../src/services/milestones.js";
import { listTasks } from "../../src/services/tasks.js";
import { describeEachDatabase } from "../support/databases.js";
import { referenceWorkflow, SHELL } from "../support/reference-workflow.js";

/**
 * The task list's unit filter keeps the tasks of the milestones the
 * milestone list's filter keeps (one rule: db/queries/access.ts
 * responsibleVersionIds), and, unless only shared work is asked, the tasks
 * the unit leads. A unit that leads a task and is also named cooperating
 * on one of its milestones leads that milestone: the task is its own work,
 * not shared work.
 */

type Role = "lead" | "cooperating" | undefined;
const ROLES: readonly Role[] = [undefined, "lead", "cooperating"];

const taskIdsOfTasks = async (db: Database, unitId: number, role: Role) =>
  (
    await listTasks(db, SHELL, {
      page: 1,
      pageSize: 500,
      unitId,
      ...(role === undefined ? {} : { role }),
    })
  ).items
    .map((task) => task.id)
    .sort((a, b) => a - b);

const taskIdsOfMilestones = async (db: Database, unitId: number, role: Role) => {
  const listed = await listMilestones(db, SHELL, {
    ...MILESTONE_PAGE_ALL,
    asOf: "2022-06-30",
    sort: "position",
    unitId,
    ...(role === undefined ? {} : { role }),
  });
  return [...new Set(listed.items.map((m) => m.task.id))].sort((a, b) => a - b);
};

/** Task 75's current milestone version: 市工业和信息化局 leads the task, 市科技局 its one milestone. */
const nameCooperatingOnTask75 = async (db: Database, unitId: number) => {
  const version = await db.kysely
    .selectFrom("milestone_versions as mv")
    .innerJoin("task_versions as tv", (join) =>
      join.onRef("tv.task_id", "=", "mv.task_id").on("tv.valid_to", "is", null),
    )
    .select(["mv.id", "mv.task_id"])
    .where("tv.no", "=", 75)
    .where("mv.valid_to", "is", null)
    .executeTakeFirstOrThrow();
  await db.kysely
    .insertInto("milestone_units")
    .values({
      milestone_version_id: version.id,
      unit_id: unitId,
      role: "cooperating",
      role_label: null,
      position: 9,
    })
    .execute();
  return version.task_id;
};

describeEachDatabase("the task list's unit filter", ({ open }) => {
  it("keeps the tasks of the milestone list's rows for every unit and role, and the tasks a unit leads", async () => {
    const db = await open();
    const world = await referenceWorkflow(db);
    const industry = await world.unitId("市工业和信息化局");
    if (industry === undefined) throw new Error("no 市工业和信息化局");
    const task75 = await nameCooperatingOnTask75(db, industry);

    const units = await db.kysely.selectFrom("units").select(["id", "name"]).execute();
    let compared = 0;
    for (const unit of units) {
      for (const role of ROLES) {
        const fromMilestones = await taskIdsOfMilestones(db, unit.id, role);
        const tasks = await taskIdsOfTasks(db, unit.id, role);
        expect({ unit: unit.name, role, tasks }).toEqual({
          unit: unit.name,
          role,
          tasks: fromMilestones,
        });
        compared += tasks.length;
      }
    }
    expect(compared).toBeGreaterThan(0);

    // Leading task 75 makes its milestone 市工业和信息化局's own work, however else it is named.
    expect(await taskIdsOfTasks(db, industry, "lead")).toContain(task75);
    expect(await taskIdsOfTasks(db, industry, "cooperating")).not.toContain(task75);
    expect(await taskIdsOfTasks(db, industry, undefined)).toContain(task75);
  });
});
