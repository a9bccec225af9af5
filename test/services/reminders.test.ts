import type { ServerResponse } from "node:http";
import { afterEach, expect, it, vi } from "vitest";
import { simpleParser } from "mailparser";
import type { Database } from "../../src/db/database.js";
import { openDatabase } from "../../src/db/database.js";
import { readLedger } from "../../src/db/queries/milestone-ledger.js";
import { findMilestoneIdsInOrder, findMilestoneKeys } from "../../src/db/queries/milestone-rows.js";
import { listDeliveries } from "../../src/db/queries/reminders.js";
import { findUnitByName } from "../../src/db/queries/units.js";
import type { IsoDate } from "../../src/domain/iso-date.js";
import { shellActor } from "../../src/policies/actor.js";
import { bootstrapAdministrator, OFFICE_UNIT } from "../../src/services/bootstrap-administrator.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { setPlanArchive } from "../../src/services/plan-lifecycle.js";
import { officeClock } from "../../src/services/office-clock.js";
import { reminderTick } from "../../src/services/reminders/reminder-scheduler.js";
import { startReminderThread } from "../../src/services/reminders/reminder-thread.js";
import { INTERRUPTED, runReminders } from "../../src/services/reminders/run-reminders.js";
import { addUnitContact } from "../../src/services/reminders/unit-contacts.js";
import { describeEachDatabase } from "../support/databases.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";
import { readFixture } from "../support/fixtures.js";
import { json, startHttpReceiver, type HttpReceiver } from "../support/http-receiver.js";
import { smtpReply, startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver.js";

const SHELL = shellActor("cli:test");
const JAN_5 = new Date("2022-01-05T02:00:00Z");

const receivers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

interface World {
  readonly db: Database;
  readonly smtp: SmtpReceiver;
  readonly robot: HttpReceiver;
  readonly run: (day: IsoDate, at?: Date) => ReturnType<typeof runReminders>;
}

/** The reference plan published on 2022-01-05; 市科技局 gets e-mail and a WeCom robot. */
/** What the day's run would send, at 10:00 Beijing, recording and sending nothing. */
const dryRunOn = (db: Database, day: IsoDate) =>
  runReminders(db, {
    day,
    now: new Date(`${day}T02:00:00Z`),
    dryRun: true,
    publicUrl: undefined,
    delivery: { timeoutMs: 1_000 },
  });

const worldOn = async (db: Database, smtpFails = false): Promise<World> => {
  let failing = smtpFails;
  const smtp = await startSmtpReceiver({
    onRcptTo: (_address, _session, callback) => {
      callback(failing ? smtpReply(451, "try again later") : null);
    },
  });
  const robot = await startHttpReceiver(json(200, { errcode: 0, errmsg: "ok" }));
  receivers.push(smtp, robot);
  await importPlanFile(db, {
    bytes: readFixture("seed-2022-kjj.docx"),
    fileName: "seed-2022-kjj.docx",
    actor: SHELL,
    now: () => JAN_5,
  });
  await bootstrapAdministrator(db, "correct-horse-battery", JAN_5);
  const kjj = await findUnitByName(db.kysely, "市科技局");
  const office = await findUnitByName(db.kysely, OFFICE_UNIT);
  if (!kjj || !office) throw new Error("units missing");
  await addUnitContact(
    db,
    SHELL,
    {
      unitId: kjj.id,
      label: "科技局督办专员",
      contact: { kind: "email", address: "dbzy@kjj.gov.cn" },
    },
    JAN_5,
    LOCAL_RECEIVERS,
  );
  await addUnitContact(
    db,
    SHELL,
    {
      unitId: kjj.id,
      label: "科技局工作群",
      contact: { kind: "wecom", url: `${robot.origin}/cgi-bin/webhook/send?key=k1` },
    },
    JAN_5,
    LOCAL_RECEIVERS,
  );
  await addUnitContact(
    db,
    SHELL,
    { unitId: office.id, label: "督查室", contact: { kind: "email", address: "dcs@gov.cn" } },
    JAN_5,
    LOCAL_RECEIVERS,
  );
  const world: World = {
    db,
    smtp,
    robot,
    run: (day, at = new Date(`${day}T02:00:00Z`)) =>
      runReminders(db, {
        day,
        now: at,
        dryRun: false,
        publicUrl: undefined,
        delivery: {
          timeoutMs: 5_000,
          destinations: LOCAL_RECEIVERS,
          smtp: { url: `smtp://127.0.0.1:${smtp.port}`, from: "督办系统 <duban@gov.cn>" },
        },
      }),
  };
  Object.defineProperty(world, "heal", { value: () => (failing = false) });
  return world;
};

const subjects = async (smtp: SmtpReceiver): Promise<string[]> =>
  Promise.all(smtp.received.map(async (mail) => (await simpleParser(mail.raw)).subject ?? ""));

describeEachDatabase("reminders", ({ open }) => {
  it("sends each day's digest once by e-mail and robot, whatever reruns and restarts", async () => {
    const world = await worldOn(await open());
    // 06-15: fifteen days before the seven milestones due 06-30 (203（1）, 205（1）, …).
    const first = await world.run("2022-06-15");
    const kjj = first.digests.find((d) => d.unit === "市科技局");
    expect(
      kjj?.reminders
        .filter((r) => r.item.kind === "before_due")
        .map((r) => `${r.taskNo}（${r.seq}）`),
    ).toEqual(
      expect.arrayContaining([
        "203（1）",
        "205（1）",
        "205（2）",
        "206（2）",
        "206（3）",
        "206（4）",
        "207（1）",
      ]),
    );
    expect(world.smtp.received.map((m) => m.to)).toContainEqual(["dbzy@kjj.gov.cn"]);
    expect(await subjects(world.smtp)).toContain(
      "【督办提醒】市科技局 2022-06-15：" + String(kjj?.reminders.length) + "项",
    );
    const mail = await simpleParser(world.smtp.received[0]?.raw ?? Buffer.alloc(0));
    expect(mail.text).toContain("【临期提醒（还有15天）】序号203（1）");
    expect(mail.headers.get("x-duban-reminder")).toMatch(/^digest:\d+$/);
    expect(world.robot.requests).toHaveLength(1);
    const robotBody = JSON.parse(world.robot.requests[0]?.body.toString() ?? "{}") as {
      msgtype: string;
      markdown: { content: string };
    };
    expect(robotBody.msgtype).toBe("markdown");
    expect(robotBody.markdown.content).toContain("**临期提醒（还有15天）** 序号203（1）");

    const mails = world.smtp.received.length;
    const again = await world.run("2022-06-15", new Date("2022-06-15T06:00:00Z"));
    expect(again.digests).toEqual([]);
    expect(again.deliveries).toEqual([]);

    // A restart: a new connection, the same database.
    const restarted = openDatabase(world.db.config);
    try {
      const afterRestart = await runReminders(restarted, {
        day: "2022-06-15",
        now: new Date("2022-06-15T08:00:00Z"),
        dryRun: false,
        publicUrl: undefined,
        delivery: {
          timeoutMs: 5_000,
          destinations: LOCAL_RECEIVERS,
          smtp: { url: `smtp://127.0.0.1:${world.smtp.port}`, from: "duban@gov.cn" },
        },
      });
      expect(afterRestart.digests).toEqual([]);
    } finally {
      await restarted.close();
    }
    expect(world.smtp.received).toHaveLength(mails);
    expect(world.robot.requests).toHaveLength(1);
  });

  it("escalates overdue milestones and tells the office from 督办通知 on", async () => {
    const world = await worldOn(await open());
    // 204（1） was due 03-31: the day after, the first level; 15 days overdue, the office is told.
    const april1 = await world.run("2022-04-01");
    const kjj = april1.digests.find((d) => d.unit === "市科技局");
    expect(kjj?.message.text).toContain("【逾期1天（提醒）】序号204（1）");
    expect(kjj?.message.text).toContain("【升级为「提醒」】序号204（1）");
    expect(april1.digests.find((d) => d.unit === OFFICE_UNIT)).toBeUndefined();
    const april15 = await world.run("2022-04-15");
    const office = april15.digests.find((d) => d.unit === OFFICE_UNIT);
    expect(office?.message.text).toContain("【升级为「督办通知」】序号204（1）");
    // Weekly: 1, 8, 15 days overdue.
    const april8 = await world.run("2022-04-08");
    expect(april8.digests.find((d) => d.unit === "市科技局")?.message.text).toContain(
      "【逾期8天（催办）】序号204（1）",
    );
    const levels = (
      await readLedger(world.db.kysely, [kjj?.reminders[0]?.item.milestoneId ?? -1])
    ).flatMap(({ entry }) => (entry.kind === "escalated" ? [entry.level] : []));
    expect(levels).toEqual(["提醒", "催办", "督办通知"]);
  });

  it("retries a failed delivery with backoff and logs each result", async () => {
    const world = await worldOn(await open(), true);
    await world.run("2022-06-15");
    const failed = (await listDeliveries(world.db.kysely)).filter(
      (d) => d.contact.kind === "email",
    );
    expect(failed.map((d) => d.state)).toEqual(["retrying", "retrying"].slice(0, failed.length));
    expect(failed[0]?.lastResult).toMatch(/451/);
    expect(failed[0]?.nextAttemptAt).toBe("2022-06-15T02:01:00.000Z");
    (world as unknown as { heal: () => void }).heal();
    // Not yet time: nothing is tried.
    expect((await world.run("2022-06-15", new Date("2022-06-15T02:00:30Z"))).deliveries).toEqual(
      [],
    );
    const retried = await world.run("2022-06-15", new Date("2022-06-15T02:01:00Z"));
    expect(retried.deliveries.every((d) => d.state === "sent")).toBe(true);
    expect((await listDeliveries(world.db.kysely)).every((d) => d.state === "sent")).toBe(true);
  });

  it("lets exactly one of two instances send", async () => {
    const world = await worldOn(await open());
    const second = openDatabase(world.db.config);
    try {
      const settings = (holder: string) => ({
        intervalMs: 60_000,
        sendHour: 9,
        office: officeClock("Asia/Shanghai", () => new Date("2022-06-15T02:00:00Z")),
        holder,
        publicUrl: undefined,
        delivery: {
          timeoutMs: 5_000,
          destinations: LOCAL_RECEIVERS,
          smtp: { url: `smtp://127.0.0.1:${world.smtp.port}`, from: "duban@gov.cn" },
        },
      });
      const [a, b] = await Promise.all([
        reminderTick(world.db, settings("instance-a")),
        reminderTick(second, settings("instance-b")),
      ]);
      expect([a.ran, b.ran].filter(Boolean)).toHaveLength(1);
      expect([a, b].find((t) => !t.ran)).toMatchObject({ reason: "not_holder" });
      expect(world.robot.requests).toHaveLength(1);
      // Before the sending hour (08:00 in Shanghai) the holder waits.
      const early = await reminderTick(world.db, {
        ...settings(a.ran ? "instance-a" : "instance-b"),
        office: officeClock("Asia/Shanghai", () => new Date("2022-06-16T00:00:00Z")),
      });
      expect(early).toEqual({ ran: false, reason: "too_early" });
    } finally {
      await second.close();
    }
  });

  it("sends nothing twice when the next tick comes while a slow receiver still answers", async () => {
    const world = await worldOn(await open());
    // The robot answers after 300 ms; the scheduler ticks every 20 ms.
    world.robot.respondWith((_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ errcode: 0, errmsg: "ok" }));
      }, 300);
    });
    const quiet = { info: () => undefined, error: () => undefined };
    const scheduler = startReminderThread(
      world.db,
      {
        intervalMs: 20,
        sendHour: 9,
        office: officeClock("Asia/Shanghai", () => new Date("2022-06-15T02:00:00Z")),
        holder: "slow-receiver",
        publicUrl: undefined,
        delivery: {
          timeoutMs: 5_000,
          smtp: { url: `smtp://127.0.0.1:${world.smtp.port}`, from: "duban@gov.cn" },
          destinations: LOCAL_RECEIVERS,
        },
      },
      quiet,
    );
    try {
      await vi.waitFor(
        async () => {
          const rows = await listDeliveries(world.db.kysely);
          expect(rows.length).toBeGreaterThan(0);
          expect(rows.every((r) => r.state === "sent")).toBe(true);
        },
        { timeout: 10_000, interval: 50 },
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
    } finally {
      await scheduler.stop();
    }
    expect(world.robot.requests).toHaveLength(1);
  });

  it("never sends again a delivery whose sending a crash interrupted", async () => {
    const world = await worldOn(await open());
    // The robot holds its answer: the first run is "killed" while it waits for it.
    const held: ServerResponse[] = [];
    world.robot.respondWith((_request, response) => {
      held.push(response);
    });
    const killed = world.run("2022-06-15");
    await vi.waitFor(
      () => {
        expect(world.robot.requests).toHaveLength(1);
      },
      { timeout: 10_000 },
    );
    const restarted = openDatabase(world.db.config);
    try {
      world.robot.respondWith(json(200, { errcode: 0, errmsg: "ok" }));
      await runReminders(restarted, {
        day: "2022-06-15",
        now: new Date("2022-06-15T03:00:00Z"),
        dryRun: false,
        publicUrl: undefined,
        delivery: { timeoutMs: 5_000 },
      });
      expect(world.robot.requests).toHaveLength(1);
      const robotDelivery = (await listDeliveries(restarted.kysely)).find(
        (d) => d.contact.kind === "wecom",
      );
      expect(robotDelivery).toMatchObject({ state: "failed", lastResult: INTERRUPTED });
    } finally {
      for (const response of held) response.end("{}");
      await killed;
      await restarted.close();
    }
  });

  it("prints a dry run without recording or sending anything", async () => {
    const world = await worldOn(await open());
    const dry = await dryRunOn(world.db, "2022-06-15");
    expect(dry.digests.length).toBeGreaterThan(0);
    expect(world.smtp.received).toHaveLength(0);
    expect(await listDeliveries(world.db.kysely)).toEqual([]);
    expect((await world.run("2022-06-15")).digests.length).toBe(dry.digests.length);
  });

  it("lists a digest's lines in the table's order", async () => {
    const world = await worldOn(await open());
    const dry = await dryRunOn(world.db, "2022-06-15");
    const [plan] = await world.db.kysely.selectFrom("plans").select("id").execute();
    const planId = plan?.id ?? 0;
    const table = await findMilestoneIdsInOrder(world.db.kysely, { planId });
    const keys = await findMilestoneKeys(world.db.kysely, { planId });
    expect(table).toEqual(
      keys
        .sort((a, b) => a.taskPosition - b.taskPosition || a.position - b.position || a.id - b.id)
        .map((k) => k.id),
    );
    for (const digest of dry.digests) {
      const places = digest.reminders.map((r) => table.indexOf(r.item.milestoneId));
      expect(places).not.toContain(-1);
      expect(places).toEqual([...places].sort((a, b) => a - b));
    }
  });
});

describeEachDatabase("reminders of an archived plan", ({ open }) => {
  it("fires nothing for a plan an administrator archived", async () => {
    const world = await worldOn(await open());
    expect((await dryRunOn(world.db, "2022-06-15")).digests.length).toBeGreaterThan(0);
    const [plan] = await world.db.kysely.selectFrom("plans").select("id").execute();
    await setPlanArchive(world.db, SHELL, { planId: plan?.id ?? 0, archived: true }, JAN_5);
    expect((await dryRunOn(world.db, "2022-06-15")).digests).toEqual([]);
  });
});

describeEachDatabase("reminders across plans", ({ open }) => {
  const PUBLIC_URL = "https://duban.example.gov.cn";
  /** A special plan beside the reference one, the same year. */
  const SPECIAL = "2022年优化营商环境重点任务分解表（市科技局牵头部分）";

  it("sends a unit one digest a day for every plan, grouped by plan, each line linking to its milestone", async () => {
    const world = await worldOn(await open());
    await importPlanFile(world.db, {
      bytes: readFixture("seed-2022-kjj.csv"),
      fileName: "seed-2022-yshj.csv",
      title: SPECIAL,
      actor: SHELL,
      now: () => JAN_5,
    });
    const plans = await world.db.kysely.selectFrom("plans").select(["id", "title"]).execute();
    expect(plans).toHaveLength(2);
    const run = await runReminders(world.db, {
      day: "2022-06-15",
      now: new Date("2022-06-15T02:00:00Z"),
      dryRun: false,
      delivery: {
        timeoutMs: 5_000,
        destinations: LOCAL_RECEIVERS,
        smtp: { url: `smtp://127.0.0.1:${world.smtp.port}`, from: "督办系统 <duban@gov.cn>" },
      },
      publicUrl: PUBLIC_URL,
    });
    const kjj = run.digests.filter((d) => d.unit === "市科技局");
    expect(kjj).toHaveLength(1);
    const [digest] = kjj;
    const planIds = new Set(digest?.reminders.map((r) => r.planId));
    expect(planIds).toEqual(new Set(plans.map((p) => p.id)));
    const { text = "", markdown = "", title = "" } = digest?.message ?? {};
    expect(title).toContain("（2个计划）");
    // Each plan once, as a heading over its own lines.
    for (const plan of plans) {
      expect(text.split(`《${plan.title}》`)).toHaveLength(2);
      expect(markdown).toContain(`#### 《${plan.title}》`);
    }
    const sections = markdown.split("#### ").slice(1);
    for (const reminder of digest?.reminders ?? []) {
      const url = `${PUBLIC_URL}/milestones/${String(reminder.item.milestoneId)}`;
      expect(text).toContain(`｜${url}`);
      const section = sections.find((s) => s.includes(`](${url})`));
      expect(section?.startsWith(`《${reminder.plan.title}》`)).toBe(true);
    }
    // One message per contact: the robot gets one post, the mailbox one mail.
    const posts = world.robot.requests.map(
      (r) => JSON.parse(r.body.toString("utf8")) as { markdown: { content: string } },
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]?.markdown.content).toContain(`](${PUBLIC_URL}/milestones/`);
    const mails = await Promise.all(world.smtp.received.map((m) => simpleParser(m.raw)));
    const toKjj = mails.filter((m) => JSON.stringify(m.to).includes("dbzy@kjj.gov.cn"));
    expect(toKjj).toHaveLength(1);
    expect(toKjj[0]?.text).toContain(`${PUBLIC_URL}/milestones/`);
    expect(toKjj[0]?.text).toContain(`《${SPECIAL}》`);
  });
});
