import { expect, it } from "vitest";
import {
  COOPERATING_UNIT,
  describeEachDatabaseWorld,
  errorOf,
  LEAD_UNIT,
  PASSWORD,
  type World,
} from "../support/http-session.js";

/** What the audit screen asks of /api/audit-events: names, filters, its choices and the CSV. */

interface EntryBody {
  readonly at: string;
  readonly userId: number | null;
  readonly userName: string | null;
  readonly unitName: string | null;
  readonly action: string;
  readonly actionName: { readonly zh: string; readonly en: string };
  readonly objectType: string;
  readonly objectName: { readonly zh: string; readonly en: string };
}

interface EntryPage {
  readonly total: number;
  readonly items: readonly EntryBody[];
}

const page = async (w: World, who: "admin" | "supervisor" | "leader", query: string) => {
  const response = await w.client(who).call("GET", `/api/audit-events?pageSize=200&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<EntryPage>();
};

/** The CSV's rows, parsed as RFC 4180 (quoted cells may hold commas, quotes and line breaks). */
const csvRows = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += c;
  }
  return rows;
};

describeEachDatabaseWorld(
  "the audit screen's API",
  { accounts: ["supervisor", "leader", "staff"] },
  ({ world }) => {
    it("names people, units, actions and objects, and filters by each and by time", async () => {
      const w = world();
      w.clock.now = new Date("2022-06-30T02:00:00Z");
      const leader = w.client("leader");
      const all = await page(w, "supervisor", "");
      const login = all.items.find(
        (e) => e.action === "auth.logged_in" && e.userId === leader.userId,
      );
      expect(login).toMatchObject({
        userName: `${LEAD_UNIT} unit_leader`,
        unitName: LEAD_UNIT,
        actionName: { zh: "登录", en: "Logged in" },
        objectName: { zh: "用户", en: "User" },
      });

      const byUser = await page(w, "supervisor", `user=${String(leader.userId)}`);
      expect(byUser.total).toBeGreaterThan(0);
      expect(byUser.items.every((e) => e.userId === leader.userId)).toBe(true);
      const byAction = await page(w, "supervisor", "action=plan.imported");
      expect(byAction.items.map((e) => e.actionName.zh)).toEqual(["导入计划"]);
      const byObject = await page(w, "supervisor", "objectType=user");
      expect(byObject.items.every((e) => e.objectType === "user")).toBe(true);
      const byUnit = await page(w, "supervisor", `unit=${String(w.unitIds[LEAD_UNIT])}`);
      expect(byUnit.items.every((e) => e.unitName === LEAD_UNIT)).toBe(true);
      expect((await page(w, "supervisor", "from=2099-01-01T00:00:00Z")).total).toBe(0);
      expect((await page(w, "supervisor", "to=2000-01-01T00:00:00Z")).total).toBe(0);

      const bad = await w.admin.call("GET", "/api/audit-events?from=yesterday");
      expect(bad.statusCode).toBe(400);
      expect(errorOf(bad).field).toContain("from");
    });

    it("offers the people in the log by name, every action and object", async () => {
      const w = world();
      const choices = (await w.client("supervisor").call("GET", "/api/audit-events/choices")).json<{
        people: { id: number; name: string; unit: string }[];
        actions: { action: string; name: { zh: string } }[];
        objectTypes: { type: string }[];
      }>();
      expect(choices.people).toContainEqual({
        id: w.client("leader").userId,
        name: `${LEAD_UNIT} unit_leader`,
        unit: LEAD_UNIT,
      });
      expect(choices.actions).toContainEqual({
        action: "milestone.completion_declared",
        name: { zh: "申报完成", en: "Completion declared" },
      });
      expect(choices.objectTypes.map((o) => o.type)).toContain("milestone");
      // A unit leader's choices are the unit's people only.
      const own = (await w.client("leader").call("GET", "/api/audit-events/choices")).json<{
        people: { unit: string }[];
      }>();
      expect(own.people.length).toBeGreaterThan(0);
      expect(own.people.every((p) => p.unit === LEAD_UNIT)).toBe(true);
    });

    it("exports the filtered log as CSV for Excel, formulas neutralised", async () => {
      const w = world();
      const created = await w.admin.call("POST", "/api/users", {
        username: "formula",
        displayName: '=HYPERLINK("http://evil","点我"),1',
        unitId: w.unitIds[COOPERATING_UNIT],
        role: "unit_staff",
        password: PASSWORD,
      });
      expect(created.statusCode, created.body).toBe(201);

      const response = await w.admin.call(
        "GET",
        "/api/audit-events/export?action=user.created&objectType=user",
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers["content-disposition"]).toContain("attachment");
      const bytes = response.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = csvRows(bytes.subarray(3).toString("utf8"));
      expect(rows[0]).toEqual([
        "时间",
        "操作人",
        "单位",
        "登录方式",
        "操作",
        "对象",
        "对象编号",
        "操作前",
        "操作后",
      ]);
      const body = rows.slice(1);
      expect(body.length).toBe((await page(w, "admin", "action=user.created")).total);
      expect(body.every((row) => row[4] === "新建用户" && row[5] === "用户")).toBe(true);
      // Made at the shell (no sign-in), or by the administrator signed in with a password.
      expect(new Set(body.map((row) => row[3]))).toEqual(new Set(["", "账号密码"]));
      // Times where the office is; the JSON of the change, quoted, never read as a formula.
      expect(body[0]?.[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      const formula = body.find((row) => (row[8] ?? "").includes("HYPERLINK"));
      expect(JSON.parse(formula?.[8] ?? "null")).toMatchObject({ username: "formula" });

      // The person's name is a cell of its own: a formula there gets its apostrophe.
      const login = await w.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { username: "formula", password: PASSWORD },
      });
      expect(login.statusCode, login.body).toBe(200);
      const logins = csvRows(
        (await w.admin.call("GET", "/api/audit-events/export?action=auth.logged_in")).rawPayload
          .subarray(3)
          .toString("utf8"),
      );
      expect(logins.map((row) => row[1])).toContain(`'=HYPERLINK("http://evil","点我"),1`);
    });

    it("keeps a unit leader to the unit's entries, in the list and in the CSV", async () => {
      const w = world();
      const leader = w.client("leader");
      const other = await leader.call(
        "GET",
        `/api/audit-events?unit=${String(w.unitIds[COOPERATING_UNIT])}`,
      );
      expect(other.statusCode).toBe(403);
      const otherCsv = await leader.call(
        "GET",
        `/api/audit-events/export?unit=${String(w.unitIds[COOPERATING_UNIT])}`,
      );
      expect(otherCsv.statusCode).toBe(403);
      // Refusals are logged too (auth.refused): read the list after them.
      const own = await page(w, "leader", "");
      expect(own.total).toBeGreaterThan(0);
      expect(own.items.every((e) => e.unitName === LEAD_UNIT)).toBe(true);
      const csv = csvRows(
        (await leader.call("GET", "/api/audit-events/export")).rawPayload
          .subarray(3)
          .toString("utf8"),
      );
      expect(csv.length - 1).toBe(own.total);
      expect(csv.slice(1).every((row) => row[2] === LEAD_UNIT)).toBe(true);

      for (const path of [
        "/api/audit-events",
        "/api/audit-events/export",
        "/api/audit-events/choices",
      ]) {
        expect((await w.client("staff").call("GET", path)).statusCode, path).toBe(403);
      }
    });
  },
);
