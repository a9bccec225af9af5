import { expect, it } from "vitest";
import { describeEachDatabaseWorld, errorOf, send } from "../support/http-session.js";

interface CalendarYearBody {
  readonly year: number;
  readonly notice: { title: string; documentNumber: string | null; issued: string } | null;
  readonly days: readonly { date: string; kind: string; name: string; source: string }[];
  readonly cleared: readonly { date: string; kind: string; name: string }[];
}

interface CalendarDayBody {
  readonly date: string;
  readonly kind: string;
  readonly name: string;
  readonly source: string;
  readonly working: boolean;
  readonly shipped: { date: string; kind: string; name: string } | null;
}

interface AuditPage {
  readonly items: readonly { action: string; objectId: string; actor: string }[];
  readonly total: number;
}

/** Each test leaves the calendar as it found it: the shipped data, no changes. */
describeEachDatabaseWorld(
  "the working-day calendar over HTTP",
  { plan: false, accounts: ["supervisor", "idleStaff"] },
  ({ world }) => {
    it("lists a year's holidays and make-up days to anyone logged in", async () => {
      for (const who of ["admin", "supervisor", "idleStaff"] as const) {
        const response = await world().client(who).call("GET", "/api/calendar?year=2022");
        expect(response.statusCode, who).toBe(200);
        const body = response.json<CalendarYearBody>();
        expect(body.year).toBe(2022);
        expect(body.notice?.documentNumber).toBe("国办发明电〔2021〕11号");
        expect(body.days).toContainEqual({
          date: "2022-10-01",
          kind: "holiday",
          name: "国庆节",
          source: "shipped",
        });
        expect(body.days).toContainEqual({
          date: "2022-10-08",
          kind: "workday",
          name: "国庆节",
          source: "shipped",
        });
        expect(body.cleared).toEqual([]);
      }
      const later = await world().admin.call("GET", "/api/calendar?year=2027");
      expect(later.json<CalendarYearBody>()).toEqual({
        year: 2027,
        notice: null,
        days: [],
        cleared: [],
      });
    });

    it("lists this year without a year", async () => {
      const response = await world().admin.call("GET", "/api/calendar");
      expect(response.statusCode).toBe(200);
      const year = Number(
        new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(
          world().clock.now,
        ),
      );
      expect(response.json<CalendarYearBody>().year).toBe(year);
    });

    it("answers one day", async () => {
      const response = await world()
        .client("idleStaff")
        .call("GET", "/api/calendar/days/2024-02-09");
      expect(response.json<CalendarDayBody>()).toEqual({
        date: "2024-02-09",
        kind: "normal",
        name: "",
        source: "rule",
        working: true,
        shipped: null,
      });
    });

    it("lets an administrator set a day and undo it, both in the audit log", async () => {
      const admin = world().admin;
      const set = await admin.call("PUT", "/api/calendar/days/2022-10-07", {
        kind: "workday",
        name: "值守",
      });
      expect(set.statusCode).toBe(200);
      expect(set.json<CalendarDayBody>()).toEqual({
        date: "2022-10-07",
        kind: "workday",
        name: "值守",
        source: "override",
        working: true,
        shipped: { date: "2022-10-07", kind: "holiday", name: "国庆节" },
      });
      const listed = (await admin.call("GET", "/api/calendar?year=2022")).json<CalendarYearBody>();
      expect(listed.days).toContainEqual({
        date: "2022-10-07",
        kind: "workday",
        name: "值守",
        source: "override",
      });

      const removed = await admin.call("DELETE", "/api/calendar/days/2022-10-07");
      expect(removed.statusCode).toBe(200);
      expect(removed.json<CalendarDayBody>()).toMatchObject({
        kind: "holiday",
        source: "shipped",
        working: false,
      });

      const audit = await admin.call("GET", "/api/audit-events?objectType=calendar_day");
      const page = audit.json<AuditPage>();
      expect(page.items.slice(0, 2).map((entry) => [entry.action, entry.objectId])).toEqual([
        ["calendar.day_removed", "2022-10-07"],
        ["calendar.day_set", "2022-10-07"],
      ]);
      expect(page.items[0]?.actor).toBe("user:admin");
    });

    it("takes a shipped holiday away with 'normal' and gives it back", async () => {
      const admin = world().admin;
      const set = await admin.call("PUT", "/api/calendar/days/2022-10-03", { kind: "normal" });
      expect(set.json<CalendarDayBody>()).toMatchObject({
        kind: "normal",
        source: "override",
        working: true,
      });
      const listed = (await admin.call("GET", "/api/calendar?year=2022")).json<CalendarYearBody>();
      expect(listed.days.map((day) => day.date)).not.toContain("2022-10-03");
      expect(listed.cleared).toEqual([{ date: "2022-10-03", kind: "holiday", name: "国庆节" }]);
      expect((await admin.call("DELETE", "/api/calendar/days/2022-10-03")).statusCode).toBe(200);
      const again = (await admin.call("GET", "/api/calendar?year=2022")).json<CalendarYearBody>();
      expect(again.cleared).toEqual([]);
    });

    it("answers a DELETE with nothing to undo with the day as it is", async () => {
      const response = await world().admin.call("DELETE", "/api/calendar/days/2022-06-20");
      expect(response.statusCode).toBe(200);
      expect(response.json<CalendarDayBody>()).toMatchObject({ source: "rule", working: true });
    });

    it("refuses changes from anyone but an administrator", async () => {
      for (const who of ["supervisor", "idleStaff"] as const) {
        const client = world().client(who);
        const put = await client.call("PUT", "/api/calendar/days/2022-06-20", {
          kind: "holiday",
          name: "x",
        });
        expect(put.statusCode, who).toBe(403);
        expect(errorOf(put).code).toBe("auth.forbidden");
        const del = await client.call("DELETE", "/api/calendar/days/2022-10-03");
        expect(del.statusCode, who).toBe(403);
      }
      const anonymous = await send(world().app, { method: "GET", url: "/api/calendar?year=2022" });
      expect(anonymous.statusCode).toBe(401);
      const noCsrf = await world().admin.call(
        "PUT",
        "/api/calendar/days/2022-06-20",
        { kind: "holiday", name: "x" },
        { "x-csrf-token": "wrong" },
      );
      expect(noCsrf.statusCode).toBe(403);
      expect(errorOf(noCsrf).code).toBe("auth.csrf");
    });

    it("names the field at fault", async () => {
      const admin = world().admin;
      const cases: readonly [string, string, unknown, string][] = [
        ["GET", "/api/calendar?year=1800", undefined, "querystring.year"],
        ["GET", "/api/calendar?year=abc", undefined, "querystring.year"],
        ["PUT", "/api/calendar/days/2022-02-30", { kind: "holiday", name: "x" }, "params.date"],
        ["PUT", "/api/calendar/days/2022-06-20", { kind: "holiday" }, "body.name"],
        ["PUT", "/api/calendar/days/2022-06-20", { kind: "workday", name: "  " }, "body.name"],
        ["PUT", "/api/calendar/days/2022-06-20", { kind: "weekend", name: "x" }, "body.kind"],
        ["DELETE", "/api/calendar/days/20221003", undefined, "params.date"],
      ];
      for (const [method, url, body, field] of cases) {
        const response = await admin.call(method as "GET" | "PUT" | "DELETE", url, body);
        expect(response.statusCode, url).toBe(400);
        expect(errorOf(response)).toMatchObject({ code: "validation.failed", field });
      }
    });

    it("documents the endpoints in the OpenAPI document", async () => {
      const response = await world().admin.call("GET", "/api/openapi.json");
      const document = response.json<{ paths: Record<string, Record<string, unknown>> }>();
      expect(Object.keys(document.paths["/api/calendar"] ?? {})).toEqual(["get"]);
      expect(Object.keys(document.paths["/api/calendar/days/{date}"] ?? {}).sort()).toEqual([
        "delete",
        "get",
        "put",
      ]);
    });
  },
);
