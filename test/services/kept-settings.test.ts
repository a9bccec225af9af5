import { expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { readPlanSettings } from "../../src/db/queries/plan-settings.js";
import { DEFAULT_PLAN_SETTINGS } from "../../src/domain/plan-settings.js";
import { isWorkingDay } from "../../src/domain/work-calendar.js";
import { shellActor } from "../../src/policies/actor.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { updatePlanSettings } from "../../src/services/plan-settings.js";
import {
  loadWorkCalendar,
  removeCalendarDay,
  setCalendarDay,
} from "../../src/services/work-calendar.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";

const SHELL = shellActor("cli:test");
const NOW = new Date("2022-06-01T08:00:00Z");

/** Two instances of the server on one database: each its own connection, and its own memory. */
const twoInstances = async (
  open: () => Promise<Database>,
): Promise<{ a: Database; b: Database; close: () => Promise<void> }> => {
  const a = await open();
  const b = openDatabase(a.config);
  return { a, b, close: () => b.close() };
};

describeEachDatabase("the calendar and plans' settings kept in memory", ({ open }) => {
  it("keeps the calendar until a day changes, whichever instance changes it", async () => {
    const { a, b, close } = await twoInstances(open);
    try {
      const kept = await loadWorkCalendar(b);
      expect(await loadWorkCalendar(b)).toBe(kept);
      expect(isWorkingDay(kept, "2022-06-20")).toBe(true);

      await setCalendarDay(a, SHELL, { date: "2022-06-20", kind: "holiday", name: "停工" }, NOW);
      expect(isWorkingDay(await loadWorkCalendar(b), "2022-06-20")).toBe(false);
      expect(isWorkingDay(await loadWorkCalendar(a), "2022-06-20")).toBe(false);

      await removeCalendarDay(b, SHELL, "2022-06-20", NOW);
      expect(isWorkingDay(await loadWorkCalendar(a), "2022-06-20")).toBe(true);
      expect(isWorkingDay(await loadWorkCalendar(b), "2022-06-20")).toBe(true);
    } finally {
      await close();
    }
  });

  it("keeps a plan's settings until they are saved, whichever instance saves them", async () => {
    const { a, b, close } = await twoInstances(open);
    try {
      const { planId } = await importPlanFile(a, {
        bytes: readFixture("seed-2022-kjj.docx"),
        fileName: "seed-2022-kjj.docx",
        actor: SHELL,
        now: () => NOW,
      });
      const kept = (await readPlanSettings(b.kysely, [planId])).get(planId);
      expect(kept).toMatchObject({ version: 0, settings: DEFAULT_PLAN_SETTINGS });
      expect((await readPlanSettings(b.kysely, [planId])).get(planId)).toBe(kept);

      await updatePlanSettings(
        a,
        SHELL,
        { planId, version: 0, settings: { ...DEFAULT_PLAN_SETTINGS, warningDays: 11 } },
        NOW,
      );
      expect((await readPlanSettings(b.kysely, [planId])).get(planId)).toMatchObject({
        version: 1,
        settings: { warningDays: 11 },
      });
    } finally {
      await close();
    }
  });
});
