import { beforeAll, expect, it } from "vitest";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import {
  COOPERATING_UNIT,
  describeEachDatabaseWorld,
  errorOf,
  IDLE_UNIT,
  LEAD_UNIT,
  OFFICE_UNIT,
  PASSWORD,
  type AccountName,
  type HttpMethod,
  type World,
} from "../support/http-session.js";
import { unitPlan } from "../support/unit-plan.js";

/**
 * The permission table (src/policies/permissions.ts) as the API applies it,
 * for every role, on one world per database: the reference table (plan 1,
 * 市科技局 leads all of it, 市审计局 cooperates on 203 and 205), a small
 * plan of 市审计局's own (plan 2) that 市科技局 has no part in, and a unit
 * with nothing in any plan.
 */

type Who = "admin" | AccountName;

/** Non-administrators first: a refused write must leave things as the administrator finds them. */
const ROLES: readonly Who[] = ["supervisor", "leader", "staff", "auditStaff", "idleStaff", "admin"];

type Statuses = Readonly<Record<Who, number>>;

const everyone = (status: number): Statuses => ({
  admin: status,
  supervisor: status,
  leader: status,
  staff: status,
  auditStaff: status,
  idleStaff: status,
});

/** Administrators only; the rest refused with 403. */
const adminOnly = (status: number): Statuses => ({ ...everyone(403), admin: status });

/** The supervision office sees everything; units are refused with 403. */
const oversight: Statuses = { ...everyone(403), admin: 200, supervisor: 200 };

/** What only the units with a part in plan 1 see; the idle unit gets "not found". */
const involvedInPlan1 = (status = 404): Statuses => ({ ...everyone(200), idleStaff: status });

interface Ids {
  /** Plan 2, 市审计局's own. */
  readonly auditPlan: number;
  /** Task 202 of plan 1 and its first milestone: 市科技局 and 市税务局 only. */
  readonly task202: number;
  readonly milestone202: number;
  /** Task 203 of plan 1 and its first milestone: 市审计局 cooperates. */
  readonly task203: number;
  readonly milestone203: number;
  /** Plan 2's task and first milestone. */
  readonly auditTask: number;
  readonly auditMilestone: number;
  /** Two throwaway units for the merge. */
  readonly keepUnit: number;
  readonly foldUnit: number;
}

interface Case {
  readonly title: string;
  readonly method: HttpMethod;
  readonly url: (w: World, ids: Ids) => string;
  readonly body?: (w: World, ids: Ids) => unknown;
  readonly expect: Statuses;
  /** For writes: what a refused request must leave unchanged. */
  readonly probe?: (w: World, ids: Ids) => Promise<unknown>;
}

interface Items<T> {
  readonly items: readonly T[];
  readonly total?: number;
}

interface MilestoneItem {
  readonly id: number;
  readonly planId: number;
  readonly task: { readonly id: number; readonly no: number | null };
  readonly units: readonly { readonly unit: string; readonly role: string }[];
}

interface TaskItem {
  readonly id: number;
  readonly no: number | null;
  readonly leadUnits: readonly string[];
  readonly milestones?: readonly MilestoneItem[];
}

interface UserItem {
  readonly id: number;
  readonly username: string;
  readonly unitId: number;
  readonly displayName: string;
}

interface UnitItem {
  readonly id: number;
  readonly name: string;
  readonly aliases: readonly string[];
}

interface AuditItem {
  readonly actor: string;
  readonly userId: number | null;
  readonly unitId: number | null;
  readonly action: string;
  readonly objectType: string;
}

const adminGet = async <T>(w: World, url: string): Promise<T> => {
  const response = await w.admin.call("GET", url);
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json<T>();
};

const READS: readonly Case[] = [
  { title: "list plans", method: "GET", url: () => "/api/plans", expect: everyone(200) },
  {
    title: "read plan 1",
    method: "GET",
    url: () => "/api/plans/1",
    expect: involvedInPlan1(),
  },
  {
    title: "read 市审计局's plan",
    method: "GET",
    url: (_w, ids) => `/api/plans/${ids.auditPlan}`,
    expect: { ...everyone(404), admin: 200, supervisor: 200, auditStaff: 200 },
  },
  {
    title: "read plan 1 naming its current revision",
    method: "GET",
    url: () => "/api/plans/1?revision=1",
    expect: involvedInPlan1(),
  },
  {
    title: "read an earlier revision of 市审计局's plan",
    method: "GET",
    url: (_w, ids) => `/api/plans/${ids.auditPlan}?revision=1`,
    // Earlier revisions are for the supervision office: 市审计局 is refused (403); units
    // with no part in the plan are told it does not exist.
    expect: { ...oversight, leader: 404, staff: 404, idleStaff: 404 },
  },
  {
    title: "list revisions",
    method: "GET",
    url: () => "/api/plans/1/revisions",
    expect: oversight,
  },
  {
    title: "read a revision with its diff",
    method: "GET",
    url: (_w, ids) => `/api/plans/${ids.auditPlan}/revisions/2`,
    expect: oversight,
  },
  {
    title: "slice for 市科技局",
    method: "GET",
    url: () => `/api/plans/1/slice?unit=${encodeURIComponent(LEAD_UNIT)}`,
    expect: { ...everyone(200), auditStaff: 403, idleStaff: 404 },
  },
  {
    title: "slice for 市审计局",
    method: "GET",
    url: () => `/api/plans/1/slice?unit=${encodeURIComponent(COOPERATING_UNIT)}`,
    expect: { ...everyone(403), admin: 200, supervisor: 200, auditStaff: 200, idleStaff: 404 },
  },
  // A unit's own slice of a plan it has no part in once answered 200 with the plan's
  // title, year and columns: that plan does not exist for it.
  {
    title: "slice for 市科技局 of 市审计局's plan",
    method: "GET",
    url: (_w, ids) => `/api/plans/${ids.auditPlan}/slice?unit=${encodeURIComponent(LEAD_UNIT)}`,
    expect: { ...everyone(404), admin: 200, supervisor: 200, auditStaff: 403 },
  },
  {
    title: "slice for the idle unit of plan 1",
    method: "GET",
    url: () => `/api/plans/1/slice?unit=${encodeURIComponent(IDLE_UNIT)}`,
    expect: { ...everyone(403), admin: 200, supervisor: 200, idleStaff: 404 },
  },
  {
    title: "settings of 市审计局's plan",
    method: "GET",
    url: (_w, ids) => `/api/plans/${ids.auditPlan}/settings`,
    expect: { ...everyone(404), admin: 200, supervisor: 200, auditStaff: 200 },
  },
  {
    title: "status of 市审计局's plan",
    method: "GET",
    url: (_w, ids) => `/api/plans/${ids.auditPlan}/status`,
    expect: { ...everyone(404), admin: 200, supervisor: 200, auditStaff: 200 },
  },
  {
    title: "status of plan 1 for 市科技局",
    method: "GET",
    url: (w) => `/api/plans/1/status?unit=${w.unitIds[LEAD_UNIT] ?? 0}`,
    expect: involvedInPlan1(),
  },
  { title: "list milestones", method: "GET", url: () => "/api/milestones", expect: everyone(200) },
  {
    title: "a milestone of 202 (not 市审计局's)",
    method: "GET",
    url: (_w, ids) => `/api/milestones/${ids.milestone202}`,
    expect: { ...everyone(200), auditStaff: 404, idleStaff: 404 },
  },
  {
    title: "a milestone of 203 (市审计局 cooperates)",
    method: "GET",
    url: (_w, ids) => `/api/milestones/${ids.milestone203}`,
    expect: involvedInPlan1(),
  },
  {
    title: "a milestone of 市审计局's plan",
    method: "GET",
    url: (_w, ids) => `/api/milestones/${ids.auditMilestone}`,
    expect: { ...everyone(404), admin: 200, supervisor: 200, auditStaff: 200 },
  },
  { title: "list tasks", method: "GET", url: () => "/api/tasks", expect: everyone(200) },
  {
    title: "task 202",
    method: "GET",
    url: (_w, ids) => `/api/tasks/${ids.task202}`,
    expect: { ...everyone(200), auditStaff: 404, idleStaff: 404 },
  },
  {
    title: "task 203",
    method: "GET",
    url: (_w, ids) => `/api/tasks/${ids.task203}`,
    expect: involvedInPlan1(),
  },
  {
    title: "the task of 市审计局's plan",
    method: "GET",
    url: (_w, ids) => `/api/tasks/${ids.auditTask}`,
    expect: { ...everyone(404), admin: 200, supervisor: 200, auditStaff: 200 },
  },
  { title: "list users", method: "GET", url: () => "/api/users", expect: everyone(200) },
  {
    title: "read the 市科技局 staff member",
    method: "GET",
    url: (w) => `/api/users/${w.client("staff").userId}`,
    // Oneself, one's unit leader, the administrator; the supervision office is not in user.read.
    expect: { ...everyone(404), admin: 200, leader: 200, staff: 200 },
  },
  {
    title: "read the administrator",
    method: "GET",
    url: (w) => `/api/users/${w.admin.userId}`,
    expect: { ...everyone(404), admin: 200 },
  },
  { title: "list units", method: "GET", url: () => "/api/units", expect: everyone(200) },
  { title: "list tokens", method: "GET", url: () => "/api/tokens", expect: adminOnly(200) },
  {
    title: "read the audit log",
    method: "GET",
    url: () => "/api/audit-events",
    expect: { ...everyone(403), admin: 200, supervisor: 200, leader: 200 },
  },
];

const userCount = async (w: World): Promise<number> =>
  (await adminGet<Items<UserItem>>(w, "/api/users")).items.length;

const unitsNow = async (w: World): Promise<readonly UnitItem[]> =>
  (await adminGet<Items<UnitItem>>(w, "/api/units")).items;

const WRITES: readonly Case[] = [
  {
    title: "create a user",
    method: "POST",
    url: () => "/api/users",
    body: (w) => ({
      username: "new.person",
      displayName: "新同事",
      unitId: w.unitIds[LEAD_UNIT],
      role: "unit_staff",
      password: PASSWORD,
    }),
    expect: adminOnly(201),
    probe: userCount,
  },
  {
    title: "rename the 市科技局 staff member (also by themselves)",
    method: "PATCH",
    url: (w) => `/api/users/${w.client("staff").userId}`,
    body: () => ({ displayName: "改过的名字" }),
    expect: adminOnly(200),
    probe: async (w) =>
      (await adminGet<UserItem>(w, `/api/users/${w.client("staff").userId}`)).displayName,
  },
  {
    title: "create a unit",
    method: "POST",
    url: () => "/api/units",
    body: () => ({ name: "市新设局" }),
    expect: adminOnly(201),
    probe: unitsNow,
  },
  {
    title: "add an alias",
    method: "POST",
    url: (w) => `/api/units/${w.unitIds[LEAD_UNIT] ?? 0}/aliases`,
    body: () => ({ alias: "科技局" }),
    expect: adminOnly(200),
    probe: unitsNow,
  },
  {
    title: "remove the alias",
    method: "DELETE",
    url: (w) => `/api/units/${w.unitIds[LEAD_UNIT] ?? 0}/aliases/${encodeURIComponent("科技局")}`,
    expect: adminOnly(200),
    probe: unitsNow,
  },
  {
    title: "merge two units",
    method: "POST",
    url: (_w, ids) => `/api/units/${ids.keepUnit}/merge`,
    body: (_w, ids) => ({ otherUnitId: ids.foldUnit }),
    expect: adminOnly(200),
    probe: unitsNow,
  },
  {
    title: "issue an API token",
    method: "POST",
    url: () => "/api/tokens",
    body: (w) => ({ name: "报表同步", unitId: w.unitIds[LEAD_UNIT], role: "unit_staff" }),
    expect: adminOnly(201),
    probe: async (w) => (await adminGet<Items<unknown>>(w, "/api/tokens")).items.length,
  },
  {
    title: "upload a plan",
    method: "POST",
    url: () => "/api/plans?fileName=plan-2024.xlsx",
    body: async () => planToXlsx(unitPlan(2024, "市统计局", COOPERATING_UNIT)),
    expect: adminOnly(201),
    probe: async (w) =>
      (await adminGet<Items<{ id: number; currentRevision: number }>>(w, "/api/plans")).items,
  },
];

const request = async (w: World, ids: Ids, who: Who, row: Case) => {
  const body: unknown = row.body === undefined ? undefined : await row.body(w, ids);
  return w.client(who).call(row.method, row.url(w, ids), body);
};

const checkRow = async (w: World, ids: Ids, row: Case): Promise<void> => {
  for (const who of ROLES) {
    const before = await row.probe?.(w, ids);
    const response = await request(w, ids, who, row);
    const expected = row.expect[who];
    expect(
      response.statusCode,
      `${who} ${row.method} ${row.title}: ${response.body.slice(0, 300)}`,
    ).toBe(expected);
    if (expected === 403) expect(errorOf(response).code).toBe("auth.forbidden");
    if (expected === 404) expect(errorOf(response).code).toMatch(/\.not_found$/);
    if (row.probe !== undefined) {
      const after = await row.probe(w, ids);
      if (expected >= 400) expect(after, `${who} changed something`).toEqual(before);
      else expect(after, `${who} changed nothing`).not.toEqual(before);
    }
  }
};

describeEachDatabaseWorld("permissions over HTTP", {}, ({ world }) => {
  let ids: Ids;

  beforeAll(async () => {
    const w = world();
    const uploaded = await w.admin.call(
      "POST",
      "/api/plans?fileName=audit-2023.xlsx",
      await planToXlsx(unitPlan(2023, COOPERATING_UNIT, "市统计局")),
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const auditPlan = uploaded.json<{ planId: number }>().planId;
    const revised = await w.admin.call(
      "POST",
      `/api/plans?fileName=audit-2023-revised.xlsx&planId=${String(auditPlan)}`,
      await planToXlsx(unitPlan(2023, COOPERATING_UNIT, "市统计局", "报送审计结果和整改情况。")),
    );
    expect(revised.json()).toMatchObject({ kind: "revised", planId: auditPlan, revision: 2 });
    const plan1 = await adminGet<{ ids: { task: number; milestones: number[] }[] }>(
      w,
      "/api/plans/1",
    );
    const plan2 = await adminGet<{ ids: { task: number; milestones: number[] }[] }>(
      w,
      `/api/plans/${auditPlan}`,
    );
    const created = [];
    for (const name of ["留下的单位", "并入的单位"]) {
      const response = await w.admin.call("POST", "/api/units", { name });
      expect(response.statusCode, response.body).toBe(201);
      created.push(response.json<UnitItem>().id);
    }
    // Tasks in table order: 75, 202, 203, ...
    const [, t202, t203] = plan1.ids;
    const [auditTask] = plan2.ids;
    const [keepUnit, foldUnit] = created;
    if (!t202 || !t203 || !auditTask || keepUnit === undefined || foldUnit === undefined) {
      throw new Error("the plans are not as expected");
    }
    ids = {
      auditPlan,
      task202: t202.task,
      milestone202: t202.milestones[0] ?? 0,
      task203: t203.task,
      milestone203: t203.milestones[0] ?? 0,
      auditTask: auditTask.task,
      auditMilestone: auditTask.milestones[0] ?? 0,
      keepUnit,
      foldUnit,
    };
  });

  it.each(READS)("reads: $method $title", async (row) => {
    await checkRow(world(), ids, row);
  });

  it("lists to each unit only the plans it has a part in", async () => {
    const w = world();
    const listed = async (who: Who) =>
      (await w.client(who).call("GET", "/api/plans"))
        .json<Items<{ id: number }>>()
        .items.map((p) => p.id)
        .sort();
    const both = [1, ids.auditPlan].sort();
    expect(await listed("admin")).toEqual(both);
    expect(await listed("supervisor")).toEqual(both);
    expect(await listed("leader")).toEqual([1]);
    expect(await listed("staff")).toEqual([1]);
    expect(await listed("auditStaff")).toEqual(both);
    expect(await listed("idleStaff")).toEqual([]);
  });

  it("narrows plan 1 to what 市审计局 has a part in, and shows 市科技局 all of it", async () => {
    const w = world();
    type Read = {
      content: {
        tasks: { no: number; milestones: { units: string[] }[] }[];
        milestoneCount: number;
      };
      ids: { task: number; milestones: number[] }[];
    };
    const full = (await w.client("supervisor").call("GET", "/api/plans/1")).json<Read>();
    expect(full.content.tasks).toHaveLength(14);
    expect(full.content.milestoneCount).toBe(38);
    // The same plan, with what each may do on it (`can`) its own.
    const { content, ids } = (await w.client("staff").call("GET", "/api/plans/1")).json<Read>();
    expect({ content, ids }).toEqual({ content: full.content, ids: full.ids });

    const audit = (await w.client("auditStaff").call("GET", "/api/plans/1")).json<Read>();
    expect(audit.content.tasks.map((t) => t.no)).toEqual([203, 205]);
    expect(audit.ids.map((t) => t.milestones.length)).toEqual([2, 7]);
    for (const task of audit.content.tasks) {
      for (const milestone of task.milestones) expect(milestone.units).toContain(COOPERATING_UNIT);
    }
  });

  it("lists each unit only the milestones it is named on or whose task it leads", async () => {
    const w = world();
    const all = (await w.admin.call("GET", "/api/milestones?pageSize=200")).json<
      Items<MilestoneItem>
    >();
    expect(all.total).toBe(38 + 2);
    const leadsTask = new Map<number, readonly string[]>();
    for (const task of (await w.admin.call("GET", "/api/tasks?pageSize=200")).json<
      Items<TaskItem>
    >().items) {
      leadsTask.set(task.id, task.leadUnits);
    }
    const milestonesOf = async (who: Who) =>
      (await w.client(who).call("GET", "/api/milestones?pageSize=200")).json<
        Items<MilestoneItem>
      >();
    const visibleTo = (unit: string, m: MilestoneItem) =>
      m.units.some((u) => u.unit === unit) || (leadsTask.get(m.task.id) ?? []).includes(unit);

    for (const [who, unit] of [
      ["leader", LEAD_UNIT],
      ["staff", LEAD_UNIT],
      ["auditStaff", COOPERATING_UNIT],
      ["idleStaff", IDLE_UNIT],
    ] as const) {
      const seen = await milestonesOf(who);
      expect(seen.total).toBe(seen.items.length);
      for (const m of seen.items) expect(visibleTo(unit, m), `${who} sees ${m.id}`).toBe(true);
      // And every milestone the unit may see is there.
      expect(seen.items.map((m) => m.id)).toEqual(
        all.items.filter((m) => visibleTo(unit, m)).map((m) => m.id),
      );
    }
    expect((await milestonesOf("supervisor")).total).toBe(40);
    expect((await milestonesOf("staff")).items.every((m) => m.planId === 1)).toBe(true);
    expect((await milestonesOf("idleStaff")).total).toBe(0);
    // 市审计局: the nine of 203 and 205 that name it, and its own plan's two.
    const audit = await milestonesOf("auditStaff");
    expect(audit.items.filter((m) => m.planId === 1).map((m) => m.task.no)).toEqual([
      203, 203, 205, 205, 205, 205, 205, 205, 205,
    ]);
    expect(audit.total).toBe(9 + 2);
  });

  it("lists each unit only its tasks, and a task with only the milestones it may see", async () => {
    const w = world();
    const tasksOf = async (who: Who) =>
      (await w.client(who).call("GET", "/api/tasks?pageSize=200"))
        .json<Items<TaskItem>>()
        .items.map((t) => t.no);
    expect(await tasksOf("admin")).toHaveLength(15);
    expect(await tasksOf("staff")).toEqual([
      75, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 228,
    ]);
    expect((await tasksOf("auditStaff")).sort()).toEqual([203, 205, 301]);
    expect(await tasksOf("idleStaff")).toEqual([]);

    // Task 203 is 市科技局's; 市审计局 sees it for the two milestones it is named on.
    const task = (await w.client("auditStaff").call("GET", `/api/tasks/${ids.task203}`)).json<
      TaskItem & { milestoneCount: number }
    >();
    expect(task.no).toBe(203);
    expect(task.milestones?.map((m) => m.id)).toHaveLength(2);
    expect(task.milestoneCount).toBe(2);
  });

  it("lists all users to the administrator, a unit's to its leader, oneself to the rest", async () => {
    const w = world();
    const usernames = async (who: Who) =>
      (await w.client(who).call("GET", "/api/users"))
        .json<Items<UserItem>>()
        .items.map((u) => u.username)
        .sort();
    expect(await usernames("admin")).toEqual(
      ["admin", "supervisor", "kjj.leader", "kjj.staff", "sjj.staff", "idle.staff"].sort(),
    );
    expect(await usernames("leader")).toEqual(["kjj.leader", "kjj.staff"]);
    expect(await usernames("staff")).toEqual(["kjj.staff"]);
    expect(await usernames("auditStaff")).toEqual(["sjj.staff"]);
    expect(await usernames("supervisor")).toEqual(["supervisor"]);
  });

  it.each(WRITES)("writes: $method $title", async (row) => {
    await checkRow(world(), ids, row);
  });

  it("records the administrator's writes in the audit log under their name", async () => {
    const w = world();
    const log = await adminGet<Items<AuditItem>>(
      w,
      `/api/audit-events?user=${w.admin.userId}&pageSize=200`,
    );
    const actions = log.items.map((e) => e.action);
    for (const action of [
      "plan.imported",
      "unit.created",
      "unit.alias_added",
      "unit.alias_removed",
      "units.merged",
      "user.created",
      "user.updated",
      "token.created",
    ]) {
      expect(actions, action).toContain(action);
    }
    for (const entry of log.items) {
      expect(entry).toMatchObject({
        actor: "user:admin",
        userId: w.admin.userId,
        unitId: w.unitIds[OFFICE_UNIT],
      });
    }
    // The two plans the administrator uploaded and the revision, and no refused upload.
    expect(log.items.filter((e) => e.action === "plan.imported")).toHaveLength(2);
    expect(log.items.filter((e) => e.action === "plan.revised")).toHaveLength(1);
    expect(log.items.filter((e) => e.action === "user.created")).toHaveLength(
      5 + 1, // the world's accounts, and the one of the table
    );
  });

  it("shows a unit leader the unit's part of the audit log only, staff none", async () => {
    const w = world();
    const staff = w.client("staff");
    const changed = await staff.call("PUT", "/api/session/password", {
      currentPassword: PASSWORD,
      newPassword: "Another-Long-Passphrase-7",
    });
    expect(changed.statusCode, changed.body).toBe(204);

    const everything = await adminGet<Items<AuditItem>>(w, "/api/audit-events?pageSize=200");
    const supervisor = await w.client("supervisor").call("GET", "/api/audit-events?pageSize=200");
    expect(supervisor.json<Items<AuditItem>>().total).toBe(everything.total);

    const leader = w.client("leader");
    const own = (await leader.call("GET", "/api/audit-events?pageSize=200")).json<
      Items<AuditItem>
    >();
    // Besides the unit's people signing in and being refused (auth.*), the one change.
    expect(
      own.items.filter((e) => !e.action.startsWith("auth.")).map((e) => [e.action, e.actor]),
    ).toEqual([["user.password_changed", "user:kjj.staff"]]);
    expect(own.items.some((e) => e.action === "auth.logged_in")).toBe(true);
    expect(own.items.every((e) => e.unitId === w.unitIds[LEAD_UNIT])).toBe(true);
    const other = await leader.call("GET", `/api/audit-events?unit=${w.unitIds[OFFICE_UNIT] ?? 0}`);
    expect(other.statusCode).toBe(403);
    const asked = await leader.call(
      "GET",
      `/api/audit-events?unit=${leader.unitId}&action=user.password_changed`,
    );
    expect(asked.json<Items<AuditItem>>().total).toBe(1);
    expect((await staff.call("GET", "/api/audit-events")).statusCode).toBe(403);
  });
  // A first revision's diff is stored as its counts only; reading it once failed with 500.
  it("reads revision 1 of a plan with its diff", async () => {
    const response = await world().client("supervisor").call("GET", "/api/plans/1/revisions/1");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      number: 1,
      diff: { counts: { added: 38, removed: 0, changed: 0, unchanged: 0 } },
    });
  });

  // A non-current revision was once refused with 403 before the unit's part in the plan was
  // asked about, telling a unit that a plan it cannot see exists.
  it("answers a unit with no part in a plan 404 whatever revision it names", async () => {
    const w = world();
    for (const who of ["leader", "staff", "idleStaff"] as const) {
      const response = await w.client(who).call("GET", `/api/plans/${ids.auditPlan}?revision=1`);
      expect(response.statusCode, who).toBe(404);
    }
  });
});
