import type { LightMyRequestResponse } from "fastify";
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from "../../src/domain/plan-settings.js";
import { beforeAll, expect, it } from "vitest";
import {
  COOPERATING_UNIT,
  describeEachDatabaseWorld,
  errorOf,
  LEAD_UNIT,
  logIn,
  USERNAMES,
  type AccountName,
  type Client,
  type World,
} from "../support/http-session.js";
import { milestoneIdsByNumber } from "../support/milestone-ids.js";
import { multipartOf } from "../support/multipart.js";

/**
 * The supervision cycle over HTTP (src/server/routes/workflow.ts,
 * plan-supervision.ts), on one world per database: the reference table as
 * plan 1 (市科技局 leads all 38 milestones; 市审计局 cooperates on 203 and
 * 205), the server's "today" set by the world's clock to days of 2022.
 *
 * The tests share the world, so each works on milestones of its own (named
 * below with their deadlines from seed-2022-kjj.expected.json) and every
 * step is dated on or after 2022-04-20: status as of an earlier day is
 * what the table alone gives. The last test checks the audit log for every
 * write the others made.
 */

type Who = "admin" | AccountName;

interface WorkflowState {
  readonly milestoneId: number;
  readonly version: number;
  readonly phase: "open" | "completion_pending" | "done";
  readonly acknowledgedOn: string | null;
  readonly focus: boolean;
}

interface MilestoneBody {
  readonly id: number;
  readonly asOf: string;
  readonly deadline: { readonly kind: string; readonly text: string; readonly date?: string };
  readonly status: string;
  readonly light: string;
  readonly due: string | null;
  readonly completedOn: string | null;
  readonly late: boolean | null;
  readonly reportMissing: boolean;
  readonly workflow: WorkflowState;
  readonly latestReport: { on: string; text: string; percent: number | null } | null;
}

interface RequestBody {
  readonly id: number;
  readonly milestoneId: number;
  readonly planId: number;
  readonly kind: "completion" | "extension";
  readonly state: "pending" | "approved" | "rejected";
  readonly requestedBy: string;
  readonly unitId: number | null;
  readonly payload: Record<string, unknown>;
  readonly decidedBy: string | null;
  readonly decisionComment: string | null;
}

interface LedgerBody {
  readonly id: number;
  readonly milestoneId: number;
  readonly actor: string;
  readonly userId: number | null;
  readonly unitId: number | null;
  readonly entry: { readonly kind: string; readonly on: string } & Record<string, unknown>;
}

interface AttachmentBody {
  readonly id: number;
  readonly milestoneId: number;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly actor: string;
}

interface HistoryBody {
  readonly entries: readonly LedgerBody[];
  readonly requests: readonly RequestBody[];
  readonly attachments: readonly AttachmentBody[];
}

interface Counts {
  readonly done: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly inProgress: number;
  readonly notStarted: number;
}

interface Rollup {
  readonly total: number;
  readonly counts: Counts;
  readonly completionRate: number | null;
  readonly onTimeRate: number | null;
}

interface PlanStatusBody {
  readonly planId: number;
  readonly asOf: string;
  readonly unit: { readonly id: number; readonly name: string } | null;
  readonly counts: Counts;
  readonly total: number;
  readonly completionRate: number | null;
  readonly onTimeRate: number | null;
  readonly cooperating: Rollup | null;
  readonly milestones: readonly {
    readonly id: number;
    readonly taskNo: number | null;
    readonly seq: number | null;
    readonly status: string;
    readonly light: string;
    readonly due: string | null;
    readonly role?: string;
  }[];
  readonly byTask: readonly { taskNo: number | null; rollup: Rollup }[];
  readonly byUnit: readonly { unit: string; lead: Rollup; cooperating: Rollup }[];
  readonly byDueMonth: readonly { month: string; rollup: Rollup }[];
}

interface SettingsBody {
  readonly version: number;
  readonly settings: PlanSettings;
}

interface AuditBody {
  readonly items: readonly {
    readonly actor: string;
    readonly userId: number | null;
    readonly unitId: number | null;
    readonly action: string;
    readonly objectType: string;
    readonly objectId: string;
    readonly after: unknown;
  }[];
  readonly total: number;
}

const DEFAULT_SETTINGS = DEFAULT_PLAN_SETTINGS;

/** Evidence files by their first bytes: what the server sniffs, whatever the name says. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", "latin1"),
]);
/** A Windows executable's header. */
const EXE = Buffer.from(
  "MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0This program cannot be run",
  "latin1",
);

/** Noon in Shanghai on a day: the server's "today" is that day. */
const setToday = (w: World, day: string): void => {
  w.clock.now = new Date(`${day}T04:00:00Z`);
};

/** The response, once its status is the one expected. */
const answered = (
  response: LightMyRequestResponse,
  status: number,
  what: string,
): LightMyRequestResponse => {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 400)}`).toBe(status);
  return response;
};

/** 403 refusals say so; the milestone and everything about it are left as they were. */
const expectForbidden = (response: LightMyRequestResponse, what: string): void => {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBe(403);
  expect(errorOf(response).code).toBe("auth.forbidden");
};

describeEachDatabaseWorld("the supervision workflow over HTTP", {}, ({ world }) => {
  /** Plan 1's milestone ids by "taskNo/seq" (210 has no seq: "210/"). */
  let ids = new Map<string, number>();
  /** Every write the tests made, as the audit log must show it: [milestone id, action]. */
  const written: [number, string][] = [];

  const id = (taskNo: number, seq: number | null): number => {
    const found = ids.get(`${taskNo}/${seq ?? ""}`);
    if (found === undefined) throw new Error(`no milestone ${taskNo}（${seq ?? ""}）`);
    return found;
  };

  const call = (who: Who, method: "GET" | "POST" | "PUT", url: string, body?: unknown) =>
    world().client(who).call(method, url, body);

  /** Uploads files (multipart) on a milestone: the response. */
  const sendEvidence = async (who: Who, m: number, ...files: [string, Buffer][]) => {
    const { body, contentType } = await multipartOf(files);
    return world()
      .client(who)
      .call("POST", `/api/milestones/${m}/evidence`, body, { "content-type": contentType });
  };

  /** Uploads files on a milestone: their ids, for a report or completion to cite. */
  const evidence = async (who: Who, m: number, ...files: [string, Buffer][]) =>
    answered(await sendEvidence(who, m, ...files), 201, "uploading evidence")
      .json<{ attachments: AttachmentBody[] }>()
      .attachments.map((file) => file.id);

  const milestone = async (
    milestoneId: number,
    asOf?: string,
    who: Who = "supervisor",
  ): Promise<MilestoneBody> =>
    answered(
      await call(who, "GET", `/api/milestones/${milestoneId}${asOf ? `?asOf=${asOf}` : ""}`),
      200,
      `milestone ${milestoneId}`,
    ).json<MilestoneBody>();

  const versionOf = async (milestoneId: number): Promise<number> =>
    (await milestone(milestoneId)).workflow.version;

  const history = async (milestoneId: number, who: Who = "supervisor"): Promise<HistoryBody> =>
    answered(
      await call(who, "GET", `/api/milestones/${milestoneId}/history`),
      200,
      `history of ${milestoneId}`,
    ).json<HistoryBody>();

  const requests = async (who: Who, query: string): Promise<readonly RequestBody[]> =>
    answered(await call(who, "GET", `/api/requests?${query}`), 200, `requests ${query}`).json<{
      items: RequestBody[];
    }>().items;

  /** A write that must succeed, recorded for the audit test. */
  const write = async <T>(
    who: Who,
    url: string,
    body: unknown,
    status: number,
    milestoneId: number,
    actions: readonly string[],
  ): Promise<T> => {
    const result = answered(
      await call(who, "POST", url, body),
      status,
      `${who} POST ${url}`,
    ).json<T>();
    for (const action of actions) written.push([milestoneId, action]);
    return result;
  };

  const decide = (
    requestId: number,
    milestoneId: number,
    version: number,
    decision: "approve" | "reject",
    comment: string,
    action: string,
  ) =>
    write<{ workflow: WorkflowState; request: RequestBody }>(
      "supervisor",
      `/api/requests/${requestId}/decision`,
      { version, decision, comment },
      200,
      milestoneId,
      [action],
    );

  beforeAll(async () => {
    ids = await milestoneIdsByNumber(world().admin);
    expect(ids.size).toBe(38);
  });

  it("lets the lead unit acknowledge a milestone, once; not a cooperating unit", async () => {
    const w = world();
    // 202（1）: 市科技局 leads, 市税务局 cooperates; 市审计局 has no part in it.
    const m202 = id(202, 1);
    // 203（1）: 市审计局 cooperates.
    const m203 = id(203, 1);
    setToday(w, "2022-04-20");

    const before203 = await history(m203);
    expectForbidden(
      await call("auditStaff", "POST", `/api/milestones/${m203}/acknowledgement`, { version: 0 }),
      "a cooperating unit acknowledges",
    );
    expectForbidden(
      await call("supervisor", "POST", `/api/milestones/${m203}/acknowledgement`, { version: 0 }),
      "the supervision office acknowledges",
    );
    expect(await history(m203)).toEqual(before203);
    expect((await milestone(m203)).workflow).toMatchObject({ version: 0, acknowledgedOn: null });

    // Milestones a unit may not see do not exist for it.
    for (const who of ["auditStaff", "idleStaff"] as const) {
      const hidden = await call(who, "POST", `/api/milestones/${m202}/acknowledgement`, {
        version: 0,
      });
      expect(hidden.statusCode, who).toBe(404);
      expect(errorOf(hidden).code).toBe("milestone.not_found");
    }

    const acknowledged = await write<WorkflowState>(
      "staff",
      `/api/milestones/${m202}/acknowledgement`,
      { version: 0 },
      200,
      m202,
      ["milestone.acknowledged"],
    );
    expect(acknowledged).toEqual({
      milestoneId: m202,
      version: 1,
      phase: "open",
      acknowledgedOn: "2022-04-20",
      focus: false,
    });

    // Again the next day, by the leader, with the version read before or after: the first day stands.
    setToday(w, "2022-04-21");
    for (const version of [1, 0]) {
      const again = answered(
        await call("leader", "POST", `/api/milestones/${m202}/acknowledgement`, { version }),
        200,
        `acknowledging again with version ${version}`,
      ).json<WorkflowState>();
      expect(again).toEqual(acknowledged);
    }
    const view = await milestone(m202, undefined, "staff");
    expect(view.workflow).toEqual(acknowledged);
    // Acknowledging is no progress: 7月31日 is 101 days away.
    expect(view).toMatchObject({ status: "not_started", light: "green", due: "2022-07-31" });
    const { entries } = await history(m202, "leader");
    expect(entries.map((e) => e.entry)).toEqual([{ kind: "acknowledged", on: "2022-04-20" }]);
    expect(entries[0]).toMatchObject({
      actor: "user:kjj.staff",
      userId: w.client("staff").userId,
      unitId: w.unitIds[LEAD_UNIT],
    });
  });

  it("takes the lead unit's report as progress and a cooperating unit's as input", async () => {
    const w = world();
    // 203（2）: due 12月15日; 市审计局 cooperates.
    const m = id(203, 2);
    setToday(w, "2022-06-10");
    expect(await milestone(m)).toMatchObject({
      status: "not_started",
      light: "green",
      due: "2022-12-15",
      latestReport: null,
      reportMissing: false,
    });

    // 市审计局's report goes to the lead as input: the status does not move.
    const input = await write<{ workflow: WorkflowState; official: boolean }>(
      "auditStaff",
      `/api/milestones/${m}/reports`,
      { version: 0, text: "已提供审计发现的问题清单。", percent: 30 },
      201,
      m,
      ["milestone.input_reported"],
    );
    expect(input).toEqual({
      official: false,
      workflow: { milestoneId: m, version: 1, phase: "open", acknowledgedOn: null, focus: false },
    });
    expect(await milestone(m)).toMatchObject({ status: "not_started", latestReport: null });

    // Only the lead's report cites others.
    const citing = await call("auditStaff", "POST", `/api/milestones/${m}/reports`, {
      version: 1,
      text: "引用。",
      cites: [1],
    });
    expect(citing.statusCode, citing.body).toBe(400);
    expect(errorOf(citing)).toMatchObject({ code: "milestone.invalid_input", field: "body.cites" });

    const cooperatingEntry = (await history(m, "staff")).entries.find(
      (e) => e.entry.kind === "input",
    );
    expect(cooperatingEntry).toMatchObject({
      unitId: w.unitIds[COOPERATING_UNIT],
      entry: { kind: "input", on: "2022-06-10", percent: 30 },
    });
    if (cooperatingEntry === undefined) throw new Error("no report recorded");

    // The lead's report, drawing on it, is the milestone's progress.
    const official = await write<{ workflow: WorkflowState; official: boolean }>(
      "staff",
      `/api/milestones/${m}/reports`,
      {
        version: 1,
        text: "已完成年度科技创新政策落实情况评估。",
        percent: 40,
        cites: [cooperatingEntry.id],
      },
      201,
      m,
      ["milestone.reported"],
    );
    expect(official).toMatchObject({ official: true, workflow: { version: 2, phase: "open" } });
    expect(await milestone(m, undefined, "auditStaff")).toMatchObject({
      // 188 days before 12月15日: in progress, not due soon.
      status: "in_progress",
      light: "green",
      due: "2022-12-15",
      latestReport: { on: "2022-06-10", text: "已完成年度科技创新政策落实情况评估。", percent: 40 },
    });
    const { entries } = await history(m);
    expect(entries.map((e) => [e.entry.kind, e.entry["cites"]])).toEqual([
      ["input", undefined],
      ["reported", [cooperatingEntry.id]],
    ]);

    // Status as of the day before the reports: as if they had not been made.
    expect(await milestone(m, "2022-06-09")).toMatchObject({
      status: "not_started",
      latestReport: null,
    });
  });

  it("completes a milestone on the supervisor's approval when the plan requires review", async () => {
    const w = world();
    // 204（1）: due 3月31日, so late on 4月20日.
    const m = id(204, 1);
    setToday(w, "2022-04-20");
    expect(await milestone(m)).toMatchObject({
      status: "overdue",
      light: "red",
      due: "2022-03-31",
      completedOn: null,
      late: null,
    });
    const declaration = {
      version: 0,
      completedOn: "2022-04-10",
      text: "已完成政策宣讲。",
      attachmentIds: await evidence("leader", m, ["宣讲总结.pdf", PDF]),
    };

    // A unit's completion is its leader's to submit.
    for (const who of ["staff", "supervisor"] as const) {
      expectForbidden(
        await call(who, "POST", `/api/milestones/${m}/completion`, declaration),
        `${who} declares completion`,
      );
    }
    const future = await call("leader", "POST", `/api/milestones/${m}/completion`, {
      ...declaration,
      completedOn: "2022-04-21",
    });
    expect(future.statusCode, future.body).toBe(400);
    expect(errorOf(future)).toMatchObject({
      code: "milestone.invalid_input",
      field: "body.completedOn",
    });
    expect(await history(m)).toEqual({ entries: [], requests: [], attachments: [] });
    expect(await requests("supervisor", "plan=1&state=pending")).toEqual([]);

    const declared = await write<{ workflow: WorkflowState; requestId: number | null }>(
      "leader",
      `/api/milestones/${m}/completion`,
      declaration,
      201,
      m,
      ["milestone.completion_declared"],
    );
    expect(declared.workflow).toMatchObject({ version: 1, phase: "completion_pending" });
    const requestId = declared.requestId;
    if (requestId === null) throw new Error("review is required: a request is expected");
    // Declared is not done: still overdue until a supervisor approves.
    expect(await milestone(m)).toMatchObject({
      status: "overdue",
      light: "red",
      completedOn: null,
      workflow: { phase: "completion_pending", version: 1 },
    });

    const pending = await requests("supervisor", "plan=1&state=pending");
    expect(pending.map((r) => r.id)).toEqual([requestId]);
    expect(pending[0]).toMatchObject({
      milestoneId: m,
      planId: 1,
      kind: "completion",
      state: "pending",
      requestedBy: "user:kjj.leader",
      unitId: w.unitIds[LEAD_UNIT],
      payload: { completedOn: "2022-04-10", text: "已完成政策宣讲。" },
    });
    // The unit sees its own request; a unit with no part in 204 does not.
    expect((await requests("staff", "state=pending")).map((r) => r.id)).toContain(requestId);
    expect((await requests("auditStaff", "state=pending")).map((r) => r.id)).not.toContain(
      requestId,
    );
    // A second declaration while one waits is refused.
    const twice = await call("leader", "POST", `/api/milestones/${m}/completion`, {
      ...declaration,
      version: 1,
    });
    expect(twice.statusCode, twice.body).toBe(409);
    expect(errorOf(twice).code).toBe("milestone.invalid_state");

    // The unit does not decide its own requests.
    expectForbidden(
      await call("leader", "POST", `/api/requests/${requestId}/decision`, {
        version: 1,
        decision: "approve",
        comment: "",
      }),
      "the leader approves",
    );

    const approved = await decide(requestId, m, 1, "approve", "", "milestone.completion_approved");
    expect(approved.workflow).toMatchObject({ version: 2, phase: "done" });
    expect(approved.request).toMatchObject({
      id: requestId,
      state: "approved",
      decidedBy: "user:supervisor",
      decisionComment: null,
    });
    expect(await milestone(m, undefined, "staff")).toMatchObject({
      status: "done",
      light: "green",
      due: "2022-03-31",
      completedOn: "2022-04-10",
      late: true,
      workflow: { phase: "done", version: 2 },
    });
    expect(await requests("supervisor", "plan=1&state=pending")).toEqual([]);
    expect((await requests("supervisor", "state=approved")).map((r) => r.id)).toContain(requestId);

    // Status as of the day the work was done: not yet done, the approval came later.
    expect(await milestone(m, "2022-04-10")).toMatchObject({ status: "overdue", late: null });

    const record = await history(m, "leader");
    expect(record.entries.map((e) => e.entry.kind)).toEqual([
      "completion_declared",
      "completion_accepted",
    ]);
    expect(record.attachments).toHaveLength(1);
    expect(record.attachments[0]).toMatchObject({
      name: "宣讲总结.pdf",
      mediaType: "application/pdf",
      size: PDF.byteLength,
    });
    expect(record.entries[0]?.entry).toMatchObject({
      completedOn: "2022-04-10",
      requestId,
      attachmentIds: [record.attachments[0]?.id],
    });

    // Nothing more to do on a done milestone.
    const more = await call("staff", "POST", `/api/milestones/${m}/reports`, {
      version: 2,
      text: "补充材料。",
    });
    expect(more.statusCode, more.body).toBe(409);
    expect(errorOf(more).code).toBe("milestone.invalid_state");
  });

  it("returns a completion only with a reason, and opens the milestone again", async () => {
    const w = world();
    // 204（2）: due 4月30日, 10 days after 4月20日.
    const m = id(204, 2);
    setToday(w, "2022-04-20");
    const declared = await write<{ workflow: WorkflowState; requestId: number | null }>(
      "leader",
      `/api/milestones/${m}/completion`,
      {
        version: 0,
        completedOn: "2022-04-20",
        attachmentIds: await evidence("leader", m, ["情况说明.pdf", PDF]),
      },
      201,
      m,
      ["milestone.completion_declared"],
    );
    const requestId = declared.requestId ?? 0;
    expect(requestId).toBeGreaterThan(0);

    for (const body of [
      { version: 1, decision: "reject", comment: "" },
      { version: 1, decision: "reject", comment: "   " },
      { version: 1, decision: "reject" },
    ]) {
      const bare = await call("supervisor", "POST", `/api/requests/${requestId}/decision`, body);
      expect(bare.statusCode, bare.body).toBe(400);
      expect(errorOf(bare)).toMatchObject({
        code: "milestone.invalid_input",
        field: "body.comment",
      });
    }
    expect(await milestone(m)).toMatchObject({
      workflow: { version: 1, phase: "completion_pending" },
    });

    const returned = await decide(
      requestId,
      m,
      1,
      "reject",
      "佐证材料不足，请补充。",
      "milestone.completion_returned",
    );
    expect(returned.workflow).toMatchObject({ version: 2, phase: "open" });
    expect(returned.request).toMatchObject({
      state: "rejected",
      decisionComment: "佐证材料不足，请补充。",
    });
    expect(await milestone(m, undefined, "leader")).toMatchObject({
      status: "due_soon",
      light: "yellow",
      due: "2022-04-30",
      completedOn: null,
      late: null,
      workflow: { phase: "open", version: 2 },
    });
    const record = await history(m, "staff");
    expect(record.entries.map((e) => e.entry.kind)).toEqual([
      "completion_declared",
      "completion_returned",
    ]);
    expect(record.entries[1]?.entry).toEqual({
      kind: "completion_returned",
      on: "2022-04-20",
      requestId,
      comment: "佐证材料不足，请补充。",
    });
    expect(record.requests.map((r) => [r.id, r.state])).toEqual([[requestId, "rejected"]]);

    // Decided is decided.
    const again = await call("supervisor", "POST", `/api/requests/${requestId}/decision`, {
      version: 2,
      decision: "approve",
    });
    expect(again.statusCode, again.body).toBe(409);
    expect(errorOf(again).code).toBe("milestone.invalid_state");
    const missing = await call("supervisor", "POST", "/api/requests/999999/decision", {
      version: 0,
      decision: "approve",
    });
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe("request.not_found");
  });

  it("moves the due date on an approved extension, never the deadline as issued", async () => {
    const w = world();
    // 205（3）: due 8月30日; 205（4）: due 10月30日.
    const granted = id(205, 3);
    const refused = id(205, 4);
    setToday(w, "2022-06-10");
    const original = await milestone(granted);
    expect(original).toMatchObject({ status: "not_started", due: "2022-08-30" });
    expect(original.deadline.date).toBe("2022-08-30");

    const ask = { version: 0, newDue: "2022-09-30", reason: "需与市审计局联合开展，时间顺延。" };
    for (const who of ["staff", "auditStaff", "supervisor"] as const) {
      expectForbidden(
        await call(who, "POST", `/api/milestones/${granted}/extension-requests`, ask),
        `${who} asks for an extension`,
      );
    }
    const past = await call("leader", "POST", `/api/milestones/${granted}/extension-requests`, {
      ...ask,
      newDue: "2022-06-10",
    });
    expect(past.statusCode, past.body).toBe(400);
    expect(errorOf(past)).toMatchObject({ code: "milestone.invalid_input", field: "body.newDue" });

    const asked = await write<{ workflow: WorkflowState; requestId: number }>(
      "leader",
      `/api/milestones/${granted}/extension-requests`,
      ask,
      201,
      granted,
      ["milestone.extension_requested"],
    );
    expect(asked.workflow).toMatchObject({ version: 1, phase: "open" });
    // Asked is not granted.
    expect(await milestone(granted)).toMatchObject({ due: "2022-08-30" });
    expect((await requests("auditStaff", "plan=1&state=pending")).map((r) => r.id)).toContain(
      asked.requestId,
    );
    const second = await call("leader", "POST", `/api/milestones/${granted}/extension-requests`, {
      ...ask,
      version: 1,
    });
    expect(second.statusCode, second.body).toBe(409);
    expect(errorOf(second).code).toBe("milestone.invalid_state");

    const approved = await decide(
      asked.requestId,
      granted,
      1,
      "approve",
      "同意",
      "milestone.extension_approved",
    );
    expect(approved.workflow).toMatchObject({ version: 2, phase: "open" });
    expect(approved.request).toMatchObject({ kind: "extension", state: "approved" });
    const extended = await milestone(granted, undefined, "auditStaff");
    expect(extended).toMatchObject({ status: "not_started", due: "2022-09-30" });
    expect(extended.deadline).toEqual(original.deadline);
    // 9月20日 is within 15 days of the new date, not past the old one only.
    expect(await milestone(granted, "2022-09-20")).toMatchObject({
      status: "due_soon",
      due: "2022-09-30",
    });
    // Before the approval the date in force was the original.
    expect(await milestone(granted, "2022-06-09")).toMatchObject({ due: "2022-08-30" });

    const other = await write<{ workflow: WorkflowState; requestId: number }>(
      "leader",
      `/api/milestones/${refused}/extension-requests`,
      { version: 0, newDue: "2022-11-30", reason: "资金未到位。" },
      201,
      refused,
      ["milestone.extension_requested"],
    );
    const rejected = await decide(
      other.requestId,
      refused,
      1,
      "reject",
      "理由不充分，请按期完成。",
      "milestone.extension_rejected",
    );
    expect(rejected.request).toMatchObject({ state: "rejected" });
    const kept = await milestone(refused);
    expect(kept).toMatchObject({ due: "2022-10-30", workflow: { version: 2, phase: "open" } });
    expect(kept.deadline.date).toBe("2022-10-30");
    expect((await history(refused)).entries.map((e) => e.entry.kind)).toEqual([
      "extension_requested",
      "extension_rejected",
    ]);
  });

  it("answers status as of a past day the same after later steps", async () => {
    const w = world();
    // 206（2）: due 6月30日.
    const m = id(206, 2);
    const early = ["2022-06-01", "2022-06-19"];
    const before = await Promise.all(early.map((day) => milestone(m, day)));
    // 29 days before the due date: not started; 11 days before: due soon.
    expect(before.map((v) => [v.status, v.light, v.due])).toEqual([
      ["not_started", "green", "2022-06-30"],
      ["due_soon", "yellow", "2022-06-30"],
    ]);

    setToday(w, "2022-06-20");
    const asked = await write<{ requestId: number }>(
      "leader",
      `/api/milestones/${m}/extension-requests`,
      { version: 0, newDue: "2022-07-31", reason: "等待专家评审。" },
      201,
      m,
      ["milestone.extension_requested"],
    );
    await decide(asked.requestId, m, 1, "approve", "", "milestone.extension_approved");
    await write(
      "staff",
      `/api/milestones/${m}/reports`,
      { version: 2, text: "已完成初审。", percent: 90 },
      201,
      m,
      ["milestone.reported"],
    );
    // The work was done in May, declared in June: known from the day it was accepted.
    const declared = await write<{ requestId: number | null }>(
      "leader",
      `/api/milestones/${m}/completion`,
      {
        version: 3,
        completedOn: "2022-05-25",
        attachmentIds: await evidence("leader", m, ["验收.png", PNG]),
      },
      201,
      m,
      ["milestone.completion_declared"],
    );
    await decide(declared.requestId ?? 0, m, 4, "approve", "", "milestone.completion_approved");

    const after = await Promise.all(early.map((day) => milestone(m, day)));
    const pick = (v: MilestoneBody) => ({
      status: v.status,
      light: v.light,
      due: v.due,
      completedOn: v.completedOn,
      late: v.late,
      latestReport: v.latestReport,
    });
    expect(after.map(pick)).toEqual(before.map(pick));
    // Only the workflow's current state moved.
    expect(after.map((v) => v.workflow.version)).toEqual([5, 5]);
    expect(await milestone(m, "2022-06-20")).toMatchObject({
      status: "done",
      due: "2022-07-31",
      completedOn: "2022-05-25",
      late: false,
      latestReport: { on: "2022-06-20", percent: 90 },
    });
  });

  it("refuses a write made on a stale version with 409 and the current state", async () => {
    const w = world();
    // 207（1）: due 6月30日.
    const m = id(207, 1);
    setToday(w, "2022-04-20");
    const report = (version: number, text: string) =>
      call("staff", "POST", `/api/milestones/${m}/reports`, { version, text });

    const first = await report(0, "第一次报送。");
    expect(first.statusCode, first.body).toBe(201);
    written.push([m, "milestone.reported"]);
    const stale = await report(0, "同一版本的第二次报送。");
    expect(stale.statusCode, stale.body).toBe(409);
    expect(errorOf(stale)).toMatchObject({
      code: "milestone.conflict",
      field: "body.version",
      details: { current: { milestoneId: m, version: 1, phase: "open" } },
    });
    const staleAck = await call("leader", "POST", `/api/milestones/${m}/acknowledgement`, {
      version: 0,
    });
    expect(staleAck.statusCode, staleAck.body).toBe(409);
    expect(errorOf(staleAck).code).toBe("milestone.conflict");

    // Two at once with the same version: one wins, the other loses the race.
    const both = await Promise.all([report(1, "并发报送甲。"), report(1, "并发报送乙。")]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    written.push([m, "milestone.reported"]);
    const loser = both.find((r) => r.statusCode === 409);
    if (loser === undefined) throw new Error("no loser");
    expect(errorOf(loser)).toMatchObject({
      code: "milestone.conflict",
      details: { current: { milestoneId: m, version: 2 } },
    });
    const { entries } = await history(m);
    expect(entries.map((e) => e.entry["text"])).toHaveLength(2);
    expect(entries[0]?.entry["text"]).toBe("第一次报送。");
    expect(await versionOf(m)).toBe(2);
  });

  it("checks evidence by its bytes and serves it to whoever may see the milestone", async () => {
    const w = world();
    // 207（2）: due 12月15日; 市审计局 has no part in 207.
    const m = id(207, 2);
    setToday(w, "2022-04-20");
    const before = await history(m);
    const disguised = await sendEvidence("staff", m, ["x.pdf", EXE]);
    expect(disguised.statusCode, disguised.body).toBe(415);
    expect(errorOf(disguised)).toMatchObject({
      code: "attachment.invalid",
      field: "body.files.0",
    });
    // One bad file refuses the lot.
    const mixed = await sendEvidence("staff", m, ["ok.png", PNG], ["x.pdf", EXE]);
    expect(mixed.statusCode, mixed.body).toBe(415);
    expect(errorOf(mixed).field).toBe("body.files.1");
    expect(await history(m)).toEqual(before);
    expect(await versionOf(m)).toBe(0);

    const [photo = 0] = await evidence("staff", m, ["现场.png", PNG]);
    // An upload is the uploader's to cite, once, and nobody's to download until then.
    const meanwhile = await call("staff", "GET", `/api/attachments/${photo}`);
    expect(meanwhile.statusCode).toBe(404);
    const borrowed = await call("leader", "POST", `/api/milestones/${m}/reports`, {
      version: 0,
      text: "借用附件。",
      attachmentIds: [photo],
    });
    expect(borrowed.statusCode, borrowed.body).toBe(400);
    expect(errorOf(borrowed)).toMatchObject({
      code: "milestone.invalid_input",
      field: "body.attachmentIds",
    });
    expect(await versionOf(m)).toBe(0);

    const reported = await write<{ workflow: WorkflowState }>(
      "staff",
      `/api/milestones/${m}/reports`,
      { version: 0, text: "现场照片。", percent: 10, attachmentIds: [photo] },
      201,
      m,
      ["milestone.reported"],
    );
    const again = await call("staff", "POST", `/api/milestones/${m}/reports`, {
      version: 1,
      text: "再次引用。",
      attachmentIds: [photo],
    });
    expect(again.statusCode, again.body).toBe(400);
    expect(errorOf(again).field).toBe("body.attachmentIds");
    expect(reported.workflow.version).toBe(1);
    const { attachments, entries } = await history(m, "staff");
    expect(attachments).toHaveLength(1);
    const file = attachments[0];
    if (file === undefined) throw new Error("no attachment");
    expect(file).toMatchObject({
      milestoneId: m,
      name: "现场.png",
      mediaType: "image/png",
      size: PNG.byteLength,
      actor: "user:kjj.staff",
    });
    expect(entries[0]?.entry["attachmentIds"]).toEqual([file.id]);

    for (const who of ["staff", "leader", "supervisor", "admin"] as const) {
      const served = await call(who, "GET", `/api/attachments/${file.id}`);
      expect(served.statusCode, who).toBe(200);
      expect(served.headers["content-type"]).toBe("image/png");
      expect(served.headers["content-disposition"]).toBe(
        `attachment; filename=duban.png; filename*=UTF-8''${encodeURIComponent("现场.png")}`,
      );
      expect(served.headers["cache-control"]).toBe("private, no-store");
      expect(served.headers["x-content-type-options"]).toBe("nosniff");
      expect(Buffer.compare(served.rawPayload, PNG), who).toBe(0);
    }
    for (const who of ["idleStaff", "auditStaff"] as const) {
      const hidden = await call(who, "GET", `/api/attachments/${file.id}`);
      expect(hidden.statusCode, who).toBe(404);
      expect(errorOf(hidden).code).toMatch(/\.not_found$/);
      expect(hidden.body).not.toContain("现场");
    }
    const none = await call("admin", "GET", "/api/attachments/999999");
    expect(none.statusCode).toBe(404);

    // The PDF of 204（1） comes back as a PDF.
    const pdf = (await history(id(204, 1))).attachments[0];
    if (pdf === undefined) throw new Error("the completion test stores a PDF first");
    const served = await call("leader", "GET", `/api/attachments/${pdf.id}`);
    expect(served.headers["content-type"]).toBe("application/pdf");
    expect(Buffer.compare(served.rawPayload, PDF)).toBe(0);
  });

  it("lets the supervision office turn review off, after which a completion is done at once", async () => {
    const w = world();
    // 208（1）: due 10月31日.
    const m = id(208, 1);
    setToday(w, "2022-06-10");
    const settingsUrl = "/api/plans/1/settings";
    for (const who of ["staff", "auditStaff"] as const) {
      expect(
        answered(
          await call(who, "GET", settingsUrl),
          200,
          `${who} reads settings`,
        ).json<SettingsBody>(),
      ).toEqual({ version: 0, settings: DEFAULT_SETTINGS });
    }
    expect((await call("idleStaff", "GET", settingsUrl)).statusCode).toBe(404);

    const noReview = { ...DEFAULT_SETTINGS, reviewRequired: false };
    for (const who of ["staff", "leader"] as const) {
      expectForbidden(
        await call(who, "PUT", settingsUrl, { version: 0, settings: noReview }),
        `${who} changes settings`,
      );
    }
    const changed = answered(
      await call("supervisor", "PUT", settingsUrl, { version: 0, settings: noReview }),
      200,
      "turning review off",
    ).json<SettingsBody>();
    expect(changed).toEqual({ version: 1, settings: noReview });
    try {
      const stale = await call("admin", "PUT", settingsUrl, {
        version: 0,
        settings: { ...noReview, warningDays: 30 },
      });
      expect(stale.statusCode, stale.body).toBe(409);
      expect(errorOf(stale)).toMatchObject({
        code: "plan.conflict",
        field: "body.version",
        details: { current: { version: 1, settings: noReview } },
      });
      expect(
        answered(await call("leader", "GET", settingsUrl), 200, "settings").json<SettingsBody>(),
      ).toEqual(changed);

      const done = await write<{ workflow: WorkflowState; requestId: number | null }>(
        "leader",
        `/api/milestones/${m}/completion`,
        {
          version: 0,
          completedOn: "2022-06-09",
          attachmentIds: await evidence("leader", m, ["成果.pdf", PDF]),
        },
        201,
        m,
        ["milestone.completion_declared", "milestone.completion_approved"],
      );
      expect(done).toMatchObject({ requestId: null, workflow: { version: 1, phase: "done" } });
      expect(await milestone(m, undefined, "staff")).toMatchObject({
        status: "done",
        light: "green",
        due: "2022-10-31",
        completedOn: "2022-06-09",
        late: false,
      });
      const record = await history(m);
      expect(record.requests).toEqual([]);
      expect(record.entries.map((e) => e.entry.kind)).toEqual([
        "completion_declared",
        "completion_accepted",
      ]);
      expect((await requests("supervisor", "plan=1")).map((r) => r.milestoneId)).not.toContain(m);
    } finally {
      // The other tests run on the defaults.
      const restored = await call("supervisor", "PUT", settingsUrl, {
        version: 1,
        settings: DEFAULT_SETTINGS,
      });
      expect(restored.json<SettingsBody>()).toEqual({ version: 2, settings: DEFAULT_SETTINGS });
    }
  });

  it("rolls status up for the plan and for a unit as of a day", async () => {
    const w = world();
    const status = async (query: string, who: Who = "supervisor") =>
      answered(
        await call(who, "GET", `/api/plans/1/status?${query}`),
        200,
        `status ${query}`,
      ).json<PlanStatusBody>();
    const sum = (c: Counts) => c.done + c.overdue + c.dueSoon + c.inProgress + c.notStarted;

    // 3月20日, before any step of these tests: only 204（1）, due 3月31日, is due soon.
    const march = await status("asOf=2022-03-20");
    expect(march).toMatchObject({
      planId: 1,
      asOf: "2022-03-20",
      unit: null,
      total: 38,
      counts: { done: 0, overdue: 0, dueSoon: 1, inProgress: 0, notStarted: 37 },
      completionRate: 0,
      onTimeRate: null,
      cooperating: null,
    });
    expect(march.milestones).toHaveLength(38);
    for (const line of march.milestones) {
      expect(line).toEqual(
        expect.objectContaining({
          taskNo: expect.any(Number) as number,
          status: expect.any(String) as string,
          light: expect.any(String) as string,
          due: expect.stringMatching(/^2022-\d\d-\d\d$/) as string,
        }),
      );
      expect(line).toHaveProperty("seq");
    }
    expect(march.milestones.find((l) => l.id === id(204, 1))).toMatchObject({
      taskNo: 204,
      seq: 1,
      status: "due_soon",
      light: "yellow",
      due: "2022-03-31",
    });
    expect(march.milestones.find((l) => l.id === id(210, null))).toMatchObject({
      taskNo: 210,
      seq: null,
    });
    expect(sum(march.byTask.reduce((a, t) => addCounts(a, t.rollup.counts), ZERO))).toBe(38);

    // 市科技局 leads all 38: its own figures, and nothing it merely cooperates on.
    const lead = w.unitIds[LEAD_UNIT] ?? 0;
    const own = await status(`asOf=2022-03-20&unit=${lead}`, "leader");
    expect(own.unit).toEqual({ id: lead, name: LEAD_UNIT });
    expect(own.total).toBe(38);
    expect(own.cooperating).not.toBeNull();
    expect(own.cooperating?.total).toBe(0);
    expect(own.milestones.every((l) => l.role === "lead")).toBe(true);

    // 市审计局 leads nothing here and cooperates on 203（1–2） and 205（1–7）.
    const audit = w.unitIds[COOPERATING_UNIT] ?? 0;
    const shared = await status(`asOf=2022-03-20&unit=${audit}`);
    expect(shared.total).toBe(0);
    expect(shared.cooperating).toMatchObject({
      total: 9,
      counts: { done: 0, overdue: 0, dueSoon: 0, inProgress: 0, notStarted: 9 },
    });
    expect(shared.milestones.map((l) => `${l.taskNo}（${l.seq}）`)).toEqual([
      "203（1）",
      "203（2）",
      "205（1）",
      "205（2）",
      "205（3）",
      "205（4）",
      "205（5）",
      "205（6）",
      "205（7）",
    ]);
    expect(shared.milestones.every((l) => l.role === "cooperating")).toBe(true);

    // Today (6月20日), after the steps of the tests above: the figures add up.
    setToday(w, "2022-06-20");
    const now = await status("");
    expect(now.asOf).toBe("2022-06-20");
    expect(sum(now.counts)).toBe(now.total);
    expect(now.total).toBe(38);
    // Done by then: 204（1） (late), 208（1） and 206（2） (on time).
    expect(now.counts.done).toBe(3);
    expect(now.onTimeRate).toBeCloseTo(2 / 3);
    expect(now.byDueMonth.map((m) => m.month)).toEqual(
      [...new Set(now.milestones.map((l) => l.due?.slice(0, 7)))].sort(),
    );
    expect(now.byDueMonth.reduce((n, m) => n + m.rollup.total, 0)).toBe(38);
    const mine = await status(`unit=${lead}`, "staff");
    expect(sum(mine.counts)).toBe(mine.total);
    expect(mine.cooperating).not.toBeNull();
    // The roll-ups alone (the dashboard's request): the same figures, no line per milestone,
    // and without the tasks' roll-ups when asked so.
    for (const [query, full] of [
      ["", now],
      [`unit=${lead}`, mine],
      [`asOf=2022-03-20&unit=${audit}`, shared],
    ] as const) {
      expect(await status(`${query}&milestones=none`, "staff")).toEqual({
        ...full,
        milestones: [],
      });
      expect(full.byTask.length).toBeGreaterThan(0);
      expect(await status(`${query}&milestones=none&tasks=none`, "staff")).toEqual({
        ...full,
        milestones: [],
        byTask: [],
      });
    }
  });

  it("flags a missing periodic report until the lead unit reports for it, even late", async () => {
    const w = world();
    // Periods before the plan came into Duban owe no report: the plan was imported when the
    // world was built (the real day, month M). Months M+3 and M+4 owe the reports due on the
    // 25th of M+2, M+3 and M+4, so the clock moves there; sessions are logged in anew there.
    const plans = answered(await w.admin.call("GET", "/api/plans"), 200, "plans").json<{
      items: { id: number; createdAt: string }[];
    }>();
    const created = new Date(plans.items.find((p) => p.id === 1)?.createdAt ?? "");
    const day = (months: number, date: number): string =>
      new Date(Date.UTC(created.getUTCFullYear(), created.getUTCMonth() + months, date))
        .toISOString()
        .slice(0, 10);
    const reportDay = day(3, 20);
    const newDue = day(12, 20);
    // 205（5）: due 2022-11-30; 市审计局 cooperates.
    const m = id(205, 5);
    setToday(w, reportDay);
    try {
      const as = async (name: AccountName) => logIn(w.app, USERNAMES[name]);
      const [leader, staff, auditStaff, supervisor] = await Promise.all([
        as("leader"),
        as("staff"),
        as("auditStaff"),
        as("supervisor"),
      ]);
      const view = async (asOf: string) =>
        answered(
          await supervisor.call("GET", `/api/milestones/${m}?asOf=${asOf}`),
          200,
          `205（5） as of ${asOf}`,
        ).json<MilestoneBody>();
      const post = async (client: Client, url: string, body: unknown, action: string) => {
        const response = answered(
          await client.call("POST", url, body),
          url.includes("decision") ? 200 : 201,
          `${client.username} POST ${url}`,
        ).json<{ requestId?: number }>();
        written.push([m, action]);
        return response;
      };

      // Long overdue, and no report for the period last due.
      expect(await view(reportDay)).toMatchObject({
        status: "overdue",
        light: "red",
        reportMissing: true,
      });
      const asked = await post(
        leader,
        `/api/milestones/${m}/extension-requests`,
        { version: 0, newDue, reason: "项目延续实施。" },
        "milestone.extension_requested",
      );
      await post(
        supervisor,
        `/api/requests/${asked.requestId ?? 0}/decision`,
        { version: 1, decision: "approve", comment: "" },
        "milestone.extension_approved",
      );
      // No longer overdue, but the report is missing: yellow.
      expect(await view(reportDay)).toMatchObject({
        status: "not_started",
        light: "yellow",
        due: newDue,
        reportMissing: true,
      });

      // A cooperating unit's report is input, not the report owed.
      await post(
        auditStaff,
        `/api/milestones/${m}/reports`,
        { version: 2, text: "配合单位材料。" },
        "milestone.input_reported",
      );
      const dueDay = day(3, 25);
      expect(await view(dueDay)).toMatchObject({ light: "yellow", reportMissing: true });

      await post(
        staff,
        `/api/milestones/${m}/reports`,
        { version: 3, text: "本月进展。", percent: 20 },
        "milestone.reported",
      );
      // The report of the 20th counts for the period due on the 25th of that month...
      expect(await view(dueDay)).toMatchObject({
        status: "in_progress",
        light: "green",
        reportMissing: false,
      });
      // ...and, late, for the one due before it (a unit that has just reported owes
      // nothing), but not for the next.
      expect(await view(reportDay)).toMatchObject({ light: "green", reportMissing: false });
      expect(await view(day(4, 25))).toMatchObject({
        status: "in_progress",
        light: "yellow",
        reportMissing: true,
      });
    } finally {
      setToday(w, "2022-06-20");
    }
  });

  /*
   * Once, an extension could be approved after the completion was accepted, turning a
   * late completion into an on-time one.
   */
  it("does not approve an extension once the milestone is done", async () => {
    const w = world();
    // 209（1）: due 12月15日, done late on 12月18日.
    const m = id(209, 1);
    setToday(w, "2022-12-20");
    const asked = await write<{ requestId: number }>(
      "leader",
      `/api/milestones/${m}/extension-requests`,
      { version: 0, newDue: "2022-12-31", reason: "年底前完成验收。" },
      201,
      m,
      ["milestone.extension_requested"],
    );
    const declared = await write<{ requestId: number | null }>(
      "leader",
      `/api/milestones/${m}/completion`,
      {
        version: 1,
        completedOn: "2022-12-18",
        attachmentIds: await evidence("leader", m, ["验收.pdf", PDF]),
      },
      201,
      m,
      ["milestone.completion_declared"],
    );
    await decide(declared.requestId ?? 0, m, 2, "approve", "", "milestone.completion_approved");
    expect(await milestone(m)).toMatchObject({ status: "done", due: "2022-12-15", late: true });

    const approval = await call("supervisor", "POST", `/api/requests/${asked.requestId}/decision`, {
      version: 3,
      decision: "approve",
      comment: "",
    });
    if (approval.statusCode === 200) written.push([m, "milestone.extension_approved"]);
    expect(await milestone(m)).toMatchObject({ due: "2022-12-15", late: true });
    expect(approval.statusCode, approval.body).toBe(409);
    expect(errorOf(approval).code).toBe("milestone.invalid_state");
  });

  /*
   * Once, `cites` were stored as given, whatever they named.
   */
  it("lets the lead's report cite only cooperating units' reports on the milestone", async () => {
    const w = world();
    // 209（2）: due 12月15日.
    const m = id(209, 2);
    setToday(w, "2022-06-20");
    const response = await call("staff", "POST", `/api/milestones/${m}/reports`, {
      version: 0,
      text: "引用了不存在的材料。",
      cites: [999_999],
    });
    if (response.statusCode === 201) written.push([m, "milestone.reported"]);
    expect(response.statusCode, response.body).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: "milestone.invalid_input",
      field: "body.cites",
    });
  });

  /*
   * Once, ' ( ) * went into the RFC 8187 file name unencoded.
   */
  it("names a downloaded file in a well-formed content-disposition", async () => {
    const w = world();
    // 212（1）: due 12月15日.
    const m = id(212, 1);
    setToday(w, "2022-06-20");
    await write(
      "staff",
      `/api/milestones/${m}/reports`,
      {
        version: 0,
        text: "附件。",
        attachmentIds: await evidence("staff", m, ["it's (1)*.png", PNG]),
      },
      201,
      m,
      ["milestone.reported"],
    );
    const file = (await history(m)).attachments[0];
    const served = await call("staff", "GET", `/api/attachments/${file?.id ?? 0}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers["content-disposition"]).toBe(`attachment; filename="it's (1)*.png"`);
  });

  it("records every workflow write in the audit log", async () => {
    const w = world();
    const log = answered(
      await w.admin.call("GET", "/api/audit-events?objectType=milestone&pageSize=200"),
      200,
      "audit log",
    ).json<AuditBody>();
    expect(log.total).toBe(log.items.length);
    for (const item of log.items) expect(item.action).toMatch(/^milestone\./);
    const key = ([milestoneId, action]: readonly [number | string, string]) =>
      `${milestoneId} ${action}`;
    expect(log.items.map((e) => key([e.objectId, e.action])).sort()).toEqual(
      written.map(key).sort(),
    );
    expect(written.length).toBeGreaterThan(20);

    // Each entry is the ledger entry it goes with, under the name of who acted.
    const m = id(204, 1);
    const entries = (await history(m)).entries;
    const audited = log.items.filter((e) => e.objectId === String(m)).reverse();
    expect(audited.map((e) => [e.actor, e.after])).toEqual(
      entries.map((e) => [e.actor, { ...e.entry }]),
    );
    expect(audited.map((e) => e.actor)).toEqual(["user:kjj.leader", "user:supervisor"]);

    const settings = answered(
      await w.admin.call("GET", "/api/audit-events?action=plan.settings_changed"),
      200,
      "settings log",
    ).json<AuditBody>();
    expect(settings.items.map((e) => [e.actor, e.objectId])).toEqual([
      ["user:supervisor", "1"],
      ["user:supervisor", "1"],
    ]);
  });
});

const ZERO: Counts = { done: 0, overdue: 0, dueSoon: 0, inProgress: 0, notStarted: 0 };

const addCounts = (a: Counts, b: Counts): Counts => ({
  done: a.done + b.done,
  overdue: a.overdue + b.overdue,
  dueSoon: a.dueSoon + b.dueSoon,
  inProgress: a.inProgress + b.inProgress,
  notStarted: a.notStarted + b.notStarted,
});
