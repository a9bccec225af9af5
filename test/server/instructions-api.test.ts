import type { LightMyRequestResponse } from "fastify";
import { beforeAll, expect, it } from "vitest";
import {
  COOPERATING_UNIT,
  describeEachDatabaseWorld,
  errorOf,
  LEAD_UNIT,
  OFFICE_UNIT,
  type AccountName,
  type World,
} from "../support/http-session.js";

/**
 * Leaders' instructions (领导批示) and focus (重点关注) over HTTP
 * (src/server/routes/instructions.ts), on one world per database: the
 * reference table as plan 1, where 市科技局 leads every milestone and
 * 市审计局 cooperates on 203（1）（2） and 205（1）–（7）; 市档案馆 has no part.
 * The tests share the world, so each works on targets of its own; the last
 * one checks the audit log for the writes of the others.
 */

type Who = "admin" | AccountName;

interface InstructionBody {
  readonly id: number;
  readonly planId: number;
  readonly targetType: "task" | "milestone";
  readonly targetId: number;
  readonly target: {
    readonly taskId: number | null;
    readonly taskNo: number | null;
    readonly seq: number | null;
    readonly text: string | null;
  };
  readonly text: string;
  readonly issuedBy: string;
  readonly enteredBy: string;
  readonly createdAt: string;
  readonly responseDue: string | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  readonly version: number;
  readonly responses: readonly {
    readonly id: number;
    readonly unitId: number;
    readonly unit: string;
    readonly actor: string;
    readonly text: string;
    readonly createdAt: string;
  }[];
}

interface WorkflowState {
  readonly milestoneId: number;
  readonly version: number;
  readonly focus: boolean;
}

interface TaskFocusBody {
  readonly taskId: number;
  readonly focus: boolean;
  readonly setAt: string | null;
  readonly setBy: string | null;
}

/** Noon in Shanghai on a day: the server's "today" is that day. */
const setToday = (w: World, day: string): void => {
  w.clock.now = new Date(`${day}T04:00:00Z`);
};

const answered = (
  response: LightMyRequestResponse,
  status: number,
  what: string,
): LightMyRequestResponse => {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 400)}`).toBe(status);
  return response;
};

const refused = (response: LightMyRequestResponse, status: number, code: string): void => {
  expect(response.statusCode, response.body.slice(0, 400)).toBe(status);
  expect(errorOf(response).code).toBe(code);
};

describeEachDatabaseWorld("leaders' instructions and focus over HTTP", {}, ({ world }) => {
  /** Plan 1's milestone ids by "taskNo/seq", and task ids by number. */
  const milestoneIds = new Map<string, number>();
  const taskIds = new Map<number, number>();
  /** The writes the tests made, as the audit log must show them: "type id action". */
  const written: string[] = [];

  const milestoneId = (taskNo: number, seq: number): number => {
    const found = milestoneIds.get(`${taskNo}/${seq}`);
    if (found === undefined) throw new Error(`no milestone ${taskNo}（${seq}）`);
    return found;
  };
  const taskId = (no: number): number => {
    const found = taskIds.get(no);
    if (found === undefined) throw new Error(`no task ${no}`);
    return found;
  };

  const call = (who: Who, method: "GET" | "POST" | "PUT", url: string, body?: unknown) =>
    world().client(who).call(method, url, body);

  const list = async (who: Who, query: string): Promise<readonly InstructionBody[]> =>
    answered(
      await call(who, "GET", `/api/instructions?${query}`),
      200,
      `${who} instructions ${query}`,
    ).json<{ items: InstructionBody[] }>().items;

  const issue = async (
    target: { targetType: "task" | "milestone"; targetId: number },
    text: string,
    responseDue?: string,
  ): Promise<InstructionBody> => {
    const issued = answered(
      await call("supervisor", "POST", "/api/instructions", {
        ...target,
        text,
        issuedBy: "市长 张三",
        ...(responseDue === undefined ? {} : { responseDue }),
      }),
      201,
      `issuing ${text}`,
    ).json<InstructionBody>();
    written.push(`instruction ${issued.id} instruction.issued`);
    return issued;
  };

  const respond = async (who: Who, id: number, text: string): Promise<InstructionBody> => {
    const body = answered(
      await call(who, "POST", `/api/instructions/${id}/responses`, { text }),
      201,
      `${who} answering ${id}`,
    ).json<InstructionBody>();
    written.push(`instruction ${id} instruction.responded`);
    return body;
  };

  beforeAll(async () => {
    const plan = answered(await world().admin.call("GET", "/api/plans/1"), 200, "plan 1").json<{
      content: { tasks: { no: number; milestones: { seq: number | null }[] }[] };
      ids: { task: number; milestones: number[] }[];
    }>();
    plan.content.tasks.forEach((task, t) => {
      const ids = plan.ids[t];
      if (ids !== undefined) taskIds.set(task.no, ids.task);
      task.milestones.forEach((m, i) => {
        const id = ids?.milestones[i];
        if (id !== undefined) milestoneIds.set(`${task.no}/${m.seq ?? ""}`, id);
      });
    });
    expect(milestoneIds.size).toBe(38);
  });

  it("lets the office issue instructions that reach the units responsible", async () => {
    const w = world();
    setToday(w, "2022-06-20");
    const m203 = milestoneId(203, 1);
    const m202 = milestoneId(202, 1);

    // Units do not issue; the office does.
    for (const who of ["staff", "leader", "auditStaff", "idleStaff"] as const) {
      refused(
        await call(who, "POST", "/api/instructions", {
          targetType: "milestone",
          targetId: m203,
          text: "批示",
          issuedBy: "市长 张三",
        }),
        403,
        "auth.forbidden",
      );
    }
    refused(
      await call("supervisor", "POST", "/api/instructions", {
        targetType: "plan",
        targetId: 1,
        text: "批示",
        issuedBy: "市长 张三",
      }),
      400,
      "validation.failed",
    );
    refused(
      await call("supervisor", "POST", "/api/instructions", {
        targetType: "milestone",
        targetId: m203,
        text: "批示",
        issuedBy: "市长 张三",
        responseDue: "2022-06-01",
      }),
      400,
      "instruction.invalid_input",
    );
    refused(
      await call("supervisor", "POST", "/api/instructions", {
        targetType: "task",
        targetId: 999_999,
        text: "批示",
        issuedBy: "市长 张三",
      }),
      404,
      "task.not_found",
    );

    const on203 = await issue(
      { targetType: "milestone", targetId: m203 },
      "请加快推进，7月10日前报进展。",
      "2022-07-10",
    );
    expect(on203).toMatchObject({
      planId: 1,
      targetType: "milestone",
      targetId: m203,
      target: { taskNo: 203, seq: 1 },
      issuedBy: "市长 张三",
      enteredBy: "user:supervisor",
      responseDue: "2022-07-10",
      closedAt: null,
      version: 1,
      responses: [],
    });
    const on202 = await issue({ targetType: "milestone", targetId: m202 }, "与税务部门加强协同。");

    // 市科技局 awaits both; 市审计局 sees only its milestone's; 市档案馆 nothing at all.
    const ids = (items: readonly InstructionBody[]) => items.map((i) => i.id);
    expect(ids(await list("staff", "awaiting=true"))).toEqual(
      expect.arrayContaining([on203.id, on202.id]),
    );
    expect(ids(await list("auditStaff", "plan=1"))).toEqual([on203.id]);
    expect(ids(await list("auditStaff", "awaiting=true"))).toEqual([on203.id]);
    expect(ids(await list("auditStaff", `target=milestone:${m203}`))).toEqual([on203.id]);
    expect(await list("idleStaff", "plan=1")).toEqual([]);
    expect(await list("idleStaff", "awaiting=true")).toEqual([]);
    refused(
      await call("idleStaff", "GET", `/api/instructions?target=milestone:${m203}`),
      404,
      "milestone.not_found",
    );
    refused(await call("idleStaff", "GET", `/api/milestones/${m203}`), 404, "milestone.not_found");
    refused(
      await call("idleStaff", "GET", `/api/instructions/${on203.id}`),
      404,
      "instruction.not_found",
    );
    refused(
      await call("auditStaff", "GET", `/api/instructions/${on202.id}`),
      404,
      "instruction.not_found",
    );
    refused(
      await call("supervisor", "GET", "/api/instructions?target=milestone:x"),
      400,
      "validation.failed",
    );

    // Responses: tracked per unit, with time; the unit that answered no longer awaits.
    refused(
      await call("idleStaff", "POST", `/api/instructions/${on203.id}/responses`, { text: "?" }),
      404,
      "instruction.not_found",
    );
    refused(
      await call("supervisor", "POST", `/api/instructions/${on203.id}/responses`, { text: "?" }),
      403,
      "auth.forbidden",
    );
    refused(
      await call("auditStaff", "POST", `/api/instructions/${on203.id}/responses`, { text: " " }),
      400,
      "validation.failed",
    );
    setToday(w, "2022-06-22");
    const answered203 = await respond("auditStaff", on203.id, "已提供审计发现的问题清单。");
    expect(answered203.version).toBe(2);
    expect(answered203.responses).toEqual([
      {
        id: expect.any(Number) as number,
        unitId: w.unitIds[COOPERATING_UNIT],
        unit: COOPERATING_UNIT,
        actor: "user:sjj.staff",
        actorName: `${COOPERATING_UNIT} unit_staff`,
        text: "已提供审计发现的问题清单。",
        createdAt: "2022-06-22T04:00:00.000Z",
      },
    ]);
    expect(await list("auditStaff", "awaiting=true")).toEqual([]);
    expect(ids(await list("staff", "awaiting=true"))).toEqual(
      expect.arrayContaining([on203.id, on202.id]),
    );
    await respond("leader", on203.id, "已召开专题会，7月初报送。");
    expect(ids(await list("staff", "awaiting=true"))).not.toContain(on203.id);
    const seen = answered(
      await call("supervisor", "GET", `/api/instructions/${on203.id}`),
      200,
      "the instruction",
    ).json<InstructionBody>();
    expect(seen.responses.map((r) => [r.unit, r.actor, r.createdAt])).toEqual([
      [COOPERATING_UNIT, "user:sjj.staff", "2022-06-22T04:00:00.000Z"],
      [LEAD_UNIT, "user:kjj.leader", "2022-06-22T04:00:00.000Z"],
    ]);
    // The office awaits the instructions no unit has answered.
    const officeAwaits = ids(await list("supervisor", "awaiting=true"));
    expect(officeAwaits).toContain(on202.id);
    expect(officeAwaits).not.toContain(on203.id);

    // Closing: a version read before the last answer is refused with the instruction as it is.
    setToday(w, "2022-07-11");
    refused(
      await call("staff", "POST", `/api/instructions/${on203.id}/close`),
      403,
      "auth.forbidden",
    );
    const stale = await call("supervisor", "POST", `/api/instructions/${on203.id}/close`, {
      version: 2,
    });
    refused(stale, 409, "instruction.conflict");
    expect(errorOf(stale).details).toMatchObject({ current: { id: on203.id, version: 3 } });
    const closed = answered(
      await call("supervisor", "POST", `/api/instructions/${on203.id}/close`, { version: 3 }),
      200,
      "closing",
    ).json<InstructionBody>();
    written.push(`instruction ${on203.id} instruction.closed`);
    expect(closed).toMatchObject({
      version: 4,
      closedAt: "2022-07-11T04:00:00.000Z",
      closedBy: "user:supervisor",
    });
    refused(
      await call("staff", "POST", `/api/instructions/${on203.id}/responses`, { text: "补充" }),
      409,
      "instruction.invalid_state",
    );
    refused(
      await call("supervisor", "POST", `/api/instructions/${on203.id}/close`),
      409,
      "instruction.invalid_state",
    );
    // Without a body, the office closes whatever came in.
    answered(await call("supervisor", "POST", `/api/instructions/${on202.id}/close`), 200, "close");
    written.push(`instruction ${on202.id} instruction.closed`);
    expect(ids(await list("staff", "awaiting=true"))).not.toContain(on202.id);
    expect(ids(await list("auditStaff", "plan=1"))).toEqual([on203.id]);
  });

  it("puts instructions on a task before the units that lead or share it", async () => {
    const w = world();
    setToday(w, "2022-06-20");
    // Task 205: 市科技局 leads it, 市审计局 is named on its milestones.
    const on205 = await issue({ targetType: "task", targetId: taskId(205) }, "人才引进要抓紧。");
    // Task 204: 市审计局 has no part in it.
    const on204 = await issue({ targetType: "task", targetId: taskId(204) }, "整体进度偏慢。");
    expect(on205.target).toMatchObject({ taskId: taskId(205), taskNo: 205, seq: null });

    const audit = (await list("auditStaff", "awaiting=true")).map((i) => i.id);
    expect(audit).toContain(on205.id);
    expect(audit).not.toContain(on204.id);
    refused(
      await call("auditStaff", "GET", `/api/instructions?target=task:${taskId(204)}`),
      404,
      "task.not_found",
    );
    refused(
      await call("idleStaff", "GET", `/api/instructions?target=task:${taskId(205)}`),
      404,
      "task.not_found",
    );
    await respond("auditStaff", on205.id, "已配合完成人才需求摸底。");
    await respond("staff", on204.id, "已制定赶进度方案。");
    const view = (await list("supervisor", `target=task:${taskId(205)}`))[0];
    expect(view?.responses.map((r) => r.unit)).toEqual([COOPERATING_UNIT]);
  });

  it("marks a milestone for focus as a workflow step, with the version (409 when stale)", async () => {
    const w = world();
    setToday(w, "2022-06-20");
    // 206（1）: 市审计局 has no part in it.
    const m = milestoneId(206, 1);
    const url = `/api/milestones/${m}/focus`;
    for (const who of ["staff", "leader", "auditStaff", "idleStaff"] as const) {
      refused(await call(who, "PUT", url, { version: 0, focus: true }), 403, "auth.forbidden");
    }
    refused(await call("supervisor", "PUT", url, { focus: true }), 400, "validation.failed");

    const set = answered(
      await call("supervisor", "PUT", url, { version: 0, focus: true }),
      200,
      "focus",
    ).json<WorkflowState>();
    written.push(`milestone ${m} focus.set`);
    expect(set).toEqual({
      milestoneId: m,
      version: 1,
      phase: "open",
      acknowledgedOn: null,
      focus: true,
    });
    const seen = answered(await call("staff", "GET", `/api/milestones/${m}`), 200, "milestone");
    expect(seen.json<{ workflow: WorkflowState }>().workflow).toEqual(set);

    // The lead unit acknowledges meanwhile; the office's next write names the old version.
    answered(
      await call("staff", "POST", `/api/milestones/${m}/acknowledgement`, { version: 1 }),
      200,
      "acknowledging",
    );
    written.push(`milestone ${m} milestone.acknowledged`);
    const stale = await call("supervisor", "PUT", url, { version: 1, focus: false });
    refused(stale, 409, "milestone.conflict");
    expect(errorOf(stale)).toMatchObject({
      field: "body.version",
      details: { current: { version: 2, focus: true, acknowledgedOn: "2022-06-20" } },
    });
    const cleared = answered(
      await call("supervisor", "PUT", url, { version: 2, focus: false }),
      200,
      "clearing",
    ).json<WorkflowState>();
    written.push(`milestone ${m} focus.cleared`);
    expect(cleared).toMatchObject({ version: 3, focus: false });

    const history = answered(
      await call("staff", "GET", `/api/milestones/${m}/history`),
      200,
      "history",
    ).json<{ entries: { entry: { kind: string; on: string } }[] }>();
    expect(history.entries.map((e) => e.entry)).toEqual([
      { kind: "focus_set", on: "2022-06-20" },
      { kind: "acknowledged", on: "2022-06-20" },
      { kind: "focus_cleared", on: "2022-06-20" },
    ]);
    refused(
      await call("supervisor", "PUT", `/api/milestones/999999/focus`, { version: 0, focus: true }),
      404,
      "milestone.not_found",
    );
  });

  it("marks a task for focus, for every unit that sees the task to read", async () => {
    const w = world();
    setToday(w, "2022-06-20");
    const t = taskId(203);
    const url = `/api/tasks/${t}/focus`;
    const read = async (who: Who) =>
      answered(await call(who, "GET", url), 200, `${who} reads focus`).json<TaskFocusBody>();
    expect(await read("auditStaff")).toEqual({ taskId: t, focus: false, setAt: null, setBy: null });
    for (const who of ["staff", "leader", "auditStaff"] as const) {
      refused(await call(who, "PUT", url, { focus: true }), 403, "auth.forbidden");
    }
    refused(await call("idleStaff", "GET", url), 404, "task.not_found");

    const marked = answered(
      await call("supervisor", "PUT", url, { focus: true }),
      200,
      "marking",
    ).json<TaskFocusBody>();
    written.push(`task ${t} focus.set`);
    expect(marked).toEqual({
      taskId: t,
      focus: true,
      setAt: "2022-06-20T04:00:00.000Z",
      setBy: "user:supervisor",
    });
    // Marking again changes nothing and writes nothing.
    setToday(w, "2022-06-21");
    expect(
      answered(await call("supervisor", "PUT", url, { focus: true }), 200, "again").json(),
    ).toEqual(marked);
    expect(await read("auditStaff")).toEqual(marked);
    expect(await read("staff")).toEqual(marked);
    // The task itself and the task list carry the mark, so a screen lists the marked at once.
    const task = answered(await call("staff", "GET", `/api/tasks/${t}`), 200, "task");
    expect(task.json<{ focus: boolean }>().focus).toBe(true);
    const listed = answered(
      await call("supervisor", "GET", "/api/tasks?pageSize=200"),
      200,
      "tasks",
    )
      .json<{ items: { id: number; focus: boolean }[] }>()
      .items.filter((item) => item.focus);
    expect(listed.map((item) => item.id)).toEqual([t]);
    answered(await call("supervisor", "PUT", url, { focus: false }), 200, "clearing");
    written.push(`task ${t} focus.cleared`);
    expect((await read("staff")).focus).toBe(false);
    refused(
      await call("supervisor", "PUT", "/api/tasks/999999/focus", { focus: true }),
      404,
      "task.not_found",
    );
  });

  it("documents its endpoints in the OpenAPI document", async () => {
    const document = answered(
      await world().app.inject({ method: "GET", url: "/api/openapi.json" }),
      200,
      "openapi",
    ).json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>();
    const tagged = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.tags?.includes("instructions"))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(tagged.sort()).toEqual(
      [
        "POST /api/instructions",
        "GET /api/instructions",
        "GET /api/instructions/{id}",
        "POST /api/instructions/{id}/responses",
        "POST /api/instructions/{id}/close",
        "PUT /api/milestones/{id}/focus",
        "GET /api/tasks/{id}/focus",
        "PUT /api/tasks/{id}/focus",
      ].sort(),
    );
  });

  it("records every write in the audit log, with who acted for which unit", async () => {
    const w = world();
    const audit = async (query: string) =>
      answered(
        await w.admin.call("GET", `/api/audit-events?${query}&pageSize=200`),
        200,
        `audit ${query}`,
      ).json<{
        items: {
          action: string;
          objectType: string;
          objectId: string;
          actor: string;
          unitId: number | null;
        }[];
      }>().items;
    const entries = [
      ...(await audit("objectType=instruction")),
      ...(await audit("objectType=task")),
      ...(await audit("objectType=milestone")),
    ];
    expect(entries.map((e) => `${e.objectType} ${e.objectId} ${e.action}`).sort()).toEqual(
      [...written].sort(),
    );
    const issued = entries.filter((e) => e.action === "instruction.issued");
    expect(issued.length).toBe(4);
    for (const e of issued)
      expect([e.actor, e.unitId]).toEqual(["user:supervisor", w.unitIds[OFFICE_UNIT]]);
    const responded = entries.filter((e) => e.action === "instruction.responded");
    expect(responded.map((e) => [e.actor, e.unitId]).sort()).toEqual(
      [
        ["user:sjj.staff", w.unitIds[COOPERATING_UNIT]],
        ["user:kjj.leader", w.unitIds[LEAD_UNIT]],
        ["user:sjj.staff", w.unitIds[COOPERATING_UNIT]],
        ["user:kjj.staff", w.unitIds[LEAD_UNIT]],
      ].sort(),
    );
    // A unit leader reads the unit's own answers in the log.
    const own = answered(
      await call("leader", "GET", "/api/audit-events?objectType=instruction"),
      200,
      "the leader's log",
    ).json<{ items: { action: string; actor: string }[] }>().items;
    expect(own.map((e) => [e.action, e.actor]).sort()).toEqual([
      ["instruction.responded", "user:kjj.leader"],
      ["instruction.responded", "user:kjj.staff"],
    ]);
  });
});
