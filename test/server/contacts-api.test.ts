import { afterEach, expect, it, onTestFinished } from "vitest";
import { insertContact, listDeliveries } from "../../src/db/queries/reminders.js";
import { isoDateIn } from "../../src/domain/iso-date.js";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { runReminders } from "../../src/services/reminders/run-reminders.js";
import { json, startHttpReceiver, type HttpReceiver } from "../support/http-receiver.js";
import {
  describeEachDatabaseWorld,
  errorOf,
  LEAD_UNIT,
  type World,
} from "../support/http-session.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";

const SECRET = "whsec-0123456789abcdef";

let receiver: HttpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const contactsPath = (world: World) => `/api/units/${String(world.unitIds[LEAD_UNIT])}/contacts`;

/**
 * Today's reminders (the 2022 plan is overdue by now) sent as the scheduler sends them,
 * with the world's settings.
 */
const remind = (world: World) =>
  runReminders(world.db, {
    day: isoDateIn(world.clock.now, "Asia/Shanghai"),
    now: world.clock.now,
    dryRun: false,
    publicUrl: undefined,
    delivery: { timeoutMs: 5_000, destinations: world.settings.reminders.destinations },
  });

/** The review's ways into the server itself, its cloud and its network. */
const INTERNAL_URLS = [
  "http://127.0.0.1:8080/hook",
  "http://169.254.169.254/latest/meta-data/",
  "http://[::1]/hook",
  "http://0x7f000001/hook",
  "http://2130706433/hook",
  "http://localhost:8080/hook",
  "http://robot:hunter2@1.1.1.1/hook",
  "http://192.168.1.20/hook",
  "http://[fd00::5]/hook",
];

describeEachDatabaseWorld(
  "reminder contacts over HTTP",
  { accounts: ["supervisor"] },
  ({ world }) => {
    it("saves a signed webhook and lists it and the delivery log, secrets never shown", async () => {
      const { admin } = world();
      // Removed afterwards: no later reminder run of this world may try the public address.
      onTestFinished(async () => {
        const left = await admin.call("GET", contactsPath(world()));
        for (const { id } of left.json<{ items: { id: number }[] }>().items) {
          const removed = await admin.call("DELETE", `${contactsPath(world())}/${String(id)}`);
          expect(removed.statusCode).toBe(204);
        }
      });
      const created = await admin.call("POST", contactsPath(world()), {
        label: "OA",
        contact: { kind: "webhook", url: "https://1.1.1.1/duban?token=t0ken", secret: SECRET },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({
        label: "OA",
        contact: { kind: "webhook", url: "https://1.1.1.1/duban?***", hasSecret: true },
      });
      const feishu = await admin.call("POST", contactsPath(world()), {
        label: "飞书群",
        contact: { kind: "feishu", url: "https://1.1.1.1/open-apis/bot/v2/hook/feishu-t0ken" },
      });
      expect(feishu.json()).toMatchObject({
        contact: { url: "https://1.1.1.1/open-apis/bot/v2/hook/***", hasSecret: false },
      });
      const listed = await admin.call("GET", contactsPath(world()));
      expect(listed.statusCode, listed.body).toBe(200);
      expect(listed.json<{ items: unknown[] }>().items).toHaveLength(2);
      expect(listed.body).not.toContain(SECRET);
      expect(listed.body).not.toContain("t0ken");
      for (const who of ["admin", "supervisor"] as const) {
        const log = await world().client(who).call("GET", "/api/reminders/deliveries");
        expect(log.statusCode, `${who}: ${log.body}`).toBe(200);
      }
    });

    it("refuses internal and credentialed URLs with a located error, writing nothing", async () => {
      const { admin } = world();
      const before = (await admin.call("GET", contactsPath(world()))).body;
      for (const url of INTERNAL_URLS) {
        for (const contact of [
          { kind: "webhook", url, secret: SECRET },
          { kind: "wecom", url },
          { kind: "dingtalk", url },
          { kind: "feishu", url },
        ]) {
          const refused = await admin.call("POST", contactsPath(world()), { label: "x", contact });
          expect(refused.statusCode, `${contact.kind} ${url}: ${refused.body}`).toBe(400);
          expect(errorOf(refused)).toMatchObject({
            code: "contact.invalid",
            field: "body.contact.url",
          });
          expect(refused.body).not.toContain("hunter2");
        }
      }
      expect(
        errorOf(
          await admin.call("POST", contactsPath(world()), {
            label: "metadata",
            contact: { kind: "wecom", url: "http://169.254.169.254/" },
          }),
        ).message.en,
      ).toMatch(/169\.254\.169\.254 is a link-local address.*DUBAN_WEBHOOK_ALLOW_HOSTS/);
      expect((await admin.call("GET", contactsPath(world()))).body).toBe(before);
    });

    it("refuses at delivery a contact stored before the check, without connecting", async () => {
      const server = await startHttpReceiver(json(200, { errcode: 0 }));
      receiver = server;
      const unitId = world().unitIds[LEAD_UNIT] ?? 0;
      await insertContact(
        world().db.kysely,
        { unitId, label: "old", contact: { kind: "wecom", url: `${server.origin}/send?key=k` } },
        new Date().toISOString(),
      );
      const run = await remind(world());
      const mine = run.deliveries.filter((d) => d.contact === "wecom");
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ state: "failed" });
      expect(mine[0]?.result).toMatch(/^127\.0\.0\.1 is a loopback address, not allowed/);
      expect(server.requests).toEqual([]);
      const log = await world().admin.call("GET", "/api/reminders/deliveries");
      expect(log.statusCode, log.body).toBe(200);
    });
  },
);

describeEachDatabaseWorld(
  "reminder contacts over HTTP, with local receivers allowed",
  {
    accounts: ["supervisor"],
    settings: {
      reminders: { ...DEFAULT_SERVER_SETTINGS.reminders, destinations: LOCAL_RECEIVERS },
    },
  },
  ({ world }) => {
    it("delivers to an allowed host and logs its status, never its reply", async () => {
      const server = await startHttpReceiver(json(500, { error: "db password=hunter2" }));
      receiver = server;
      const { admin } = world();
      const created = await admin.call("POST", contactsPath(world()), {
        label: "本地 OA",
        contact: { kind: "webhook", url: `${server.origin}/hook`, secret: SECRET },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(
        (
          await admin.call("POST", contactsPath(world()), {
            label: "not allowed",
            contact: { kind: "wecom", url: "http://10.0.0.1/hook" },
          })
        ).statusCode,
      ).toBe(400);
      const run = await remind(world());
      expect(run.deliveries).toEqual([
        expect.objectContaining({
          contact: "webhook",
          state: "retrying",
          result: "the webhook answered HTTP 500",
        }),
      ]);
      expect(server.requests).toHaveLength(1);
      const log = await world().client("supervisor").call("GET", "/api/reminders/deliveries");
      expect(log.statusCode, log.body).toBe(200);
      expect(log.body).not.toContain("hunter2");
      expect(log.body).not.toContain(SECRET);
      expect(log.json()).toMatchObject({
        items: [
          {
            contact: { kind: "webhook", hasSecret: true },
            lastResult: "the webhook answered HTTP 500",
          },
        ],
      });
      expect((await listDeliveries(world().db.kysely))[0]?.lastResult).toBe(
        "the webhook answered HTTP 500",
      );
    });
  },
);
