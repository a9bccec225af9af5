import type { LightMyRequestResponse } from "fastify";
import { beforeAll, expect, it } from "vitest";
import {
  describeEachDatabaseWorld,
  errorOf,
  LEAD_UNIT,
  logIn,
  PASSWORD,
  type Client,
  type World,
} from "../support/http-session.js";
import { milestoneIdsByNumber } from "../support/milestone-ids.js";

/**
 * 经办人起草、负责人审核 and batch actions over HTTP (routes/drafts.ts,
 * routes/workflow.ts), on the reference plan: 市科技局 leads every
 * milestone, 市审计局 cooperates on 203 and 205. Each test works on
 * milestones of its own; the world's day is 2022-06-30.
 */

interface DraftBody {
  readonly id: number;
  readonly milestoneId: number;
  readonly version: number;
  readonly state: "drafted" | "returned" | "confirmed" | "withdrawn";
  readonly note?: string;
  readonly requestId?: number | null;
  readonly payload: { readonly kind: string } & Record<string, unknown>;
}

interface ListedDraftBody extends DraftBody {
  readonly draftedByName: string;
  readonly actedByName: string | null;
  readonly milestone: { readonly taskNo: number | null; readonly text: string } | null;
}

interface RequestBody {
  readonly id: number;
  readonly milestoneId: number;
  readonly kind: string;
  readonly state: string;
  readonly requestedBy: string;
  readonly decisionComment: string | null;
}

const answered = (response: LightMyRequestResponse, status: number, what: string) => {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 400)}`).toBe(status);
  return response;
};

describeEachDatabaseWorld(
  "drafts for the leader to confirm, and batch actions",
  {},
  ({ world }) => {
    /** Milestones no other test here touches, handed out one by one; none 市审计局 shares. */
    let free: number[] = [];
    const take = (): number => {
      const next = free.shift();
      if (next === undefined) throw new Error("out of milestones");
      return next;
    };
    let cooperated = 0;
    /** A second leader of 市科技局, and a leader of 市审计局 (another unit). */
    let leader2: Client;
    let otherLeader: Client;

    const as = (who: Client | Parameters<World["client"]>[0]): Client =>
      typeof who === "string" ? world().client(who) : who;
    const call = (
      who: Client | Parameters<World["client"]>[0],
      method: "GET" | "POST" | "PUT",
      url: string,
      body?: unknown,
    ) => as(who).call(method, url, body);

    const createLeader = async (username: string, unitId: number | undefined): Promise<Client> => {
      answered(
        await world().admin.call("POST", "/api/users", {
          username,
          displayName: `领导 ${username}`,
          unitId,
          role: "unit_leader",
          password: PASSWORD,
        }),
        201,
        `creating ${username}`,
      );
      return logIn(world().app, username);
    };

    const drafts = async (who: Parameters<typeof call>[0], query: string) =>
      answered(await call(who, "GET", `/api/drafts?${query}`), 200, `drafts ${query}`).json<{
        items: ListedDraftBody[];
      }>().items;

    const pendingRequests = async (milestoneId: number) =>
      answered(await call("supervisor", "GET", "/api/requests?state=pending"), 200, "review queue")
        .json<{ items: RequestBody[] }>()
        .items.filter((r) => r.milestoneId === milestoneId);

    const draftCompletion = async (milestoneId: number): Promise<DraftBody> =>
      answered(
        await call("staff", "POST", `/api/milestones/${milestoneId}/drafts`, {
          kind: "completion",
          completedOn: "2022-06-29",
          text: "已建成并投入使用",
        }),
        201,
        "drafting a completion",
      ).json<DraftBody>();

    beforeAll(async () => {
      const w = world();
      w.clock.now = new Date("2022-06-30T04:00:00Z");
      const ids = await milestoneIdsByNumber(w.admin);
      free = [...ids].filter(([key]) => !/^20[35]\//.test(key)).map(([, id]) => id);
      cooperated = ids.get("203/1") ?? 0;
      leader2 = await createLeader("kjj.leader2", w.unitIds[LEAD_UNIT]);
      otherLeader = await createLeader("sjj.leader", w.unitIds["市审计局"]);
    });

    it("lets the staff draft a completion, says who confirms, and the leader confirms it to the office", async () => {
      const m = take();
      const asStaff = answered(
        await call("staff", "GET", `/api/milestones/${m}`),
        200,
        "milestone",
      ).json<{ can: Record<string, boolean>; whoCan: Record<string, string | null> }>();
      expect(asStaff.can).toMatchObject({
        declareCompletion: false,
        draftCompletion: true,
        confirmDrafts: false,
      });
      expect(asStaff.whoCan).toMatchObject({
        declareCompletion: "lead_unit_leader",
        requestExtension: "lead_unit_leader",
        review: "office",
        acknowledge: null,
      });
      const asOffice = answered(
        await call("supervisor", "GET", `/api/milestones/${m}`),
        200,
        "m",
      ).json<{ whoCan: Record<string, string | null> }>();
      expect(asOffice.whoCan).toMatchObject({
        acknowledge: "lead_unit",
        report: "lead_unit",
        review: null,
      });

      const draft = await draftCompletion(m);
      expect(draft).toMatchObject({
        state: "drafted",
        version: 1,
        payload: { kind: "completion" },
      });
      // One open draft of a kind per milestone.
      const second = await call("staff", "POST", `/api/milestones/${m}/drafts`, {
        kind: "completion",
        completedOn: "2022-06-29",
      });
      expect(second.statusCode).toBe(409);
      expect(errorOf(second).code).toBe("milestone.invalid_state");
      // Nothing reaches the office before the leader confirms.
      expect(await pendingRequests(m)).toEqual([]);

      const waiting = await drafts("leader", "state=drafted");
      const listed = waiting.find((d) => d.id === draft.id);
      expect(listed).toMatchObject({ draftedByName: `${LEAD_UNIT} unit_staff`, actedByName: null });
      expect(listed?.milestone?.text).toBeTruthy();
      // The staff cannot confirm its own draft; another unit's leader does not see it at all.
      expect(
        (await call("staff", "POST", `/api/drafts/${draft.id}/confirmation`, { version: 1 }))
          .statusCode,
      ).toBe(403);
      expect((await drafts(otherLeader, "state=drafted")).some((d) => d.id === draft.id)).toBe(
        false,
      );
      const foreign = await call(otherLeader, "POST", `/api/drafts/${draft.id}/confirmation`, {
        version: 1,
      });
      expect(foreign.statusCode).toBe(404);
      expect(errorOf(foreign).code).toBe("draft.not_found");

      const confirmed = answered(
        await call("leader", "POST", `/api/drafts/${draft.id}/confirmation`, { version: 1 }),
        200,
        "confirming",
      ).json<{ draft: DraftBody; workflow: { phase: string } }>();
      expect(confirmed.draft.state).toBe("confirmed");
      expect(confirmed.workflow.phase).toBe("completion_pending");
      const [request] = await pendingRequests(m);
      expect(request).toMatchObject({ kind: "completion", requestedBy: "user:kjj.leader" });
      expect(confirmed.draft.requestId).toBe(request?.id);

      const history = answered(
        await call("leader", "GET", `/api/milestones/${m}/history`),
        200,
        "h",
      ).json<{ entries: { actor: string; entry: Record<string, unknown> }[] }>();
      expect(history.entries.map((e) => [e.entry.kind, e.actor])).toEqual([
        ["draft_submitted", "user:kjj.staff"],
        ["completion_declared", "user:kjj.leader"],
      ]);
      expect(history.entries[1]?.entry.draftId).toBe(draft.id);
      const audit = answered(
        await world().admin.call("GET", `/api/audit-events?objectType=milestone&objectId=${m}`),
        200,
        "audit",
      ).json<{ items: { action: string }[] }>();
      expect(audit.items.map((i) => i.action).sort()).toEqual([
        "milestone.completion_declared",
        "milestone.draft_submitted",
      ]);
    });

    it("makes one submission of two leaders' confirmations at once", async () => {
      const m = take();
      const draft = await draftCompletion(m);
      const answers = await Promise.all(
        [world().client("leader"), leader2].map((leader) =>
          leader.call("POST", `/api/drafts/${draft.id}/confirmation`, { version: draft.version }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      expect(await pendingRequests(m)).toHaveLength(1);
    });

    it("returns an extension draft to the staff, who edits and resubmits it, or withdraws it", async () => {
      const m = take();
      const created = answered(
        await call("staff", "POST", `/api/milestones/${m}/drafts`, {
          kind: "extension",
          newDue: "2022-09-30",
          reason: "设备到货延迟",
        }),
        201,
        "drafting an extension",
      ).json<DraftBody>();
      const emptyNote = await call("leader", "POST", `/api/drafts/${created.id}/return`, {
        version: 1,
        note: " ",
      });
      expect(emptyNote.statusCode).toBe(400);
      const returned = answered(
        await call("leader", "POST", `/api/drafts/${created.id}/return`, {
          version: 1,
          note: "请写明新的到货日期",
        }),
        200,
        "returning",
      ).json<DraftBody>();
      expect(returned).toMatchObject({ state: "returned", note: "请写明新的到货日期", version: 2 });
      const mine = (await drafts("staff", "state=open")).find((d) => d.id === created.id);
      expect(mine).toMatchObject({ state: "returned", actedByName: `${LEAD_UNIT} unit_leader` });
      // Returned drafts cannot be confirmed until resubmitted.
      const early = await call("leader", "POST", `/api/drafts/${created.id}/confirmation`, {
        version: 2,
      });
      expect(early.statusCode).toBe(409);

      const resubmitted = answered(
        await call("staff", "PUT", `/api/drafts/${created.id}`, {
          version: 2,
          payload: {
            kind: "extension",
            newDue: "2022-09-30",
            reason: "设备8月20日到货，9月底完成",
          },
        }),
        200,
        "resubmitting",
      ).json<DraftBody>();
      expect(resubmitted).toMatchObject({ state: "drafted", version: 3 });
      const withdrawn = answered(
        await call("staff", "POST", `/api/drafts/${created.id}/withdrawal`, { version: 3 }),
        200,
        "withdrawing",
      ).json<DraftBody>();
      expect(withdrawn.state).toBe("withdrawn");
      expect(await pendingRequests(m)).toEqual([]);
      const kinds = answered(await call("staff", "GET", `/api/milestones/${m}/history`), 200, "h")
        .json<{ entries: { entry: { kind: string } }[] }>()
        .entries.map((e) => e.entry.kind);
      expect(kinds).toEqual([
        "draft_submitted",
        "draft_returned",
        "draft_submitted",
        "draft_withdrawn",
      ]);
    });

    it("refuses drafts from a cooperating unit and requests the office would refuse", async () => {
      const refused = await call("auditStaff", "POST", `/api/milestones/${cooperated}/drafts`, {
        kind: "extension",
        newDue: "2022-09-30",
        reason: "配合单位",
      });
      expect(refused.statusCode).toBe(403);
      const past = await call("staff", "POST", `/api/milestones/${take()}/drafts`, {
        kind: "extension",
        newDue: "2022-06-30",
        reason: "今天",
      });
      expect(past.statusCode).toBe(400);
      expect(errorOf(past).field).toBe("body.newDue");
    });

    it("acknowledges several milestones at once, or none, naming the one at fault", async () => {
      const [a, b, c] = [take(), take(), take()];
      answered(
        await call("staff", "POST", `/api/milestones/${b}/acknowledgement`, { version: 0 }),
        200,
        "acknowledging one",
      );
      const refused = await call("staff", "POST", "/api/milestones/acknowledgements", {
        ids: [a, b, c],
      });
      expect(refused.statusCode).toBe(409);
      expect(errorOf(refused).field).toBe("body.ids.1");
      expect(errorOf(refused).message.zh).toMatch(
        /^第2项（.+）：已于 2022-06-30 签收。本批未做任何更改$/,
      );
      const stateOf = async (id: number) =>
        answered(await call("staff", "GET", `/api/milestones/${id}`), 200, "m").json<{
          workflow: { acknowledgedOn: string | null };
        }>().workflow.acknowledgedOn;
      expect(await stateOf(a)).toBeNull();

      const byOffice = await call("supervisor", "POST", "/api/milestones/acknowledgements", {
        ids: [a],
      });
      expect(byOffice.statusCode).toBe(403);
      const tooMany = await call("staff", "POST", "/api/milestones/acknowledgements", {
        ids: Array.from({ length: 201 }, (_, i) => i + 1),
      });
      expect(tooMany.statusCode).toBe(400);

      const done = answered(
        await call("staff", "POST", "/api/milestones/acknowledgements", { ids: [a, c] }),
        200,
        "batch",
      ).json<{ items: { milestoneId: number; acknowledgedOn: string }[] }>();
      expect(done.items.map((s) => [s.milestoneId, s.acknowledgedOn])).toEqual([
        [a, "2022-06-30"],
        [c, "2022-06-30"],
      ]);
    });

    it("approves several completions with one comment, or none when one is decided", async () => {
      const milestones = [take(), take(), take()];
      const requestIds: number[] = [];
      for (const m of milestones) {
        const version = answered(
          await call("leader", "GET", `/api/milestones/${m}`),
          200,
          "m",
        ).json<{
          workflow: { version: number };
        }>().workflow.version;
        const declared = answered(
          await call("leader", "POST", `/api/milestones/${m}/completion`, {
            version,
            completedOn: "2022-06-28",
            text: "完成",
          }),
          201,
          "declaring",
        ).json<{ requestId: number }>();
        requestIds.push(declared.requestId);
      }
      const [first, second, third] = requestIds;
      answered(
        await call("supervisor", "POST", "/api/requests/decisions", {
          ids: [third],
          decision: "approve",
        }),
        200,
        "deciding one",
      );
      const refused = await call("supervisor", "POST", "/api/requests/decisions", {
        ids: [first, second, third],
        decision: "approve",
        comment: "同意",
      });
      expect(refused.statusCode).toBe(409);
      expect(errorOf(refused).field).toBe("body.ids.2");
      expect((await pendingRequests(milestones[0] ?? 0)).length).toBe(1);
      expect(
        (
          await call("leader", "POST", "/api/requests/decisions", {
            ids: [first],
            decision: "approve",
          })
        ).statusCode,
      ).toBe(403);

      const approved = answered(
        await call("supervisor", "POST", "/api/requests/decisions", {
          ids: [first, second],
          decision: "approve",
          comment: "材料齐全，同意",
        }),
        200,
        "batch approval",
      ).json<{ items: RequestBody[] }>();
      expect(approved.items.map((r) => [r.state, r.decisionComment])).toEqual([
        ["approved", "材料齐全，同意"],
        ["approved", "材料齐全，同意"],
      ]);
    });
  },
);
