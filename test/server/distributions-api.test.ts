import { simpleParser } from "mailparser";
import { afterEach, expect, it } from "vitest";
import { CONTENT_TYPES } from "../../src/services/exports/export-file.js";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { describeEachDatabase } from "../support/databases.js";
import { json, startHttpReceiver } from "../support/http-receiver.js";
import { errorOf, LEAD_UNIT, worldFor } from "../support/http-session.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";
import { startSmtpReceiver } from "../support/smtp-receiver.js";

const PUBLIC_URL = "https://duban.example.gov.cn/city";

const receivers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

interface DistributionBody {
  readonly id: number;
  readonly units: readonly {
    readonly unit: string;
    readonly received: boolean;
    readonly signed: boolean;
    readonly acknowledgement: { readonly acknowledged: number; readonly total: number };
    readonly deliveries: readonly { readonly channel: string; readonly status: string }[];
  }[];
}

describeEachDatabase("distributions over HTTP", ({ open }) => {
  it("sends, lists, refuses a parallel send and bad input, and takes the unit's 签收", async () => {
    const smtp = await startSmtpReceiver();
    const robot = await startHttpReceiver(json(200, { errcode: 0, errmsg: "ok" }));
    receivers.push(smtp, robot);
    const world = await worldFor(open, {
      accounts: ["supervisor", "staff", "auditStaff"],
      settings: {
        publicUrl: PUBLIC_URL,
        reminders: {
          ...DEFAULT_SERVER_SETTINGS.reminders,
          timeoutMs: 5_000,
          destinations: LOCAL_RECEIVERS,
          smtp: { url: `smtp://127.0.0.1:${smtp.port}`, from: "duban@gov.cn" },
        },
      },
    });
    const planId = String(world.planId);
    const kjj = world.unitIds[LEAD_UNIT] ?? -1;
    for (const contact of [
      { kind: "email", address: "dbzy@kjj.gov.cn" },
      { kind: "dingtalk", url: `${robot.origin}/robot/send?access_token=t0ken` },
    ]) {
      const added = await world.admin.call("POST", `/api/units/${String(kjj)}/contacts`, {
        label: "督办",
        contact,
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const office = world.client("supervisor");
    const staff = world.client("staff");
    const path = `/api/plans/${planId}/distributions`;

    // Before sending, the office sees whom it would reach and how; a unit sees no contacts.
    const before = (await office.call("GET", path)).json<{
      recipients: { unit: string; contacts: { kind: string }[] }[];
      items: unknown[];
    }>();
    expect(before.items).toEqual([]);
    expect(
      before.recipients.find((r) => r.unit === LEAD_UNIT)?.contacts.map((c) => c.kind),
    ).toEqual(["email", "dingtalk"]);
    expect((await staff.call("GET", path)).json<{ recipients: unknown[] }>().recipients).toEqual(
      [],
    );

    // Bad input: a clear error naming the field, nothing sent.
    const notUnit = await office.call("POST", path, { units: [kjj, 987_654] });
    expect(notUnit.statusCode).toBe(400);
    expect(errorOf(notUnit)).toMatchObject({ field: "body.units.1" });
    const both = await office.call("POST", path, { units: [kjj], only: "failed" });
    expect(both.statusCode).toBe(400);
    expect(errorOf(both).field).toBe("body.only");
    expect((await office.call("POST", "/api/plans/999/distributions", {})).statusCode).toBe(404);
    expect((await staff.call("POST", path, {})).statusCode).toBe(403);
    expect(smtp.received).toEqual([]);

    // Two at once: one goes out, the other is refused.
    const [first, second] = await Promise.all([
      office.call("POST", path, { units: [kjj] }),
      office.call("POST", path, { units: [kjj] }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    const sent = (first.statusCode === 201 ? first : second).json<DistributionBody>();
    expect(smtp.received).toHaveLength(1);
    expect(robot.requests).toHaveLength(1);
    const mail = await simpleParser(smtp.received[0]?.raw ?? Buffer.alloc(0));
    expect(mail.attachments[0]?.contentType).toBe(CONTENT_TYPES.docx);
    const link = `${PUBLIC_URL}/my-unit?plan=${planId}&distribution=${String(sent.id)}`;
    expect(mail.text).toContain(link);
    expect(robot.requests[0]?.body.toString()).toContain(link);
    expect(sent.units).toEqual([
      expect.objectContaining({
        unit: LEAD_UNIT,
        received: true,
        signed: false,
        deliveries: [
          expect.objectContaining({ channel: "email", status: "sent" }),
          expect.objectContaining({ channel: "dingtalk", status: "sent" }),
        ],
      }),
    ]);

    // The office cannot sign for the unit; a unit not sent it is told there is none.
    const sign = `/api/distributions/${String(sent.id)}/sign`;
    expect((await office.call("POST", sign)).statusCode).toBe(403);
    expect((await world.client("auditStaff").call("POST", sign)).statusCode).toBe(404);
    expect(
      (await world.client("auditStaff").call("GET", path)).json<{ items: unknown[] }>().items,
    ).toEqual([]);

    const signed = await staff.call("POST", sign);
    expect(signed.statusCode, signed.body).toBe(200);
    const [part] = signed.json<DistributionBody>().units;
    expect(part?.signed).toBe(true);
    expect(part?.acknowledgement.acknowledged).toBe(part?.acknowledgement.total);
    const listed = (await office.call("GET", path)).json<{ items: DistributionBody[] }>().items;
    expect(listed.map((d) => d.units[0]?.signed)).toEqual([true]);
  });
});
