import { expect, it } from "vitest";
import { listAudit } from "../../src/db/queries/audit.js";
import { addWorkingDays, isWorkingDay } from "../../src/domain/work-calendar.js";
import { shellActor, userActor, type ApiActor } from "../../src/policies/actor.js";
import type { Role } from "../../src/domain/role.js";
import {
  getCalendarDay,
  listCalendarDays,
  loadWorkCalendar,
  removeCalendarDay,
  setCalendarDay,
} from "../../src/services/work-calendar.js";
import { writeTransaction } from "../../src/db/write-transaction.js";
import { describeEachDatabase } from "../support/databases.js";

const actor = (role: Role, userId = 1): ApiActor =>
  userActor({ id: userId, username: role, unitId: 1, role });

const admin = actor("admin");
const now = new Date("2022-06-01T08:00:00Z");

describeEachDatabase("the working-day calendar", ({ open }) => {
  it("is the shipped calendar on a new database", async () => {
    const db = await open();
    const calendar = await loadWorkCalendar(db);
    expect(isWorkingDay(calendar, "2022-10-03")).toBe(false);
    expect(isWorkingDay(calendar, "2022-10-08")).toBe(true);
    expect(addWorkingDays(calendar, "2022-09-30", 1)).toBe("2022-10-08");

    const year = await listCalendarDays(db, actor("unit_staff"), 2022);
    expect(year.notice).toEqual({
      title: "国务院办公厅关于2022年部分节假日安排的通知",
      documentNumber: "国办发明电〔2021〕11号",
      issued: "2021-10-25",
    });
    expect(year.days.every((day) => day.source === "shipped")).toBe(true);
    expect(year.days.filter((day) => day.kind === "workday").map((day) => day.date)).toEqual([
      "2022-01-29",
      "2022-01-30",
      "2022-04-02",
      "2022-04-24",
      "2022-05-07",
      "2022-10-08",
      "2022-10-09",
    ]);
    // 元旦 2023 begins on the last day of 2022.
    expect(year.days.at(-1)).toEqual({
      date: "2022-12-31",
      kind: "holiday",
      name: "元旦",
      source: "shipped",
    });
    expect(year.cleared).toEqual([]);
    expect((await listCalendarDays(db, admin, 2030)).notice).toBeNull();
  });

  it("takes an administrator's holiday on an ordinary weekday, audited, and undoes it", async () => {
    const db = await open();
    const set = await setCalendarDay(
      db,
      admin,
      { date: "2022-06-20", kind: "holiday", name: " 防汛停工 " },
      now,
    );
    expect(set).toEqual({
      date: "2022-06-20",
      kind: "holiday",
      name: "防汛停工",
      source: "override",
      working: false,
      shipped: null,
    });
    expect(isWorkingDay(await loadWorkCalendar(db), "2022-06-20")).toBe(false);
    expect((await listCalendarDays(db, admin, 2022)).days).toContainEqual({
      date: "2022-06-20",
      kind: "holiday",
      name: "防汛停工",
      source: "override",
    });

    const removed = await removeCalendarDay(db, admin, "2022-06-20", now);
    expect(removed).toMatchObject({ kind: "normal", source: "rule", working: true });
    expect(isWorkingDay(await loadWorkCalendar(db), "2022-06-20")).toBe(true);

    const { entries } = await listAudit(db.kysely, { objectType: "calendar_day" });
    expect(entries.map((entry) => [entry.action, entry.objectId, entry.actor])).toEqual([
      ["calendar.day_removed", "2022-06-20", "user:admin"],
      ["calendar.day_set", "2022-06-20", "user:admin"],
    ]);
    expect(entries[1]?.before).toEqual({ kind: "normal", name: "", source: "rule" });
    expect(entries[1]?.after).toEqual({ kind: "holiday", name: "防汛停工", source: "override" });
    expect(entries[1]?.userId).toBe(1);
  });

  it("removes a shipped holiday with 'normal', lists it as cleared, and restores it", async () => {
    const db = await open();
    const set = await setCalendarDay(
      db,
      admin,
      { date: "2022-10-03", kind: "normal", name: "" },
      now,
    );
    expect(set).toMatchObject({ kind: "normal", source: "override", working: true });
    expect(set.shipped).toEqual({ date: "2022-10-03", kind: "holiday", name: "国庆节" });
    expect(isWorkingDay(await loadWorkCalendar(db), "2022-10-03")).toBe(true);

    const year = await listCalendarDays(db, admin, 2022);
    expect(year.days.some((day) => day.date === "2022-10-03")).toBe(false);
    expect(year.cleared).toEqual([{ date: "2022-10-03", kind: "holiday", name: "国庆节" }]);

    // A make-up Saturday set back to the weekday rule is a day off again.
    await setCalendarDay(db, admin, { date: "2022-10-08", kind: "normal", name: "取消调休" }, now);
    expect(isWorkingDay(await loadWorkCalendar(db), "2022-10-08")).toBe(false);

    expect(await removeCalendarDay(db, admin, "2022-10-03", now)).toMatchObject({
      kind: "holiday",
      name: "国庆节",
      source: "shipped",
      working: false,
    });
    expect(isWorkingDay(await loadWorkCalendar(db), "2022-10-03")).toBe(false);
    expect((await listCalendarDays(db, admin, 2022)).cleared.map((day) => day.date)).toEqual([
      "2022-10-08",
    ]);
  });

  it("turns a shipped holiday into a working day", async () => {
    const db = await open();
    await setCalendarDay(db, admin, { date: "2022-10-07", kind: "workday", name: "值守" }, now);
    const calendar = await loadWorkCalendar(db);
    expect(addWorkingDays(calendar, "2022-09-30", 1)).toBe("2022-10-07");
    expect(await getCalendarDay(db, actor("unit_staff"), "2022-10-07")).toMatchObject({
      kind: "workday",
      source: "override",
      working: true,
    });
  });

  it("stores nothing that says what is shipped, and logs only real changes", async () => {
    const db = await open();
    // A shipped holiday renamed is a change; named back, it is the shipped entry again.
    await setCalendarDay(db, admin, { date: "2022-10-03", kind: "holiday", name: "国庆" }, now);
    await setCalendarDay(db, admin, { date: "2022-10-03", kind: "holiday", name: "国庆" }, now);
    const back = await setCalendarDay(
      db,
      admin,
      { date: "2022-10-03", kind: "holiday", name: "国庆节" },
      now,
    );
    expect(back.source).toBe("shipped");
    // 'normal' on an ordinary day is the weekday rule already.
    const plain = await setCalendarDay(
      db,
      admin,
      { date: "2022-06-21", kind: "normal", name: "" },
      now,
    );
    expect(plain.source).toBe("rule");
    expect(await db.kysely.selectFrom("calendar_days").selectAll().execute()).toEqual([]);

    // Removing a change that is not there is no error and no entry.
    expect(await removeCalendarDay(db, admin, "2022-06-21", now)).toMatchObject({
      source: "rule",
    });
    const { entries } = await listAudit(db.kysely, { objectType: "calendar_day" });
    expect(entries.map((entry) => entry.action)).toEqual(["calendar.day_set", "calendar.day_set"]);
  });

  it("lets only administrators and the shell change it, and everyone read it", async () => {
    const db = await open();
    for (const role of ["supervisor", "unit_leader", "unit_staff"] as const) {
      await expect(
        setCalendarDay(db, actor(role), { date: "2022-06-20", kind: "holiday", name: "x" }, now),
      ).rejects.toMatchObject({ code: "auth.forbidden" });
      await expect(removeCalendarDay(db, actor(role), "2022-10-03", now)).rejects.toMatchObject({
        code: "auth.forbidden",
      });
      expect((await listCalendarDays(db, actor(role), 2022)).days.length).toBeGreaterThan(30);
    }
    const shell = shellActor("cli:test");
    await setCalendarDay(db, shell, { date: "2022-06-20", kind: "holiday", name: "x" }, now);
    const { entries } = await listAudit(db.kysely, { objectType: "calendar_day" });
    expect(entries.map((entry) => [entry.actor, entry.userId])).toEqual([["cli:test", null]]);
  });

  it("reads the calendar inside a transaction", async () => {
    const db = await open();
    await setCalendarDay(db, admin, { date: "2022-06-20", kind: "holiday", name: "x" }, now);
    const working = await writeTransaction(db, async (trx) =>
      isWorkingDay(await loadWorkCalendar(trx), "2022-06-20"),
    );
    expect(working).toBe(false);
  });

  it("refuses what is not a day", async () => {
    const db = await open();
    await expect(
      setCalendarDay(db, admin, { date: "2022-02-30", kind: "holiday", name: "x" }, now),
    ).rejects.toBeInstanceOf(RangeError);
    await expect(removeCalendarDay(db, admin, "2022/10/03", now)).rejects.toBeInstanceOf(
      RangeError,
    );
  });
});
