import { afterEach, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { findUnitByName } from "../../src/db/queries/units.js";
import type { IsoDate } from "../../src/domain/iso-date.js";
import { shellActor, userActor } from "../../src/policies/actor.js";
import type { Role } from "../../src/domain/role.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { getMilestone, listMilestones, type MilestoneView } from "../../src/services/milestones.js";
import { planStatus } from "../../src/services/plan-status.js";
import { bootstrapAdministrator } from "../../src/services/bootstrap-administrator.js";
import { runReminders } from "../../src/services/reminders/run-reminders.js";
import { addUnitContact } from "../../src/services/reminders/unit-contacts.js";
import { createUser } from "../../src/services/users.js";
import { acknowledgeMilestone } from "../../src/services/workflow/acknowledge.js";
import { declareCompletion } from "../../src/services/workflow/declare-completion.js";
import { decideMilestoneRequest } from "../../src/services/workflow/decide-request.js";
import { reportProgress } from "../../src/services/workflow/report-progress.js";
import { requestExtension } from "../../src/services/workflow/request-extension.js";
import { describeEachDatabase } from "../support/databases.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";
import { readFixture } from "../support/fixtures.js";
import { json, startHttpReceiver } from "../support/http-receiver.js";
import { startSmtpReceiver } from "../support/smtp-receiver.js";

const SHELL = shellActor("cli:test");
const at = (day: IsoDate) => ({ now: new Date(`${day}T02:00:00Z`), today: day });

const actorFor = async (db: Database, username: string, unit: string, role: Role) => {
  const found = await findUnitByName(db.kysely, unit);
  if (!found) throw new Error(`no unit ${unit}`);
  const user = await createUser(
    db,
    SHELL,
    { username, displayName: username, unitId: found.id, role, password: "a-long-password" },
    new Date("2022-01-05T02:00:00Z"),
  );
  return userActor(user);
};

/** The milestone "序号 taskNo（seq）" of the reference plan. */
const milestoneOf = async (db: Database, taskNo: number, seq: number): Promise<MilestoneView> => {
  const all = await listMilestones(db, SHELL, {
    asOf: "2022-01-05",
    sort: "position",
    page: 1,
    pageSize: 200,
  });
  const found = all.items.find((m) => m.task.no === taskNo && m.seq === seq);
  if (!found) throw new Error(`no milestone ${taskNo}（${seq}）`);
  return found;
};

const receivers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

describeEachDatabase("a year of supervision on the reference plan", ({ open }) => {
  it("gives hand-computed statuses, lights, roll-ups and reminders at each date", async () => {
    const db = await open();
    const imported = await importPlanFile(db, {
      bytes: readFixture("seed-2022-kjj.docx"),
      fileName: "seed-2022-kjj.docx",
      actor: SHELL,
      now: () => new Date("2022-01-05T02:00:00Z"),
    });
    const planId = imported.planId;
    const leader = await actorFor(db, "kjj.leader", "市科技局", "unit_leader");
    const staff = await actorFor(db, "kjj.staff", "市科技局", "unit_staff");
    const office = await actorFor(db, "dcs", "市科技局", "supervisor");

    // 202（1） due 07-31; 204（1） due 03-31; 204（2） due 04-30 (the fixture's deadlines).
    const m202 = await milestoneOf(db, 202, 1);
    const m204a = await milestoneOf(db, 204, 1);
    const m204b = await milestoneOf(db, 204, 2);
    const status = async (m: MilestoneView, day: IsoDate) => {
      const view = await getMilestone(db, SHELL, m.id, day);
      return { status: view.status, light: view.light, due: view.due, late: view.late };
    };
    const version = async (m: MilestoneView) =>
      (await getMilestone(db, SHELL, m.id, "2022-12-31")).workflow.version;

    await acknowledgeMilestone(db, staff, { milestoneId: m202.id, version: 0 }, at("2022-01-10"));
    await reportProgress(
      db,
      staff,
      {
        milestoneId: m202.id,
        version: 1,
        text: "已启动",
        percent: 10,
        attachmentIds: [],
        cites: [],
      },
      at("2022-03-10"),
    );
    const extension = await requestExtension(
      db,
      leader,
      { milestoneId: m204a.id, version: 0, newDue: "2022-05-31", reason: "等待数据" },
      at("2022-03-20"),
    );
    await decideMilestoneRequest(
      db,
      office,
      { requestId: extension.requestId, version: 1, decision: "approve", comment: "" },
      at("2022-03-22"),
    );
    await reportProgress(
      db,
      staff,
      {
        milestoneId: m204b.id,
        version: 0,
        text: "推进中",
        percent: 60,
        attachmentIds: [],
        cites: [],
      },
      at("2022-04-05"),
    );
    const late = await declareCompletion(
      db,
      leader,
      {
        milestoneId: m204b.id,
        version: 1,
        completedOn: "2022-05-06",
        text: "已完成",
        attachmentIds: [],
      },
      at("2022-05-06"),
    );
    await decideMilestoneRequest(
      db,
      office,
      { requestId: late.requestId ?? -1, version: 2, decision: "approve", comment: "" },
      at("2022-05-08"),
    );
    const returned = await declareCompletion(
      db,
      leader,
      {
        milestoneId: m204a.id,
        version: await version(m204a),
        completedOn: "2022-05-20",
        text: "",
        attachmentIds: [],
      },
      at("2022-05-20"),
    );
    await decideMilestoneRequest(
      db,
      office,
      {
        requestId: returned.requestId ?? -1,
        version: await version(m204a),
        decision: "reject",
        comment: "佐证材料不足",
      },
      at("2022-05-21"),
    );

    // Acknowledgement is due 3 working days after publication (Wed 01-05 → Mon 01-10).
    expect((await getMilestone(db, SHELL, m202.id, "2022-01-11")).acknowledgementOverdue).toBe(
      false,
    );
    expect((await getMilestone(db, SHELL, m204a.id, "2022-01-10")).acknowledgementOverdue).toBe(
      false,
    );
    expect((await getMilestone(db, SHELL, m204a.id, "2022-01-11")).acknowledgementOverdue).toBe(
      true,
    );
    expect((await getMilestone(db, SHELL, m202.id, "2022-01-09")).acknowledgedOn).toBeNull();

    // Monthly reports are due on the 25th: the February report is owed until 202（1）
    // reports on 03-10, late, which settles it.
    expect(await status(m202, "2022-03-09")).toMatchObject({ light: "yellow" });
    expect(await status(m202, "2022-03-15")).toEqual({
      status: "in_progress",
      light: "green",
      due: "2022-07-31",
      late: null,
    });
    expect(await status(m202, "2022-03-25")).toMatchObject({
      status: "in_progress",
      light: "green",
    });
    // 204（1）: 10 days before its original due date, then moved to 05-31 on 03-22.
    expect(await status(m204a, "2022-03-21")).toMatchObject({
      status: "due_soon",
      due: "2022-03-31",
    });
    expect(await status(m204a, "2022-03-22")).toMatchObject({
      status: "not_started",
      due: "2022-05-31",
    });
    // 204（2）: due soon on its due day, overdue while the completion waits, done late once approved.
    expect(await status(m204b, "2022-04-30")).toMatchObject({
      status: "due_soon",
      light: "yellow",
    });
    expect(await status(m204b, "2022-05-07")).toMatchObject({ status: "overdue", light: "red" });
    expect(await status(m204b, "2022-05-08")).toEqual({
      status: "done",
      light: "green",
      due: "2022-04-30",
      late: true,
    });
    // 204（1）: the returned completion does not count; overdue after the extended date.
    expect(await status(m204a, "2022-05-25")).toMatchObject({
      status: "due_soon",
      due: "2022-05-31",
    });
    expect(await status(m204a, "2022-06-01")).toMatchObject({ status: "overdue", light: "red" });

    const may8 = await planStatus(db, SHELL, { planId, asOf: "2022-05-08" });
    expect(may8.counts.done).toBe(1);
    expect(may8.onTimeRate).toBe(0);
    expect(may8.completionRate).toBeCloseTo(1 / 38);
    expect(Object.values(may8.counts).reduce((a: number, b: number) => a + b, 0)).toBe(38);
    const kjj = await planStatus(db, SHELL, { planId, asOf: "2022-05-08", unit: "市科技局" });
    expect(kjj.counts.done).toBe(1);
    expect(kjj.cooperating).not.toBeNull();

    // Reminders, through e-mail and the WeCom robot, on the days the rules fire.
    const smtp = await startSmtpReceiver();
    const robot = await startHttpReceiver(json(200, { errcode: 0, errmsg: "ok" }));
    receivers.push(smtp, robot);
    await bootstrapAdministrator(db, "correct-horse-battery", new Date("2022-01-05T02:00:00Z"));
    const kjjUnit = leader.unitId;
    await addUnitContact(
      db,
      SHELL,
      {
        unitId: kjjUnit,
        label: "督办专员",
        contact: { kind: "email", address: "dbzy@kjj.gov.cn" },
      },
      new Date("2022-01-05T02:00:00Z"),
      LOCAL_RECEIVERS,
    );
    await addUnitContact(
      db,
      SHELL,
      {
        unitId: kjjUnit,
        label: "工作群",
        contact: { kind: "wecom", url: `${robot.origin}/send?key=k` },
      },
      new Date("2022-01-05T02:00:00Z"),
      LOCAL_RECEIVERS,
    );
    const remind = async (day: IsoDate) => {
      const run = await runReminders(db, {
        day,
        now: new Date(`${day}T02:00:00Z`),
        dryRun: false,
        publicUrl: undefined,
        delivery: {
          timeoutMs: 5_000,
          destinations: LOCAL_RECEIVERS,
          smtp: { url: `smtp://127.0.0.1:${smtp.port}`, from: "duban@gov.cn" },
        },
      });
      const lines = run.digests.flatMap((d) => d.reminders);
      return (m: MilestoneView) =>
        lines.filter((r) => r.item.milestoneId === m.id).map((r) => r.item.kind);
    };
    // Acknowledged 01-10, 202（1） owes nothing; the others are reminded 3 working days on.
    expect((await remind("2022-01-10"))(m204a)).toEqual(["unacknowledged"]);
    // February's report (due 02-25) missing for all but 202（1）… which had none either.
    expect((await remind("2022-02-26"))(m202)).toEqual(["missing_report"]);
    // 204（1）: 15 days before 03-31, then (extended) 15 days before 05-31, then overdue.
    expect((await remind("2022-03-16"))(m204a)).toEqual(["before_due"]);
    expect((await remind("2022-05-16"))(m204a)).toEqual(["before_due"]);
    expect((await remind("2022-06-01"))(m204a)).toEqual(["overdue", "escalated"]);
    // 204（2）: due 04-30, declared 05-06 and approved 05-08: overdue on 05-01, silent once done.
    expect((await remind("2022-05-01"))(m204b)).toEqual(["overdue", "escalated"]);
    expect((await remind("2022-05-08"))(m204b)).toEqual([]);
    // Every digest went to both contacts.
    expect(smtp.received).toHaveLength(robot.requests.length);
    expect(smtp.received.length).toBeGreaterThanOrEqual(6);

    // Year end: 204（2） done late, 204（1） overdue since 06-01, the rest overdue from 12-16.
    const yearEnd = await planStatus(db, SHELL, { planId, asOf: "2022-12-31" });
    expect(yearEnd.counts).toEqual({
      done: 1,
      overdue: 37,
      dueSoon: 0,
      inProgress: 0,
      notStarted: 0,
    });

    // A stale write changes nothing.
    await expect(
      reportProgress(
        db,
        staff,
        {
          milestoneId: m202.id,
          version: 1,
          text: "重复",
          percent: null,
          attachmentIds: [],
          cites: [],
        },
        at("2022-06-02"),
      ),
    ).rejects.toMatchObject({ code: "milestone.conflict" });
  });
});
