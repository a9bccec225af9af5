import { beforeAll, expect, it } from "vitest";
import {
  buildSweepWorld,
  type SweepActor,
  type SweepWorld,
} from "../support/access-sweep-world.js";
import type { PlanAbilities } from "../../src/services/access/abilities.js";
import { describeEachDatabaseWorld } from "../support/http-session.js";

/**
 * Every list narrowed by the access module, checked against the one-object
 * reads (which decide by the relation query, another path): a signed-in
 * actor's list holds nothing its own read of the object would refuse. And
 * `can` on instructions, requests, drafts, tasks and plans matches what the
 * write then allows: true succeeds, false is refused (403, or 409 for a
 * closed one).
 */

interface Listed {
  readonly id: number;
  readonly milestoneId?: number;
  readonly version?: number;
  readonly can?: Readonly<Record<string, boolean>>;
}

interface ListedPlan {
  readonly id: number;
  readonly can: PlanAbilities;
}

/** Each list and, for one of its rows, the read that must let the same actor see it. */
const LISTS: readonly (readonly [string, (row: Listed) => string])[] = [
  ["/api/milestones?pageSize=200", (row) => `/api/milestones/${String(row.id)}`],
  ["/api/tasks?pageSize=200", (row) => `/api/tasks/${String(row.id)}`],
  ["/api/instructions", (row) => `/api/instructions/${String(row.id)}`],
  ["/api/requests", (row) => `/api/milestones/${String(row.milestoneId)}`],
  ["/api/drafts", (row) => `/api/milestones/${String(row.milestoneId)}`],
  ["/api/plans", (row) => `/api/plans/${String(row.id)}`],
];

const itemsOf = async (actor: SweepActor, url: string): Promise<Listed[]> => {
  const response = await actor.call("GET", url);
  expect(response.statusCode, `${actor.name} GET ${url}`).toBe(200);
  return response.json<{ items: Listed[] }>().items;
};

const REFUSED = new Set([403, 404, 409]);

interface AuditPage {
  readonly total: number;
  readonly items: readonly { readonly id: number; readonly unitId: number | null }[];
}

const UNLIMITED = { settings: { rateLimitPerMinute: 0 } };

describeEachDatabaseWorld("lists and can", UNLIMITED, ({ world }) => {
  let sweep: SweepWorld;
  let signedIn: SweepActor[];
  let office: SweepActor;

  beforeAll(async () => {
    sweep = await buildSweepWorld(world());
    signedIn = sweep.actors.filter((a) => a.role !== null);
    const supervisor = signedIn.find((a) => a.role === "supervisor" && a.via === "session");
    if (!supervisor) throw new Error("no supervisor in the sweep world");
    office = supervisor;
  }, 60_000);

  it("lists to no one a row that its own read of the row refuses", async () => {
    const leaks: string[] = [];
    for (const actor of signedIn) {
      for (const [list, readOf] of LISTS) {
        const checked = new Set<string>();
        for (const row of await itemsOf(actor, list)) {
          const read = readOf(row);
          if (checked.has(read)) continue;
          checked.add(read);
          const status = (await actor.call("GET", read)).statusCode;
          if (status !== 200)
            leaks.push(`${actor.name}: ${list} lists ${read} (${String(status)})`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("lists a unit what it stands in, and the office all of it", async () => {
    const { ids } = sweep;
    const idsIn = async (actor: SweepActor, list: string) =>
      (await itemsOf(actor, list)).map((row) => row.id).sort((a, b) => a - b);
    const lead = signedIn.find((a) => a.unit === "lead" && a.role === "unit_staff");
    const coop = signedIn.find((a) => a.unit === "coop" && a.via === "session");
    const idle = signedIn.find((a) => a.unit === "idle" && a.via === "session");
    if (!lead || !coop || !idle) throw new Error("the sweep world lacks a unit's actor");
    const both = [ids.leadInstruction, ids.coopInstruction].sort((a, b) => a - b);
    expect(await idsIn(office, "/api/instructions")).toEqual(both);
    expect(await idsIn(lead, "/api/instructions")).toEqual([ids.leadInstruction]);
    expect(await idsIn(coop, "/api/instructions")).toEqual([ids.coopInstruction]);
    expect(await idsIn(idle, "/api/instructions")).toEqual([]);
    const requests = [ids.leadRequest, ids.coopRequest].sort((a, b) => a - b);
    expect(await idsIn(office, "/api/requests")).toEqual(requests);
    expect(await idsIn(lead, "/api/requests")).toEqual([ids.leadRequest]);
    // The lead request is on m203, which 市审计局 shares.
    expect(await idsIn(coop, "/api/requests")).toEqual(requests);
    expect(await idsIn(idle, "/api/requests")).toEqual([]);
    expect(await idsIn(idle, "/api/tasks?pageSize=200")).toEqual([]);
  });

  it("offers a request's decision to those whose decision the server takes", async () => {
    const { ids } = sweep;
    const versionOf = async (milestoneId: number) =>
      (await office.call("GET", `/api/milestones/${String(milestoneId)}`)).json<{
        workflow: { version: number };
      }>().workflow.version;
    const decide = async (actor: SweepActor, row: Listed) =>
      actor.call("POST", `/api/requests/${String(row.id)}/decision`, {
        version: await versionOf(row.milestoneId ?? -1),
        decision: "reject",
        comment: "can",
      });
    const problems: string[] = [];
    for (const actor of signedIn.filter((a) => a !== office)) {
      for (const row of await itemsOf(actor, "/api/requests")) {
        if (row.can?.decide === true) continue;
        const status = (await decide(actor, row)).statusCode;
        if (!REFUSED.has(status)) problems.push(`${actor.name} decided ${String(row.id)}`);
      }
    }
    expect(problems).toEqual([]);
    const pending = (await itemsOf(office, "/api/requests")).find((r) => r.id === ids.leadRequest);
    expect(pending?.can).toEqual({ decide: true });
    expect((await decide(office, pending ?? { id: -1 })).statusCode).toBe(200);
    const decided = (await itemsOf(office, "/api/requests")).find((r) => r.id === ids.leadRequest);
    expect(decided?.can).toEqual({ decide: false });
    expect(REFUSED.has((await decide(office, decided ?? { id: -1 })).statusCode)).toBe(true);
  });

  it("offers an instruction's answer and close to those whose write the server takes", async () => {
    const problems: string[] = [];
    const answer = (actor: SweepActor, row: Listed) =>
      actor.call("POST", `/api/instructions/${String(row.id)}/responses`, { text: "can" });
    const close = (actor: SweepActor, row: Listed) =>
      actor.call("POST", `/api/instructions/${String(row.id)}/close`, {});
    for (const actor of signedIn) {
      for (const row of await itemsOf(actor, "/api/instructions")) {
        const answered = (await answer(actor, row)).statusCode;
        if (row.can?.answer === true ? answered !== 201 : !REFUSED.has(answered))
          problems.push(
            `${actor.name} answer ${String(row.id)}: can ${String(row.can?.answer)}, ${String(answered)}`,
          );
        if (row.can?.close === true) continue;
        const closed = (await close(actor, row)).statusCode;
        if (!REFUSED.has(closed)) problems.push(`${actor.name} closed ${String(row.id)}`);
      }
    }
    expect(problems).toEqual([]);
    const [first] = await itemsOf(office, "/api/instructions");
    expect(first?.can).toMatchObject({ close: true });
    expect((await close(office, first ?? { id: -1 })).statusCode).toBe(200);
    for (const actor of signedIn) {
      const row = (await itemsOf(actor, "/api/instructions")).find((r) => r.id === first?.id);
      if (row === undefined) continue;
      expect(row.can, actor.name).toEqual({ answer: false, close: false });
      expect(REFUSED.has((await answer(actor, row)).statusCode), actor.name).toBe(true);
    }
  });

  it("offers a task's focus mark to those whose mark the server takes", async () => {
    const problems: string[] = [];
    for (const actor of signedIn) {
      const [row] = await itemsOf(actor, "/api/tasks?pageSize=1");
      if (row === undefined) continue;
      const status = (
        await actor.call("PUT", `/api/tasks/${String(row.id)}/focus`, { focus: true })
      ).statusCode;
      if (row.can?.setFocus === true ? status !== 200 : !REFUSED.has(status))
        problems.push(`${actor.name}: can ${String(row.can?.setFocus)}, ${String(status)}`);
    }
    expect(problems).toEqual([]);
  });

  it("lists targets only with their actuals readable, and offers edit and report as the writes answer", async () => {
    const { ids } = sweep;
    const problems: string[] = [];
    const listed = new Map<string, number[]>();
    for (const actor of signedIn) {
      for (const planId of [ids.plan1, ids.auditPlan]) {
        const response = await actor.call("GET", `/api/plans/${String(planId)}/targets`);
        if (response.statusCode === 404) continue;
        const rows = response.json<{ items: Listed[] }>().items;
        listed.set(actor.name, [...(listed.get(actor.name) ?? []), ...rows.map((r) => r.id)]);
        for (const row of rows) {
          const target = `/api/targets/${String(row.id)}`;
          const read = (await actor.call("GET", `${target}/actuals`)).statusCode;
          if (read !== 200)
            problems.push(`${actor.name} lists ${target} but reads ${String(read)}`);
          const reported = (
            await actor.call("POST", `${target}/actuals`, {
              value: 1,
              asOf: "2022-01-04",
              source: "can",
            })
          ).statusCode;
          if (row.can?.report === true ? reported !== 201 : !REFUSED.has(reported))
            problems.push(
              `${actor.name} report ${target}: can ${String(row.can?.report)}, ${String(reported)}`,
            );
          if (row.can?.edit === true) continue;
          const edited = (await actor.call("PATCH", target, { baseline: 0 })).statusCode;
          if (!REFUSED.has(edited)) problems.push(`${actor.name} edited ${target}`);
        }
      }
    }
    expect(problems).toEqual([]);
    const lead = signedIn.find((a) => a.unit === "lead" && a.via === "session");
    const coop = signedIn.find((a) => a.unit === "coop" && a.via === "session");
    const idle = signedIn.find((a) => a.unit === "idle" && a.via === "session");
    if (!lead || !coop || !idle) throw new Error("the sweep world lacks a unit's actor");
    // 市审计局 sees the target it shares on m203 and its own plan's, none of 市科技局's own.
    expect(listed.get(coop.name)?.sort((a, b) => a - b)).toEqual(
      [ids.sharedTarget, ids.coopTarget].sort((a, b) => a - b),
    );
    expect(listed.get(lead.name)).toContain(ids.leadTarget);
    expect(listed.get(lead.name)).not.toContain(ids.coopTarget);
    expect(listed.get(idle.name)).toBeUndefined();
    const edited = await office.call("PATCH", `/api/targets/${String(ids.leadTarget)}`, {
      baseline: 0,
    });
    expect(edited.statusCode).toBe(200);
  });

  it("lets each actor download exactly the evidence of the milestones it may read", async () => {
    const evidenceOf = async (actor: SweepActor): Promise<Set<number>> => {
      const seen = new Set<number>();
      for (const milestone of await itemsOf(actor, "/api/milestones?pageSize=200")) {
        const history = await actor.call("GET", `/api/milestones/${String(milestone.id)}/history`);
        expect(history.statusCode, `${actor.name} history of ${String(milestone.id)}`).toBe(200);
        for (const file of history.json<{ attachments: { id: number }[] }>().attachments)
          seen.add(file.id);
      }
      return seen;
    };
    const every = await evidenceOf(office);
    expect(every.has(sweep.ids.leadAttachment) && every.has(sweep.ids.coopAttachment)).toBe(true);
    const problems: string[] = [];
    for (const actor of signedIn) {
      const seen = await evidenceOf(actor);
      for (const id of every) {
        const status = (await actor.call("GET", `/api/attachments/${String(id)}`)).statusCode;
        if (status !== (seen.has(id) ? 200 : 404))
          problems.push(`${actor.name}: attachment ${String(id)} answered ${String(status)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists a unit's drafts to its own people only, and the office all of them", async () => {
    const { ids } = sweep;
    const expected: Record<string, readonly number[]> = {
      office: [ids.leadDraft, ids.coopDraft].sort((a, b) => a - b),
      lead: [ids.leadDraft],
      coop: [ids.coopDraft],
      idle: [],
    };
    for (const actor of signedIn) {
      const listed = (await itemsOf(actor, "/api/drafts")).map((row) => row.id);
      expect(
        listed.sort((a, b) => a - b),
        actor.name,
      ).toEqual(expected[actor.unit ?? "idle"]);
      for (const id of expected.office ?? []) {
        if (listed.includes(id)) continue;
        const status = (
          await actor.call("POST", `/api/drafts/${String(id)}/withdrawal`, { version: 1 })
        ).statusCode;
        expect(status, `${actor.name} withdrawing draft ${String(id)}`).toBe(404);
      }
    }
  });

  it("lists a unit leader the audit entries of the unit's people, as the office sees them", async () => {
    const page = "pageSize=200";
    const entriesOf = async (actor: SweepActor, query: string) => {
      const response = await actor.call("GET", `/api/audit-events?${query}`);
      return { status: response.statusCode, body: response.json<AuditPage>() };
    };
    const problems: string[] = [];
    for (const actor of signedIn) {
      const unitId = sweep.ids.units[actor.unit ?? "idle"];
      const own = await entriesOf(actor, page);
      const oversight = actor.role === "admin" || actor.role === "supervisor";
      if (actor.role === "unit_staff") {
        if (own.status !== 403) problems.push(`${actor.name} read the log (${String(own.status)})`);
        continue;
      }
      if (own.status !== 200) {
        problems.push(`${actor.name} was refused its log (${String(own.status)})`);
        continue;
      }
      // The office's read of the same unit, by the log's own filter: the same entries.
      const asOffice = await entriesOf(office, `unit=${String(unitId)}&${page}`);
      if (!oversight) {
        const idsOf = (body: AuditPage) => body.items.map((entry) => entry.id);
        if (own.body.total === 0) problems.push(`${actor.name} read an empty log`);
        if (own.body.items.some((entry) => entry.unitId !== unitId))
          problems.push(`${actor.name} read another unit's entry`);
        // Reading the office's copy logged nothing of this unit's in between.
        if (JSON.stringify(idsOf(own.body)) !== JSON.stringify(idsOf(asOffice.body)))
          problems.push(`${actor.name}'s log differs from the office's read of its unit`);
        const other = sweep.ids.units[actor.unit === "lead" ? "coop" : "lead"];
        const refused = await entriesOf(actor, `unit=${String(other)}`);
        if (refused.status !== 403) problems.push(`${actor.name} read another unit's log`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("offers a draft's confirmation and withdrawal to those whose write the server takes", async () => {
    const problems: string[] = [];
    const confirm = (actor: SweepActor, row: Listed) =>
      actor.call("POST", `/api/drafts/${String(row.id)}/confirmation`, { version: row.version });
    const withdraw = (actor: SweepActor, row: Listed) =>
      actor.call("POST", `/api/drafts/${String(row.id)}/withdrawal`, { version: row.version });
    for (const actor of signedIn) {
      for (const row of await itemsOf(actor, "/api/drafts")) {
        if (row.can?.confirm !== true && !REFUSED.has((await confirm(actor, row)).statusCode))
          problems.push(`${actor.name} confirmed draft ${String(row.id)}`);
        if (row.can?.edit !== true && !REFUSED.has((await withdraw(actor, row)).statusCode))
          problems.push(`${actor.name} withdrew draft ${String(row.id)}`);
      }
    }
    expect(problems).toEqual([]);
    const leader = signedIn.find((a) => a.unit === "lead" && a.role === "unit_leader");
    const staff = signedIn.find((a) => a.unit === "lead" && a.role === "unit_staff");
    if (!leader || !staff) throw new Error("the sweep world lacks 市科技局's people");
    const [asLeader] = await itemsOf(leader, "/api/drafts");
    expect(asLeader?.can).toEqual({ confirm: true, edit: true });
    expect((await confirm(leader, asLeader ?? { id: -1 })).statusCode).toBe(200);
    const [coopDraft] = await itemsOf(
      signedIn.find((a) => a.unit === "coop" && a.role === "unit_leader") ?? office,
      "/api/drafts",
    );
    expect(coopDraft?.can?.edit).toBe(true);
    const coopLeader = signedIn.find((a) => a.unit === "coop" && a.role === "unit_leader");
    expect((await withdraw(coopLeader ?? office, coopDraft ?? { id: -1 })).statusCode).toBe(200);
    const [confirmed] = await itemsOf(staff, "/api/drafts");
    expect(confirmed?.can).toEqual({ confirm: false, edit: false });
  });

  it("gives each plan the same can in the list and its read, and each can is the write's answer", async () => {
    const { ids } = sweep;
    // A milestone of each plan, and the unit that leads it.
    const partOf = new Map([
      [ids.plan1, { milestone: ids.m202, unit: ids.units.lead }],
      [ids.auditPlan, { milestone: ids.auditMilestone, unit: ids.units.coop }],
    ]);
    const problems: string[] = [];
    const check = (actor: SweepActor, what: string, allowed: boolean, status: number) => {
      if (allowed ? status >= 300 : !REFUSED.has(status))
        problems.push(`${actor.name} ${what}: can ${String(allowed)}, ${String(status)}`);
    };
    for (const actor of signedIn) {
      const plans = (await actor.call("GET", "/api/plans")).json<{ items: ListedPlan[] }>().items;
      for (const plan of plans) {
        const url = `/api/plans/${String(plan.id)}`;
        const read = (await actor.call("GET", url)).json<{ plan: ListedPlan }>();
        expect(read.plan.can, `${actor.name} ${url}`).toEqual(plan.can);
        const can = plan.can;
        for (const partUnit of Object.values(ids.units)) {
          const exported = await actor.call(
            "GET",
            `${url}/export?format=csv&unit=${String(partUnit)}`,
          );
          const allowed = can.exportWhole || can.exportPartsOf.includes(partUnit);
          check(actor, `export ${String(partUnit)}`, allowed, exported.statusCode);
        }
        const { milestone, unit } = partOf.get(plan.id) ?? { milestone: -1, unit: -1 };
        const issued = (
          await actor.call("POST", "/api/instructions", {
            targetType: "milestone",
            targetId: milestone,
            text: "can",
            issuedBy: "市长",
          })
        ).statusCode;
        check(actor, "issueInstruction", can.issueInstruction, issued);
        // The settings as they stand now: an earlier actor's write moved their version on.
        const settings = (await office.call("GET", `${url}/settings`)).json<unknown>();
        const configured = (await actor.call("PUT", `${url}/settings`, settings)).statusCode;
        check(actor, "configure", can.configure, configured);
        const imported = (
          await actor.call(
            "POST",
            `/api/plans?fileName=revision.xlsx&dryRun=true&planId=${String(plan.id)}`,
            sweep.upload,
          )
        ).statusCode;
        check(actor, "importRevision", can.importRevision, imported);
        const sent = (await actor.call("POST", `${url}/distributions`, { units: [unit] }))
          .statusCode;
        check(actor, "distribute", can.distribute, sent);
        const added = (
          await actor.call("POST", `${url}/targets`, {
            milestoneId: milestone,
            subject: "can",
            comparison: "at_least",
            value: 1,
            unitOfMeasure: "项",
          })
        ).statusCode;
        check(actor, "addTarget", can.addTarget, added);
        if (!can.delete)
          check(actor, "delete", false, (await actor.call("DELETE", url)).statusCode);
        if (!can.archive)
          check(actor, "archive", false, (await actor.call("POST", `${url}/archive`)).statusCode);
      }
    }
    expect(problems).toEqual([]);
  });

  it("offers a plan's office actions until it is archived, and its restoration then", async () => {
    const admin = signedIn.find((a) => a.role === "admin" && a.via === "session");
    if (!admin) throw new Error("no administrator in the sweep world");
    const url = `/api/plans/${String(sweep.ids.auditPlan)}`;
    const canOf = async (actor: SweepActor) =>
      (await actor.call("GET", "/api/plans?archived=true"))
        .json<{ items: ListedPlan[] }>()
        .items.find((plan) => plan.id === sweep.ids.auditPlan)?.can;
    expect(await canOf(office)).toMatchObject({
      issueInstruction: true,
      distribute: true,
      configure: true,
      addTarget: true,
      archive: false,
    });
    expect(await canOf(admin)).toMatchObject({ archive: true, unarchive: false });
    expect((await admin.call("POST", `${url}/archive`)).statusCode).toBe(200);
    const archived = await canOf(office);
    expect(archived).toMatchObject({
      issueInstruction: false,
      distribute: false,
      configure: false,
      addTarget: false,
      exportWhole: true,
    });
    const refused = await office.call("POST", "/api/instructions", {
      targetType: "milestone",
      targetId: sweep.ids.auditMilestone,
      text: "can",
      issuedBy: "市长",
    });
    expect(REFUSED.has(refused.statusCode)).toBe(true);
    expect(await canOf(admin)).toMatchObject({ archive: false, unarchive: true });
    expect((await admin.call("POST", `${url}/unarchive`)).statusCode).toBe(200);
    expect(await canOf(office)).toMatchObject({ issueInstruction: true });
  });
});
