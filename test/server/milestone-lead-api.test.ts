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
import type { MilestoneAbilities } from "../../src/services/workflow/milestone-abilities.js";

/**
 * Who does a milestone's work when one unit leads the task and another the
 * milestone: in the reference table, 市金融局 leads task 228 and 市科技局 its
 * milestone (4). The milestone's lead acknowledges, reports its progress and
 * declares it complete; the task's lead follows it, sends input and answers
 * instructions, and each milestone says so in `can`.
 */

const TASK_LEAD = "市金融局";

type Abilities = MilestoneAbilities;

interface MilestoneBody {
  readonly id: number;
  readonly status: string;
  readonly workflow: { readonly version: number; readonly acknowledgedOn: string | null };
  readonly latestReport: { readonly text: string } | null;
  readonly can: Abilities;
}

const nothing: Abilities = {
  acknowledge: false,
  report: false,
  reportOfficially: false,
  declareCompletion: false,
  requestExtension: false,
  answerInstructions: false,
  setFocus: false,
  issueNotice: false,
  draftCompletion: false,
  draftExtension: false,
  confirmDrafts: false,
  issueLink: false,
};

const expectStatus = (response: LightMyRequestResponse, status: number): LightMyRequestResponse => {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  return response;
};

describeEachDatabaseWorld(
  "a milestone led by another unit than its task",
  { accounts: ["supervisor", "leader", "staff"] },
  ({ world }) => {
    let milestone: number;
    let task: number;
    let financeLeader: Client;

    const read = async (client: Client): Promise<MilestoneBody> =>
      expectStatus(await client.call("GET", `/api/milestones/${milestone}`), 200).json();

    beforeAll(async () => {
      const w: World = world();
      w.clock.now = new Date("2022-06-10T04:00:00Z");
      const plan = (await w.admin.call("GET", "/api/plans/1")).json<{
        ids: { task: number; milestones: number[] }[];
      }>();
      const last = plan.ids.at(-1);
      if (last?.milestones.length !== 1) throw new Error("task 228 is not last in the plan");
      task = last.task;
      milestone = last.milestones[0] ?? 0;
      const created = await w.admin.call("POST", "/api/users", {
        username: "jrj.leader",
        displayName: "市金融局负责人",
        unitId: w.unitIds[TASK_LEAD],
        role: "unit_leader",
        password: PASSWORD,
      });
      expectStatus(created, 201);
      financeLeader = await logIn(w.app, "jrj.leader");
    });

    it("tells each viewer what it may do on the milestone", async () => {
      const w = world();
      expect((await read(financeLeader)).can).toEqual({
        ...nothing,
        report: true,
        answerInstructions: true,
      });
      expect((await read(w.client("leader"))).can).toEqual({
        ...nothing,
        acknowledge: true,
        report: true,
        reportOfficially: true,
        declareCompletion: true,
        requestExtension: true,
        answerInstructions: true,
        draftCompletion: true,
        draftExtension: true,
        confirmDrafts: true,
        issueLink: true,
      });
      expect((await read(w.client("staff"))).can).toEqual({
        ...nothing,
        acknowledge: true,
        report: true,
        reportOfficially: true,
        answerInstructions: true,
        draftCompletion: true,
        draftExtension: true,
        issueLink: true,
      });
      expect((await read(w.client("supervisor"))).can).toEqual({
        ...nothing,
        setFocus: true,
        issueNotice: true,
        issueLink: true,
      });
      // Lists and a task's milestones carry the same answer.
      const listed = expectStatus(
        await financeLeader.call("GET", `/api/milestones?task=${task}`),
        200,
      ).json<{ items: MilestoneBody[] }>();
      expect(listed.items.map((m) => m.can)).toEqual([(await read(financeLeader)).can]);
      const ofTask = expectStatus(await financeLeader.call("GET", `/api/tasks/${task}`), 200).json<{
        milestones: MilestoneBody[];
      }>();
      expect(ofTask.milestones.map((m) => m.can)).toEqual([(await read(financeLeader)).can]);
    });

    it("refuses the task's lead the milestone lead's steps, and changes nothing", async () => {
      const before = await read(financeLeader);
      const version = before.workflow.version;
      for (const [url, body] of [
        ["acknowledgement", { version }],
        ["completion", { version, completedOn: "2022-06-09", text: "已完成", attachmentIds: [] }],
        ["extension-requests", { version, newDue: "2022-12-31", reason: "待协调" }],
      ] as const) {
        const refused = await financeLeader.call(
          "POST",
          `/api/milestones/${milestone}/${url}`,
          body,
        );
        expectStatus(refused, 403);
        expect(errorOf(refused).code).toBe("auth.forbidden");
      }
      expect(await read(financeLeader)).toEqual(before);
    });

    it("takes the task lead's report as input, which the milestone's lead cites", async () => {
      const w = world();
      const input = expectStatus(
        await financeLeader.call("POST", `/api/milestones/${milestone}/reports`, {
          version: (await read(financeLeader)).workflow.version,
          text: "金融局：已梳理首贷风险补偿项目。",
          percent: 40,
        }),
        201,
      ).json<{ official: boolean }>();
      expect(input.official).toBe(false);
      expect((await read(financeLeader)).latestReport).toBeNull();

      const leader = w.client("leader");
      const acknowledged = await leader.call(
        "POST",
        `/api/milestones/${milestone}/acknowledgement`,
        {
          version: (await read(leader)).workflow.version,
        },
      );
      expectStatus(acknowledged, 200);
      const history = expectStatus(
        await leader.call("GET", `/api/milestones/${milestone}/history`),
        200,
      ).json<{ entries: { id: number; entry: { kind: string } }[] }>();
      const inputId = history.entries.find((e) => e.entry.kind === "input")?.id;
      const report = expectStatus(
        await leader.call("POST", `/api/milestones/${milestone}/reports`, {
          version: (await read(leader)).workflow.version,
          text: "科技局：首贷风险补偿已实施。",
          percent: 60,
          cites: [inputId],
        }),
        201,
      ).json<{ official: boolean }>();
      expect(report.official).toBe(true);

      const seen = await read(financeLeader);
      expect(seen.latestReport?.text).toBe("科技局：首贷风险补偿已实施。");
      expect(seen.can).toEqual({ ...nothing, report: true, answerInstructions: true });
      expect((await read(leader)).can.acknowledge).toBe(false);
      // The task's lead's roll-up of its task draws on the milestone.
      const status = expectStatus(
        await financeLeader.call("GET", "/api/plans/1/status?asOf=2022-06-10"),
        200,
      ).json<{ byTask: { taskId: number; rollup: { total: number } }[] }>();
      expect(status.byTask.find((t) => t.taskId === task)?.rollup.total).toBe(1);
      expect(seen.status).toBe("in_progress");
    });

    it("lets the task's lead answer an instruction on the milestone", async () => {
      const w = world();
      const issued = expectStatus(
        await w.client("supervisor").call("POST", "/api/instructions", {
          targetType: "milestone",
          targetId: milestone,
          text: "请加快首贷风险补偿落地",
          issuedBy: "市长 张三",
        }),
        201,
      ).json<{ id: number }>();
      expectStatus(
        await financeLeader.call("POST", `/api/instructions/${issued.id}/responses`, {
          text: "金融局已协调推进。",
        }),
        201,
      );
    });

    it("names the milestone's lead unit in its workflow entries", async () => {
      const w = world();
      const entries = expectStatus(
        await w.client("supervisor").call("GET", `/api/milestones/${milestone}/history`),
        200,
      ).json<{ entries: { unitId: number | null; entry: { kind: string } }[] }>().entries;
      expect(
        entries.filter((e) => e.entry.kind !== "input").map((e) => [e.entry.kind, e.unitId]),
      ).toEqual([
        ["acknowledged", w.unitIds[LEAD_UNIT]],
        ["reported", w.unitIds[LEAD_UNIT]],
      ]);
    });
  },
);
