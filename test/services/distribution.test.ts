import { simpleParser } from "mailparser";
import { afterEach, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { readLedger } from "../../src/db/queries/milestone-ledger.js";
import { findUnitByName } from "../../src/db/queries/units.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { shellActor, userActor, type Actor } from "../../src/policies/actor.js";
import { bootstrapAdministrator } from "../../src/services/bootstrap-administrator.js";
import {
  distributePlan,
  type DistributionChannels,
} from "../../src/services/distribution/distribute-plan.js";
import { listDistributions } from "../../src/services/distribution/list-distributions.js";
import { signDistribution } from "../../src/services/distribution/sign-distribution.js";
import { DubanError } from "../../src/services/duban-error.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { mergeUnits } from "../../src/services/merge-units.js";
import { addUnitContact } from "../../src/services/reminders/unit-contacts.js";
import { sliceStoredPlan } from "../../src/services/slice-stored-plan.js";
import { createUser } from "../../src/services/users.js";
import { acknowledgeMilestone } from "../../src/services/workflow/acknowledge.js";
import { ledMilestoneStates } from "../../src/services/distribution/unit-acknowledgement.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";
import { parseWithoutSources } from "../support/without-sources.js";
import { json, startHttpReceiver, type HttpReceiver } from "../support/http-receiver.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";
import { smtpReply, startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver.js";

const SHELL = shellActor("cli:test");
const JAN_5 = new Date("2022-01-05T02:00:00Z");
const clock = () => JAN_5;
const TIME = { now: JAN_5, today: "2022-01-05" } as const;
const PUBLIC_URL = "https://duban.example.gov.cn";

const receivers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

interface World {
  readonly db: Database;
  readonly planId: number;
  readonly smtp: SmtpReceiver;
  readonly robot: HttpReceiver;
  readonly channels: DistributionChannels;
  readonly kjj: number;
  readonly jrj: number;
  readonly office: Actor;
  readonly kjjStaff: Actor;
}

/**
 * The reference table (市科技局's part, in which 市金融局 leads task 228) published on
 * 2022-01-05. 市科技局 has an e-mail address and a WeCom robot; 市金融局 a robot that refuses
 * and an address the SMTP server refuses for good.
 */
const worldOn = async (db: Database): Promise<World> => {
  const smtp = await startSmtpReceiver({
    onRcptTo: (address, _session, callback) => {
      callback(address.address.endsWith("@jrj.gov.cn") ? smtpReply(550, "no such user") : null);
    },
  });
  const robot = await startHttpReceiver((request, response) => {
    const refuse = request.url.includes("key=jrj");
    json(200, refuse ? { errcode: 93000, errmsg: "invalid webhook url" } : { errcode: 0 })(
      request,
      response,
    );
  });
  receivers.push(smtp, robot);
  const imported = await importPlanFile(db, {
    bytes: readFixture("seed-2022-kjj.docx"),
    fileName: "seed-2022-kjj.docx",
    actor: SHELL,
    now: () => JAN_5,
  });
  await bootstrapAdministrator(db, "correct-horse-battery", JAN_5);
  const kjj = (await findUnitByName(db.kysely, "市科技局"))?.id ?? -1;
  const jrj = (await findUnitByName(db.kysely, "市金融局"))?.id ?? -1;
  const contact = async (unitId: number, label: string, value: unknown) =>
    addUnitContact(
      db,
      SHELL,
      { unitId, label, contact: value as Parameters<typeof addUnitContact>[2]["contact"] },
      JAN_5,
      LOCAL_RECEIVERS,
    );
  await contact(kjj, "督办专员", { kind: "email", address: "dbzy@kjj.gov.cn" });
  await contact(kjj, "工作群", {
    kind: "wecom",
    url: `${robot.origin}/cgi-bin/webhook/send?key=kjj`,
  });
  await contact(jrj, "督办专员", { kind: "email", address: "dbzy@jrj.gov.cn" });
  await contact(jrj, "工作群", {
    kind: "wecom",
    url: `${robot.origin}/cgi-bin/webhook/send?key=jrj`,
  });
  const officeUnit = (
    await db.kysely
      .selectFrom("units")
      .select("id")
      .where("name", "=", "督查室")
      .executeTakeFirstOrThrow()
  ).id;
  const user = async (username: string, unitId: number, role: "supervisor" | "unit_staff") =>
    userActor(
      await createUser(
        db,
        SHELL,
        { username, displayName: username, unitId, role, password: "correct-horse-battery-1" },
        JAN_5,
      ),
    );
  return {
    db,
    planId: imported.planId,
    smtp,
    robot,
    kjj,
    jrj,
    office: await user("office", officeUnit, "supervisor"),
    kjjStaff: await user("kjj", kjj, "unit_staff"),
    channels: {
      publicUrl: PUBLIC_URL,
      delivery: {
        timeoutMs: 5_000,
        destinations: LOCAL_RECEIVERS,
        smtp: { url: `smtp://127.0.0.1:${smtp.port}`, from: "督办系统 <duban@gov.cn>" },
      },
    },
  };
};

describeEachDatabase("distributing a plan", ({ open }) => {
  it("mails each unit its part as .docx, posts the link to its robot, and records each result", async () => {
    const world = await worldOn(await open());
    const sent = await distributePlan(
      world.db,
      world.office,
      { planId: world.planId },
      clock,
      world.channels,
    );
    expect(sent.units.map((u) => u.unit)).toEqual(["市工业和信息化局", "市科技局", "市金融局"]);

    // 市科技局: one e-mail with its part attached, read back through our importer.
    const toKjj = world.smtp.received.filter((m) => m.to.includes("dbzy@kjj.gov.cn"));
    expect(toKjj).toHaveLength(1);
    const mail = await simpleParser(toKjj[0]?.raw ?? Buffer.alloc(0));
    expect(mail.subject).toBe("【下发】2022年市政府重点工作任务分解表（市科技局牵头部分）");
    expect(mail.text).toContain(
      `${PUBLIC_URL}/my-unit?plan=${world.planId}&distribution=${sent.id}`,
    );
    const [attachment] = mail.attachments;
    expect(attachment?.filename).toBe("2022年市政府重点工作任务分解表（市科技局牵头部分）.docx");
    const read = await importPlanBytes(new Uint8Array(attachment?.content ?? []), "part.docx");
    if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
    const slice = await sliceStoredPlan(world.db, { planId: world.planId, unit: "市科技局" });
    expect(read.plan.subtitle).toBe("（牵头重点工作任务12项，牵头重点工作任务节点计划2项）");
    expect(parseWithoutSources(JSON.stringify(planToJson(read.plan)))).toEqual(
      parseWithoutSources(JSON.stringify(planToJson(slice.plan))),
    );

    // Its robot got the link, and no file.
    const kjjPosts = world.robot.requests.filter((r) => r.url.includes("key=kjj"));
    expect(kjjPosts).toHaveLength(1);
    const body = JSON.parse(kjjPosts[0]?.body.toString() ?? "{}") as {
      markdown: { content: string };
    };
    expect(body.markdown.content).toContain(
      "督查室已下发《2022年市政府重点工作任务分解表（市科技局牵头部分）》",
    );
    expect(body.markdown.content).toContain(
      `(${PUBLIC_URL}/my-unit?plan=${world.planId}&distribution=${sent.id})`,
    );

    // Each delivery recorded: 市科技局 reached twice; 市金融局's two refused, with the reasons.
    const kjj = sent.units.find((u) => u.unit === "市科技局");
    expect(kjj?.received).toBe(true);
    expect(kjj?.deliveries.map((d) => [d.channel, d.destination, d.status])).toEqual([
      ["email", "dbzy@kjj.gov.cn", "sent"],
      ["wecom", `${world.robot.origin}/cgi-bin/webhook/send?***`, "sent"],
    ]);
    expect(kjj?.deliveries.every((d) => d.sentAt === JAN_5.toISOString())).toBe(true);
    const jrj = sent.units.find((u) => u.unit === "市金融局");
    expect(jrj?.received).toBe(false);
    expect(jrj?.deliveries.map((d) => [d.channel, d.status, d.error])).toEqual([
      ["email", "failed", expect.stringContaining("SMTP 550")],
      ["wecom", "failed", expect.stringContaining("93000")],
    ]);

    // 市工业和信息化局 has no contact: recorded with no delivery, unreached.
    expect(sent.units.find((u) => u.unit === "市工业和信息化局")).toMatchObject({
      deliveries: [],
      received: false,
    });

    // Sending again to the units not reached reaches only them.
    const before = world.smtp.received.length;
    const again = await distributePlan(
      world.db,
      world.office,
      { planId: world.planId, only: "failed" },
      clock,
      world.channels,
    );
    expect(again.units.map((u) => u.unit)).toEqual(["市工业和信息化局", "市金融局"]);
    expect(world.smtp.received).toHaveLength(before);
    expect(
      (await listDistributions(world.db, world.office, world.planId)).map((d) => d.id),
    ).toEqual([again.id, sent.id]);
  });

  it("sends one distribution of a plan at a time: a parallel one is refused, nothing doubled", async () => {
    const world = await worldOn(await open());
    const results = await Promise.allSettled([
      distributePlan(world.db, world.office, { planId: world.planId }, clock, world.channels),
      distributePlan(world.db, world.office, { planId: world.planId }, clock, world.channels),
    ]);
    const refused = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "distribution.busy",
    });
    expect(world.smtp.received.filter((m) => m.to.includes("dbzy@kjj.gov.cn"))).toHaveLength(1);
    expect(await listDistributions(world.db, world.office, world.planId)).toHaveLength(1);
    // Once done, the plan may be sent again.
    await distributePlan(world.db, world.office, { planId: world.planId }, clock, world.channels);
    expect(await listDistributions(world.db, world.office, world.planId)).toHaveLength(2);
  });

  it("signs for the unit: its milestones acknowledged through the workflow, the part marked signed", async () => {
    const world = await worldOn(await open());
    const sent = await distributePlan(
      world.db,
      world.office,
      { planId: world.planId, units: [world.kjj] },
      clock,
      world.channels,
    );
    const led = await ledMilestoneStates(world.db, world.planId, world.kjj);
    expect(led.length).toBeGreaterThan(10);
    expect(led.every((s) => s.acknowledgedOn === null)).toBe(true);
    // The unit sees only its own part; not yet signed.
    const [seen] = await listDistributions(world.db, world.kjjStaff, world.planId);
    expect(seen?.units.map((u) => [u.unit, u.signed, u.acknowledgement])).toEqual([
      ["市科技局", false, { acknowledged: 0, total: led.length }],
    ]);

    const signed = await signDistribution(world.db, world.kjjStaff, sent.id, TIME);
    const part = signed.units[0];
    expect(part?.signed).toBe(true);
    expect(part?.signedAt).toBe(JAN_5.toISOString());
    expect(part?.signedBy).toBe("user:kjj");
    expect(part?.acknowledgement).toEqual({ acknowledged: led.length, total: led.length });
    const after = await ledMilestoneStates(world.db, world.planId, world.kjj);
    expect(after.every((s) => s.acknowledgedOn === "2022-01-05")).toBe(true);
    const ledger = await readLedger(
      world.db.kysely,
      led.map((s) => s.milestoneId),
    );
    expect(ledger.filter(({ entry }) => entry.kind === "acknowledged")).toHaveLength(led.length);
    // Signing again changes nothing.
    const twice = await signDistribution(world.db, world.kjjStaff, sent.id, TIME);
    expect(twice.units[0]?.signedAt).toBe(JAN_5.toISOString());
    expect(
      (
        await readLedger(
          world.db.kysely,
          led.map((s) => s.milestoneId),
        )
      ).filter(({ entry }) => entry.kind === "acknowledged"),
    ).toHaveLength(led.length);
  });

  it("shows a part as signed once the unit has acknowledged every milestone it leads", async () => {
    const world = await worldOn(await open());
    await distributePlan(
      world.db,
      world.office,
      { planId: world.planId, units: [world.kjj] },
      clock,
      world.channels,
    );
    for (const state of await ledMilestoneStates(world.db, world.planId, world.kjj)) {
      await acknowledgeMilestone(
        world.db,
        world.kjjStaff,
        { milestoneId: state.milestoneId, version: state.version },
        TIME,
      );
    }
    const [view] = await listDistributions(world.db, world.office, world.planId);
    expect(view?.units[0]).toMatchObject({ unit: "市科技局", signedAt: null, signed: true });
  });

  it("keeps the record of both when two units it went to are merged", async () => {
    const world = await worldOn(await open());
    await distributePlan(world.db, world.office, { planId: world.planId }, clock, world.channels);
    await mergeUnits(world.db, { keep: "市科技局", other: "市金融局", actor: SHELL });
    const [view] = await listDistributions(world.db, world.office, world.planId);
    expect(view?.units.map((u) => u.unit)).toEqual(["市工业和信息化局", "市科技局"]);
    expect(view?.units[1]?.deliveries.map((d) => d.status)).toEqual([
      "sent",
      "sent",
      "failed",
      "failed",
    ]);
  });

  it("lets only the office send, and only the unit sent it sign; bad input changes nothing", async () => {
    const world = await worldOn(await open());
    await expect(
      distributePlan(world.db, world.kjjStaff, { planId: world.planId }, clock, world.channels),
    ).rejects.toMatchObject({ code: "auth.forbidden" });
    await expect(
      distributePlan(
        world.db,
        world.office,
        { planId: world.planId, units: [world.kjj, 99_999] },
        clock,
        world.channels,
      ),
    ).rejects.toMatchObject({ code: "distribution.invalid_input", field: "body.units.1" });
    const office = (await findUnitByName(world.db.kysely, "督查室"))?.id ?? -1;
    const refused = distributePlan(
      world.db,
      world.office,
      { planId: world.planId, units: [office] },
      clock,
      world.channels,
    );
    await expect(refused).rejects.toBeInstanceOf(DubanError);
    await expect(refused).rejects.toMatchObject({
      field: "body.units.0",
      text: { zh: "督查室在该计划中没有牵头的任务或节点，无可下发" },
    });
    await expect(
      distributePlan(
        world.db,
        world.office,
        { planId: world.planId, only: "failed" },
        clock,
        world.channels,
      ),
    ).rejects.toMatchObject({ code: "distribution.invalid_input", field: "body.only" });
    expect(await listDistributions(world.db, world.office, world.planId)).toEqual([]);
    expect(world.smtp.received).toEqual([]);

    const sent = await distributePlan(
      world.db,
      world.office,
      { planId: world.planId, units: [world.jrj] },
      clock,
      world.channels,
    );
    await expect(signDistribution(world.db, world.office, sent.id, TIME)).rejects.toMatchObject({
      code: "auth.forbidden",
    });
    // 市科技局 was not sent this one: for it, it does not exist.
    await expect(signDistribution(world.db, world.kjjStaff, sent.id, TIME)).rejects.toMatchObject({
      code: "distribution.not_found",
    });
    expect(await listDistributions(world.db, world.kjjStaff, world.planId)).toEqual([]);
  });
});
