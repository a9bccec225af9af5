import type { LightMyRequestResponse } from "fastify";
import { beforeAll, expect, it } from "vitest";
import {
  COOPERATING_UNIT,
  describeEachDatabaseWorld,
  errorOf,
  LEAD_UNIT,
  send,
  type AccountName,
  type World,
} from "../support/http-session.js";
import { milestoneIdsByNumber } from "../support/milestone-ids.js";
import { readIcs, type ReadCalendar, type ReadEvent } from "../support/read-ics.js";

/**
 * Calendar feeds over HTTP (src/server/routes/calendar-feeds.ts) on the
 * reference plan: 市科技局 leads its 38 milestones, 市审计局 cooperates on
 * 203 and 205. Feeds are fetched as a calendar app does: no cookie, the
 * secret in the path, the answer read back with ical.js.
 */

interface NewFeed {
  readonly id: number;
  readonly kind: "plan" | "unit";
  readonly token: string;
  readonly url: string;
  readonly webcalUrl: string;
  readonly unitName: string | null;
}

const setToday = (w: World, day: string): void => {
  w.clock.now = new Date(`${day}T04:00:00Z`);
};

const answered = (response: LightMyRequestResponse, status: number, what: string) => {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 400)}`).toBe(status);
  return response;
};

describeEachDatabaseWorld("calendar feeds over HTTP", {}, ({ world }) => {
  /** Plan 1's milestone ids by "taskNo/seq". */
  let ids = new Map<string, number>();
  const id = (taskNo: number, seq: number): number => {
    const found = ids.get(`${String(taskNo)}/${String(seq)}`);
    if (found === undefined) throw new Error(`no milestone ${String(taskNo)}（${String(seq)}）`);
    return found;
  };

  const subscribe = async (
    who: AccountName | "admin",
    body: { unitId?: number; planId?: number },
  ): Promise<NewFeed> =>
    answered(
      await world().client(who).call("POST", "/api/calendar-feeds", body),
      201,
      `${who} subscribes`,
    ).json<NewFeed>();

  /** What a calendar app gets: no cookie, no token header. */
  const fetchFeed = (token: string) =>
    send(world().app, {
      method: "GET",
      url: `/api/calendar-feeds/${encodeURIComponent(token)}/feed.ics`,
    });

  const calendarOf = async (feed: NewFeed): Promise<ReadCalendar> => {
    const response = answered(await fetchFeed(feed.token), 200, "fetching the feed");
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    return readIcs(response.body);
  };

  const eventOf = (calendar: ReadCalendar, milestoneId: number): ReadEvent => {
    const found = calendar.events.find(
      (event) => event.uid === `duban-milestone-${String(milestoneId)}@duban`,
    );
    if (!found) throw new Error(`no event of milestone ${String(milestoneId)}`);
    return found;
  };

  const versionOf = async (milestoneId: number): Promise<number> =>
    answered(
      await world()
        .client("supervisor")
        .call("GET", `/api/milestones/${String(milestoneId)}`),
      200,
      "the milestone",
    ).json<{ workflow: { version: number } }>().workflow.version;

  /** The leader asks, the office approves: a request through the workflow. */
  const askAndApprove = async (milestoneId: number, step: string, body: object) => {
    const w = world();
    const asked = answered(
      await w.client("leader").call("POST", `/api/milestones/${String(milestoneId)}/${step}`, {
        version: await versionOf(milestoneId),
        ...body,
      }),
      201,
      step,
    ).json<{ requestId: number }>();
    answered(
      await w
        .client("supervisor")
        .call("POST", `/api/requests/${String(asked.requestId)}/decision`, {
          version: await versionOf(milestoneId),
          decision: "approve",
          comment: "同意",
        }),
      200,
      "approving",
    );
  };

  beforeAll(async () => {
    ids = await milestoneIdsByNumber(world().admin);
    expect(ids.size).toBe(38);
  });

  it("gives a unit's people a feed of their unit, at https and webcal addresses", async () => {
    const w = world();
    setToday(w, "2022-06-10");
    const feed = await subscribe("staff", { unitId: w.unitIds[LEAD_UNIT] ?? 0 });
    expect(feed).toMatchObject({ kind: "unit", unitName: LEAD_UNIT });
    expect(feed.url).toBe(`http://localhost:80/api/calendar-feeds/${feed.token}/feed.ics`);
    expect(feed.webcalUrl).toBe(`webcal://localhost:80/api/calendar-feeds/${feed.token}/feed.ics`);

    const calendar = await calendarOf(feed);
    expect(calendar).toMatchObject({
      name: `督办日历·${LEAD_UNIT}`,
      timeZone: "Asia/Shanghai",
      refreshInterval: "PT1H",
    });
    // 205（3）: due 8月30日, an all-day event that day, with the plan's reminders (15, 7, 1 days).
    const event = eventOf(calendar, id(205, 3));
    expect(event).toMatchObject({ start: "2022-08-30", end: "2022-08-31", allDay: true });
    expect(event.summary.startsWith("【督办】任务205（3）")).toBe(true);
    expect(event.description).toContain(`牵头单位：${LEAD_UNIT}`);
    expect(event.description).toContain(COOPERATING_UNIT);
    expect(event.url).toBe(`http://localhost:80/milestones/${String(id(205, 3))}`);
    expect(event.alarms.map((alarm) => alarm.triggerSeconds)).toEqual(
      [15, 7, 1].map((days) => -days * 86_400 + 9 * 3600),
    );
    // Every event sits on a day, and no milestone comes twice.
    expect(new Set(calendar.events.map((e) => e.uid)).size).toBe(calendar.events.length);
    expect(calendar.events.length).toBeGreaterThan(20);
  });

  it("moves the event to the new day when an extension is approved, with a higher SEQUENCE", async () => {
    const w = world();
    setToday(w, "2022-06-10");
    const feed = await subscribe("leader", { unitId: w.unitIds[LEAD_UNIT] ?? 0 });
    const m = id(205, 3);
    const before = eventOf(await calendarOf(feed), m);
    expect(before.start).toBe("2022-08-30");

    // Later than the import, as every change is: LAST-MODIFIED moves forward with it.
    w.clock.now = new Date(Date.now() + 60_000);
    await askAndApprove(m, "extension-requests", { newDue: "2031-09-30", reason: "顺延" });
    const after = eventOf(await calendarOf(feed), m);
    expect(after.start).toBe("2031-09-30");
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.lastModified).not.toBe(before.lastModified);
    expect(after.stamp).toBe(after.lastModified);
    expect(after.description).toContain("（已批准延期）");
    // The deadline as issued stays in the text.
    expect(after.description).toMatch(/完成时限：[^\n]*8月/);
  });

  it("cancels the event of a milestone once its completion is accepted, and keeps it", async () => {
    const w = world();
    setToday(w, "2022-06-12");
    const feed = await subscribe("leader", { unitId: w.unitIds[LEAD_UNIT] ?? 0 });
    const m = id(205, 4);
    const before = eventOf(await calendarOf(feed), m);
    expect(before.status).toBe("CONFIRMED");

    await askAndApprove(m, "completion", { completedOn: "2022-06-11", text: "已完成" });
    const after = eventOf(await calendarOf(feed), m);
    expect(after).toMatchObject({ status: "CANCELLED", start: before.start, alarms: [] });
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.summary.startsWith("【已完成】")).toBe(true);
  });

  it("holds only the unit's own milestones in a unit's feed", async () => {
    const w = world();
    setToday(w, "2022-06-10");
    const feed = await subscribe("auditStaff", { unitId: w.unitIds[COOPERATING_UNIT] ?? 0 });
    const calendar = await calendarOf(feed);
    const shared = [...ids].filter(([key]) => key.startsWith("203/") || key.startsWith("205/"));
    expect(calendar.events.map((e) => e.uid).sort()).toEqual(
      shared.map(([, milestoneId]) => `duban-milestone-${String(milestoneId)}@duban`).sort(),
    );
    for (const event of calendar.events) expect(event.description).toContain(COOPERATING_UNIT);
  });

  it("lets the office subscribe to a whole plan, and no unit to another unit or a plan", async () => {
    const w = world();
    setToday(w, "2022-06-10");
    const plan = await subscribe("supervisor", { planId: 1 });
    const calendar = await calendarOf(plan);
    expect(calendar.name).toBe("督办日历·2022年市政府重点工作任务分解表（市科技局牵头部分）");
    expect(calendar.events.length).toBeGreaterThan(20);
    await subscribe("supervisor", { unitId: w.unitIds[COOPERATING_UNIT] ?? 0 });
    // A unit's part of one plan.
    const part = await subscribe("auditStaff", {
      unitId: w.unitIds[COOPERATING_UNIT] ?? 0,
      planId: 1,
    });
    expect(part.kind).toBe("unit");
    expect((await calendarOf(part)).name).toBe(
      `督办日历·${COOPERATING_UNIT}·2022年市政府重点工作任务分解表（市科技局牵头部分）`,
    );

    const staff = w.client("auditStaff");
    for (const body of [{ unitId: w.unitIds[LEAD_UNIT] }, { planId: 1 }]) {
      const refused = await staff.call("POST", "/api/calendar-feeds", body);
      expect(refused.statusCode, refused.body).toBe(403);
    }
    const empty = await staff.call("POST", "/api/calendar-feeds", {});
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty)).toMatchObject({ code: "calendar_feed.invalid", field: "body" });
    const unknown = await w.client("supervisor").call("POST", "/api/calendar-feeds", {
      unitId: 999_999,
    });
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown)).toMatchObject({ code: "unit.not_found", field: "body.unitId" });
  });

  it("answers 404 alike to an unknown and a revoked address; only the owner or an administrator revokes", async () => {
    const w = world();
    const feed = await subscribe("idleStaff", { unitId: w.unitIds["市档案馆"] ?? 0 });
    answered(await fetchFeed(feed.token), 200, "a live feed");

    const mine = (who: AccountName | "admin") =>
      w
        .client(who)
        .call("GET", "/api/calendar-feeds")
        .then((r) => answered(r, 200, "listing").json<{ items: { id: number }[] }>().items);
    expect((await mine("idleStaff")).map((f) => f.id)).toContain(feed.id);
    expect((await mine("staff")).map((f) => f.id)).not.toContain(feed.id);
    expect((await mine("admin")).map((f) => f.id)).toContain(feed.id);

    const stranger = await w
      .client("staff")
      .call("DELETE", `/api/calendar-feeds/${String(feed.id)}`);
    expect(stranger.statusCode).toBe(404);
    answered(await fetchFeed(feed.token), 200, "still live");

    const revoked = answered(
      await w.client("idleStaff").call("DELETE", `/api/calendar-feeds/${String(feed.id)}`),
      200,
      "revoking",
    ).json<{ revokedAt: string | null }>();
    expect(revoked.revokedAt).not.toBeNull();
    const gone = await fetchFeed(feed.token);
    const never = await fetchFeed(`${feed.token.slice(0, -4)}AAAA`);
    expect(gone.statusCode).toBe(404);
    expect(never.statusCode).toBe(404);
    expect(gone.body).toBe(never.body);
    expect(errorOf(gone).code).toBe("calendar_feed.not_found");

    const audit = await w.admin.call("GET", "/api/audit-events?action=calendar_feed.revoked");
    expect(audit.body).toContain(`"objectId":"${String(feed.id)}"`);
  });

  it("stops a feed when its creator is disabled", async () => {
    const w = world();
    const feed = await subscribe("auditStaff", { unitId: w.unitIds[COOPERATING_UNIT] ?? 0 });
    answered(await fetchFeed(feed.token), 200, "a live feed");
    const userId = w.client("auditStaff").userId;
    answered(
      await w.admin.call("PATCH", `/api/users/${String(userId)}`, { disabled: true }),
      200,
      "disabling",
    );
    expect((await fetchFeed(feed.token)).statusCode).toBe(404);
    answered(
      await w.admin.call("PATCH", `/api/users/${String(userId)}`, { disabled: false }),
      200,
      "enabling",
    );
    answered(await fetchFeed(feed.token), 200, "live again");
  });
});
