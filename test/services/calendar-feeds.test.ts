import { expect, it } from "vitest";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { shellActor, userActor } from "../../src/policies/actor.js";
import { createCalendarFeed } from "../../src/services/calendar-feeds/feeds.js";
import { readCalendarFeed } from "../../src/services/calendar-feeds/read-feed.js";
import { exportPlanFile } from "../../src/services/exports/export-plan-file.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { mergeUnits } from "../../src/services/merge-units.js";
import { createUnit } from "../../src/services/units.js";
import { createUser } from "../../src/services/users.js";
import type { Database } from "../../src/db/database.js";
import { describeEachDatabase } from "../support/databases.js";
import { readIcs } from "../support/read-ics.js";
import { unitPlan } from "../support/unit-plan.js";

const shell = shellActor("cli:test");
const NOW = new Date("2023-05-01T02:00:00Z");
const OPTIONS = { today: "2023-05-01", baseUrl: null };

/** 市审计局's 2023 plan, its second step reported every quarter; a staff member of its own. */
const auditWorld = async (db: Database) => {
  const plan = unitPlan(2023, "市审计局", "市统计局");
  const [task] = plan.tasks;
  const [first, second] = task?.milestones ?? [];
  if (!task || !first || !second) throw new Error("the unit plan is not as expected");
  const quarterly = {
    ...plan,
    tasks: [
      {
        ...task,
        milestones: [
          first,
          {
            ...second,
            deadline: { kind: "recurring", text: "每季度", every: "quarter", day: "end" } as const,
          },
        ],
      },
    ],
  };
  const imported = await importPlanFile(db, {
    bytes: await planToXlsx(quarterly),
    fileName: "audit-2023.xlsx",
    actor: shell,
  });
  if (imported.kind !== "created") throw new Error(`import: ${imported.kind}`);
  const unitId =
    (
      await db.kysely
        .selectFrom("units")
        .select("id")
        .where("name", "=", "市审计局")
        .executeTakeFirst()
    )?.id ?? 0;
  const user = await createUser(
    db,
    shell,
    {
      username: "sjj.feed",
      displayName: "审计局经办人",
      unitId,
      role: "unit_staff",
      password: "Correct-Horse-Battery-9",
    },
    NOW,
  );
  const { token } = await createCalendarFeed(db, userActor(user), { unitId, planId: null }, NOW);
  return { token, planId: imported.planId };
};

describeEachDatabase("calendar feeds", ({ open }) => {
  it("gives a recurring deadline one event per occurrence in the plan's year", async () => {
    const db = await open();
    const { token } = await auditWorld(db);
    const file = await readCalendarFeed(db, token, NOW, OPTIONS);
    const calendar = readIcs(new TextDecoder().decode(file.body as Uint8Array));
    const days = calendar.events.map((event) => [event.uid.replace(/\d+/, "N"), event.start]);
    expect(days).toEqual([
      ["duban-milestone-N@duban", "2023-03-31"],
      ["duban-milestone-N-20230331@duban", "2023-03-31"],
      ["duban-milestone-N-20230630@duban", "2023-06-30"],
      ["duban-milestone-N-20230930@duban", "2023-09-30"],
      ["duban-milestone-N-20231231@duban", "2023-12-31"],
    ]);
    const quarterly = calendar.events[2];
    expect(quarterly?.description).toContain("完成时限：每季度");
    expect(quarterly?.alarms).toHaveLength(3);
    expect(file.fileName).toBe("督办日历·市审计局.ics");
  });

  it("exports once what the feed gives: a plan's calendar, or one unit's part by name", async () => {
    const db = await open();
    const { token, planId } = await auditWorld(db);
    const feed = await readCalendarFeed(db, token, NOW, OPTIONS);
    const ics = (unit?: string) =>
      exportPlanFile(db, shell, { planId, format: "ics", ...(unit ? { unit } : {}) }, "2023-05-01");
    const uids = (file: typeof feed) =>
      readIcs(new TextDecoder().decode(file.body as Uint8Array)).events.map((e) => e.uid);
    const once = await ics("市审计局");
    expect(uids(once)).toEqual(uids(feed));
    expect(once).toMatchObject({
      fileName: "督办日历·市审计局·2023年市政府重点工作任务分解表（市审计局牵头部分）.ics",
      contentType: "text/calendar; charset=utf-8",
    });
    expect(uids(await ics())).toEqual(uids(feed));
    // 市统计局 shares only the first step.
    expect(uids(await ics("市统计局"))).toEqual(uids(feed).slice(0, 1));
    await expect(ics("市无此局")).rejects.toMatchObject({ code: "unit.not_found" });
    await expect(
      exportPlanFile(db, shell, { planId, format: "ics", revision: 1 }, "2023-05-01"),
    ).rejects.toMatchObject({ code: "export.unavailable", field: "querystring.revision" });
  });

  it("stops the feed of a unit merged into another", async () => {
    const db = await open();
    const { token } = await auditWorld(db);
    await readCalendarFeed(db, token, NOW, OPTIONS);
    await createUnit(db, shell, { name: "江门市审计局", kind: "unit" }, NOW);
    await mergeUnits(db, { keep: "江门市审计局", other: "市审计局", actor: shell });
    await expect(readCalendarFeed(db, token, NOW, OPTIONS)).rejects.toMatchObject({
      code: "calendar_feed.not_found",
    });
  });
});
