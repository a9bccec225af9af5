import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { listPlans } from "../../src/db/queries/plans.js";
import { isWorkingDay } from "../../src/domain/work-calendar.js";
import { shellActor } from "../../src/policies/actor.js";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import { logIn } from "../../src/services/auth/log-in.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import {
  claimEmptyDatabaseForDemo,
  demoClock,
  describeDemo,
} from "../../src/services/demo/demo-database.js";
import { DEMO_AS_OF, HALF_YEAR } from "../../src/services/demo/demo-script.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { listInstructions } from "../../src/services/instructions.js";
import { listTargets } from "../../src/services/targets/list-targets.js";
import { planStatus, type MilestoneStatusLine } from "../../src/services/plan-status.js";
import { reminderTick } from "../../src/services/reminders/reminder-scheduler.js";
import { officeClock } from "../../src/services/office-clock.js";
import { loadWorkCalendar } from "../../src/services/work-calendar.js";
import { listMilestoneRequests } from "../../src/services/workflow/review-queue.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";

const SHELL = shellActor("cli:test");
/** Some real moment well after the demo's year: the clock the demo is seeded against. */
const REAL_NOW = new Date("2026-03-02T03:04:05Z");

const seeded = async (db: Database): Promise<number> => {
  expect(await claimEmptyDatabaseForDemo(db, REAL_NOW)).toBe(true);
  return seedDemo(db);
};

/** "204（1）" → its line in a status report. */
const lineOf = (lines: readonly MilestoneStatusLine[], ref: string): MilestoneStatusLine => {
  const found = lines.find((line) => `${line.taskNo}（${line.seq}）` === ref);
  if (!found) throw new Error(`no milestone ${ref}`);
  return found;
};

describeEachDatabase("the demo", ({ open }) => {
  it("plays its half-year on working days only", async () => {
    const calendar = await loadWorkCalendar(await open());
    const offDays = HALF_YEAR.map((step) => step.on).filter((day) => !isWorkingDay(calendar, day));
    expect(offDays).toEqual([]);
    expect(HALF_YEAR.every((step) => step.on < DEMO_AS_OF)).toBe(true);
  });

  it("seeds accounts that log in and a half-year with every light as of the demo date", async () => {
    const db = await open();
    const planId = await seeded(db);

    for (const account of DEMO_ACCOUNTS) {
      const session = await logIn(
        db,
        { username: account.username, password: DEMO_PASSWORD, clientIp: null, userAgent: null },
        DEFAULT_AUTH_SETTINGS,
        new Date("2022-06-30T01:00:00Z"),
      );
      expect(session.user).toMatchObject({ unitName: account.unit, role: account.role });
    }

    const status = await planStatus(db, SHELL, { planId, asOf: DEMO_AS_OF });
    const lights = new Set(status.milestones.map((line) => line.light));
    expect([...lights].sort()).toEqual(["green", "red", "yellow"]);
    expect(status.counts).toMatchObject({ done: 3, overdue: 2 });
    expect(status.counts.dueSoon).toBeGreaterThan(0);
    expect(status.counts.inProgress).toBeGreaterThan(0);
    expect(status.counts.notStarted).toBeGreaterThan(0);
    // Never reported, or forgotten in June: the report last due is missing.
    expect(lineOf(status.milestones, "213（1）")).toMatchObject({
      reportMissing: true,
      light: "yellow",
    });
    // Overdue since April with no answer: escalated to 通报.
    expect(lineOf(status.milestones, "204（1）")).toMatchObject({
      status: "overdue",
      escalationLevel: "通报",
    });
    // The approved extension moved the due date; the deadline as written stays 30 June.
    expect(lineOf(status.milestones, "206（3）")).toMatchObject({
      status: "in_progress",
      due: "2022-09-30",
    });

    // The web app's first end-to-end test counts on these two alone being overdue on 20 June.
    const earlier = await planStatus(db, SHELL, { planId, asOf: "2022-06-20" });
    expect(
      earlier.milestones
        .filter((line) => line.status === "overdue")
        .map((line) => `${line.taskNo}（${line.seq}）`),
    ).toEqual(["204（1）", "204（2）"]);

    const requests = await listMilestoneRequests(db, SHELL, { planId });
    const summary = requests.map((r) => `${r.kind}:${r.state}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        "completion:approved",
        "completion:rejected",
        "completion:pending",
        "extension:approved",
        "extension:rejected",
        "extension:pending",
      ]),
    );

    const instructions = await listInstructions(db, SHELL, { planId });
    expect(instructions.map((i) => [i.closedAt === null, i.responses.length])).toEqual([
      [false, 1],
      [true, 0],
    ]);

    // The targets show progress: on course, short of its pace, behind; the rest not reported yet.
    const targets = await listTargets(db, SHELL, { planId, asOf: DEMO_AS_OF });
    const lightOf = (words: string) =>
      targets.find((t) => t.span?.text.includes(words) === true && t.milestoneId === null)?.progress
        .light;
    expect([lightOf("2300家"), lightOf("530家"), lightOf("2.7%")]).toEqual([
      "green",
      "yellow",
      "red",
    ]);
    expect(targets.filter((t) => t.state === "confirmed").length).toBeGreaterThan(3);
    expect(targets.some((t) => t.state === "confirmed" && t.progress.light === null)).toBe(true);
  }, 120_000);

  it("dates the seeded plan in the demo's year and runs the clock in demo time from then on", async () => {
    const db = await open();
    await seeded(db);
    const [plan] = await listPlans(db.kysely, "with_archived");
    expect(plan?.createdAt.slice(0, 10)).toBe("2022-01-04");
    expect(await describeDemo(db)).toEqual({
      asOf: DEMO_AS_OF,
      accounts: DEMO_ACCOUNTS.map(({ username, unit, role }) => ({ username, unit, role })),
    });

    // Seeded at REAL_NOW, which reads 2022-06-30 09:00 in Shanghai; an hour later, 10:00.
    const later = new Date(REAL_NOW.getTime() + 3_600_000);
    const clock = await demoClock(db, () => later);
    expect(clock?.().toISOString()).toBe("2022-06-30T02:00:00.000Z");

    // The reminder scheduler on that clock runs the demo day's reminders, from 09:00 on.
    const tick = await reminderTick(db, {
      intervalMs: 60_000,
      sendHour: 9,
      office: officeClock("Asia/Shanghai", clock ?? (() => later)),
      holder: "test",
      publicUrl: undefined,
      delivery: { timeoutMs: 1000 },
    });
    expect(tick.ran && tick.outcome.day).toBe(DEMO_AS_OF);

    // A second claim (a restart, another instance) finds the demo there.
    expect(await claimEmptyDatabaseForDemo(db, later)).toBe(false);
  }, 120_000);

  it("leaves a database with a plan alone, on the real clock", async () => {
    const db = await open();
    await importPlanFile(db, {
      bytes: readFixture("seed-2022-kjj.docx"),
      fileName: "seed-2022-kjj.docx",
      actor: SHELL,
    });
    expect(await claimEmptyDatabaseForDemo(db, REAL_NOW)).toBe(false);
    expect(await demoClock(db, () => REAL_NOW)).toBeNull();
    expect(await describeDemo(db)).toBeNull();
  });
});
