import { createHash } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import type { Database } from "../../src/db/database.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import type { Role } from "../../src/domain/role.js";
import {
  COOPERATING_UNIT,
  IDLE_UNIT,
  LEAD_UNIT,
  send,
  type Client,
  type HttpMethod,
  type World,
} from "./http-session.js";
import { multipartOf } from "./multipart.js";
import { unitPlan } from "./unit-plan.js";

/**
 * The world the access sweep aims at: the reference plan (市科技局 leads it,
 * 市审计局 shares tasks 203 and 205), a plan of 市审计局's own, and objects of
 * each unit (reports with evidence, requests, instructions, contacts, tokens)
 * carrying canary strings that only some actors may ever read.
 */

/** Where an actor sits: the supervision office, the lead, cooperating or idle unit. */
export type UnitKey = "office" | "lead" | "coop" | "idle";

export interface SweepActor {
  readonly name: string;
  /** null: anonymous. */
  readonly role: Role | null;
  readonly unit: UnitKey | null;
  readonly via: "anonymous" | "session" | "token";
  call(
    method: HttpMethod,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/** Canary strings, and the units whose actors (with oversight) may read each. */
export const CANARIES = {
  leadReport: "CANARY-LEAD-REPORT-7f3a",
  leadInstruction: "CANARY-LEAD-INSTRUCTION-91c2",
  leadEvidence: "CANARY-LEAD-EVIDENCE-2d6b",
  coopReport: "CANARY-COOP-REPORT-c41d",
  coopInstruction: "CANARY-COOP-INSTRUCTION-5be8",
  coopEvidence: "CANARY-COOP-EVIDENCE-8a17",
  coopContact: "CANARY-COOP-CONTACT-e02f",
  /** The reason of the extension request on m203, which both units share. */
  sharedRequest: "CANARY-SHARED-REQUEST-3e9a",
  coopRequest: "CANARY-COOP-REQUEST-b7d0",
} as const;

export type CanaryName = keyof typeof CANARIES;

/** The ids the sweep fills path parameters with. */
export interface SweepIds {
  readonly plan1: number;
  readonly auditPlan: number;
  /** Task 202 and its first milestone: 市科技局's alone. */
  readonly task202: number;
  readonly m202: number;
  /** Task 203 and its first milestone: 市科技局 leads, 市审计局 cooperates. */
  readonly task203: number;
  readonly m203: number;
  /** 市审计局's own plan's task and its first milestone (led by 市审计局, 市统计局 shares it). */
  readonly auditTask: number;
  readonly auditMilestone: number;
  readonly units: Readonly<Record<UnitKey, number>>;
  readonly users: Readonly<Record<"admin" | "staff" | "auditStaff" | "idleStaff", number>>;
  /** Two throwaway units for the merge. */
  readonly keepUnit: number;
  readonly foldUnit: number;
  /** A token nobody acts with, for the revocation. */
  readonly spareToken: number;
  readonly leadAttachment: number;
  readonly coopAttachment: number;
  /** Pending extension requests: of m203 (市科技局's) and of 市审计局's milestone. */
  readonly leadRequest: number;
  readonly coopRequest: number;
  readonly leadInstruction: number;
  readonly coopInstruction: number;
  readonly coopContact: number;
  /** A contact of the idle unit, for the removal. */
  readonly spareContact: number;
  /** Supervision notices to 市科技局 (on m202) and to 市审计局 (on its own milestone). */
  readonly leadNotice: number;
  readonly coopNotice: number;
  /** 市科技局's staff's calendar feed of their unit: its secret, fetched by anyone who has it. */
  readonly feedToken: string;
  /** Another feed of that staff member's, for the revocation. */
  readonly spareFeed: number;
  /** 市科技局's staff's link for 市审计局 naming m203 only: its secret, all its holder needs. */
  readonly linkToken: string;
  /** Another link of 市科技局's, for the revocation. */
  readonly spareLink: number;
  /** Plan 1 sent (下发) to 市科技局 alone, for its 签收. */
  readonly leadDistribution: number;
  /** Completion drafts for the leader: 市科技局's staff's on m202, 市审计局's on its milestone. */
  readonly leadDraft: number;
  readonly coopDraft: number;
  /** Confirmed targets: task 202's own (市科技局's), one added on m203 (shared), one on 市审计局's milestone. */
  readonly leadTarget: number;
  readonly sharedTarget: number;
  readonly coopTarget: number;
}

export interface SweepWorld {
  readonly world: World;
  readonly actors: readonly SweepActor[];
  readonly ids: SweepIds;
  /** A valid plan upload (.xlsx bytes) for the import route. */
  readonly upload: Uint8Array;
  /** Plan 1's settings as stored, a valid body for their update. */
  readonly planSettings: unknown;
  /** A multipart body of one evidence file, for the upload route. */
  readonly evidence: { readonly body: Buffer; readonly contentType: string };
  /** A link submission's form: the holder's name, the text, one file. */
  readonly linkInput: { readonly body: Buffer; readonly contentType: string };
}

const expectOk = async (
  response: Promise<LightMyRequestResponse>,
  what: string,
): Promise<LightMyRequestResponse> => {
  const answered = await response;
  if (answered.statusCode >= 300) {
    throw new Error(`${what}: ${answered.statusCode} ${answered.body.slice(0, 300)}`);
  }
  return answered;
};

/** Enough of a PDF for the evidence sniffing, with a canary in a comment line. */
const pdf = (canary: string): Uint8Array =>
  Buffer.from(`%PDF-1.4\n% ${canary}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

const sessionActor = (client: Client, unit: UnitKey): SweepActor => ({
  name: client.username,
  role: client.role,
  unit,
  via: "session",
  call: (method, url, body, headers) => client.call(method, url, body, headers),
});

interface PlanIds {
  readonly ids: readonly { readonly task: number; readonly milestones: readonly number[] }[];
}

const versionOf = async (world: World, milestoneId: number): Promise<number> => {
  const read = await expectOk(
    world.admin.call("GET", `/api/milestones/${String(milestoneId)}`),
    "reading a milestone",
  );
  const body = read.json<{ workflow: { version: number } }>();
  return body.workflow.version;
};

const idOf = (response: LightMyRequestResponse): number => response.json<{ id: number }>().id;

const firstAttachment = async (world: World, milestoneId: number): Promise<number> => {
  const history = await expectOk(
    world.admin.call("GET", `/api/milestones/${String(milestoneId)}/history`),
    "reading a history",
  );
  const found = history.json<{ attachments: { id: number }[] }>().attachments[0];
  if (found === undefined) throw new Error(`milestone ${String(milestoneId)} has no attachment`);
  return found.id;
};

/** Builds the objects and the actors on a world with every account. */
export const buildSweepWorld = async (world: World): Promise<SweepWorld> => {
  const admin = world.admin;
  const unitId = (name: string): number => {
    const id = world.unitIds[name];
    if (id === undefined) throw new Error(`no unit ${name}`);
    return id;
  };
  const units: Record<UnitKey, number> = {
    office: world.client("supervisor").unitId,
    lead: unitId(LEAD_UNIT),
    coop: unitId(COOPERATING_UNIT),
    idle: unitId(IDLE_UNIT),
  };
  const upload = await planToXlsx(unitPlan(2023, COOPERATING_UNIT, "市统计局"));
  const uploaded = await expectOk(
    admin.call("POST", "/api/plans?fileName=audit-2023.xlsx", upload),
    "uploading 市审计局's plan",
  );
  const auditPlan = uploaded.json<{ planId: number }>().planId;
  const plan1 = world.planId ?? 1;
  const read = async (planId: number) =>
    (
      await expectOk(admin.call("GET", `/api/plans/${String(planId)}`), "reading a plan")
    ).json<PlanIds>().ids;
  const [, t202, t203] = await read(plan1);
  const [auditTask] = await read(auditPlan);
  const m202 = t202?.milestones[0];
  const m203 = t203?.milestones[0];
  const auditMilestone = auditTask?.milestones[0];
  if (!t202 || !t203 || !auditTask || !m202 || !m203 || !auditMilestone) {
    throw new Error("the plans are not as expected");
  }

  const created: number[] = [];
  for (const name of ["留下的单位", "并入的单位"]) {
    created.push(idOf(await expectOk(admin.call("POST", "/api/units", { name }), name)));
  }
  const [keepUnit = 0, foldUnit = 0] = created;

  const issueToken = async (name: string, unit: UnitKey, role: Role) =>
    (
      await expectOk(
        admin.call("POST", "/api/tokens", { name, unitId: units[unit], role }),
        `issuing ${name}`,
      )
    ).json<{ id: number; token: string }>();
  const tokenActor = async (name: string, unit: UnitKey, role: Role): Promise<SweepActor> => {
    const { token } = await issueToken(name, unit, role);
    return {
      name,
      role,
      unit,
      via: "token",
      call: (method, url, body, headers) =>
        send(world.app, {
          method,
          url,
          body,
          headers: { ...headers, authorization: `Bearer ${token}` },
        }),
    };
  };
  const tokens = [
    await tokenActor("token:idle-staff", "idle", "unit_staff"),
    await tokenActor("token:coop-leader", "coop", "unit_leader"),
    await tokenActor("token:supervisor", "office", "supervisor"),
  ];
  const spareToken = (await issueToken("spare", "lead", "unit_staff")).id;
  const coopLeader = tokens[1];
  if (coopLeader === undefined) throw new Error("no token of 市审计局's leader");

  // Reports with evidence by each unit, on milestones only it (and the office) may see.
  const report = async (
    actor: Pick<SweepActor, "call">,
    milestoneId: number,
    text: string,
    evidence: string,
  ) => {
    // The canary names the file too, for what shows file names (history, search).
    const { body, contentType } = await multipartOf([[`${evidence}.pdf`, pdf(evidence)]]);
    const uploaded = await expectOk(
      actor.call("POST", `/api/milestones/${String(milestoneId)}/evidence`, body, {
        "content-type": contentType,
      }),
      `uploading evidence to ${String(milestoneId)}`,
    );
    const attachmentIds = uploaded
      .json<{ attachments: { id: number }[] }>()
      .attachments.map((a) => a.id);
    return expectOk(
      actor.call("POST", `/api/milestones/${String(milestoneId)}/reports`, {
        version: await versionOf(world, milestoneId),
        text,
        attachmentIds,
      }),
      `reporting on ${String(milestoneId)}`,
    );
  };
  await report(world.client("staff"), m202, CANARIES.leadReport, CANARIES.leadEvidence);
  await report(coopLeader, auditMilestone, CANARIES.coopReport, CANARIES.coopEvidence);

  const extension = async (actor: Pick<SweepActor, "call">, milestoneId: number, reason: string) =>
    (
      await expectOk(
        actor.call("POST", `/api/milestones/${String(milestoneId)}/extension-requests`, {
          version: await versionOf(world, milestoneId),
          newDue: "2030-12-31",
          reason,
        }),
        `asking for more time on ${String(milestoneId)}`,
      )
    ).json<{ requestId: number }>().requestId;
  const leadRequest = await extension(world.client("leader"), m203, CANARIES.sharedRequest);
  const coopRequest = await extension(coopLeader, auditMilestone, CANARIES.coopRequest);
  const draft = async (actor: Pick<SweepActor, "call">, milestoneId: number) =>
    idOf(
      await expectOk(
        actor.call("POST", `/api/milestones/${String(milestoneId)}/drafts`, {
          kind: "completion",
          completedOn: "2021-01-04",
        }),
        `drafting a completion of ${String(milestoneId)}`,
      ),
    );
  const leadDraft = await draft(world.client("staff"), m202);
  const coopDraft = await draft(coopLeader, auditMilestone);

  const instruct = async (milestoneId: number, text: string) =>
    idOf(
      await expectOk(
        admin.call("POST", "/api/instructions", {
          targetType: "milestone",
          targetId: milestoneId,
          text,
          issuedBy: "市长",
        }),
        "issuing an instruction",
      ),
    );
  const contact = async (unit: UnitKey, label: string) =>
    idOf(
      await expectOk(
        admin.call("POST", `/api/units/${String(units[unit])}/contacts`, {
          label,
          contact: { kind: "email", address: "office@example.org" },
        }),
        "adding a contact",
      ),
    );

  const notice = async (milestoneId: number) =>
    idOf(
      await expectOk(
        admin.call("POST", `/api/milestones/${String(milestoneId)}/notices`, {}),
        "issuing a supervision notice",
      ),
    );
  const subscribe = async () =>
    (
      await expectOk(
        world.client("staff").call("POST", "/api/calendar-feeds", { unitId: units.lead }),
        "subscribing to a calendar",
      )
    ).json<{ id: number; token: string }>();
  const issueLink = async () =>
    (
      await expectOk(
        world
          .client("staff")
          .call("POST", "/api/links", { milestoneIds: [m203], unitId: units.coop }),
        "issuing a link",
      )
    ).json<{ id: number; token: string }>();
  const leadDistribution = idOf(
    await expectOk(
      admin.call("POST", `/api/plans/${String(plan1)}/distributions`, { units: [units.lead] }),
      "sending plan 1 to 市科技局",
    ),
  );

  const planTargets = (
    await expectOk(admin.call("GET", `/api/plans/${String(plan1)}/targets`), "listing targets")
  ).json<{ items: { id: number; taskId: number; milestoneId: number | null }[] }>().items;
  const ownOf202 = planTargets.find((t) => t.taskId === t202.task && t.milestoneId === null);
  if (!ownOf202) throw new Error("task 202 has no target of its own");
  await expectOk(
    admin.call("PATCH", `/api/targets/${String(ownOf202.id)}`, { state: "confirmed" }),
    "confirming task 202's target",
  );
  const addTarget = async (planId: number, milestoneId: number) =>
    idOf(
      await expectOk(
        admin.call("POST", `/api/plans/${String(planId)}/targets`, {
          milestoneId,
          subject: "扫描指标",
          comparison: "at_least",
          value: 10,
          unitOfMeasure: "项",
        }),
        "adding a target",
      ),
    );

  const settings = await expectOk(
    admin.call("GET", `/api/plans/${String(plan1)}/settings`),
    "reading plan settings",
  );

  // The administrator last: a refused write must meet things as the administrator left them.
  const actors: SweepActor[] = [
    {
      name: "anonymous",
      role: null,
      unit: null,
      via: "anonymous",
      call: (method, url, body, headers) =>
        send(world.app, { method, url, body, ...(headers === undefined ? {} : { headers }) }),
    },
    sessionActor(world.client("supervisor"), "office"),
    sessionActor(world.client("leader"), "lead"),
    sessionActor(world.client("staff"), "lead"),
    sessionActor(world.client("auditStaff"), "coop"),
    sessionActor(world.client("idleStaff"), "idle"),
    ...tokens,
    sessionActor(admin, "office"),
  ];
  return {
    world,
    actors,
    upload,
    planSettings: settings.json<unknown>(),
    evidence: await multipartOf([["扫描.pdf", pdf("sweep")]]),
    linkInput: await multipartOf([["扫描.pdf", pdf("sweep")]], "files", {
      holderName: "扫描",
      text: "经链接报送",
    }),
    ids: {
      plan1,
      auditPlan,
      task202: t202.task,
      m202,
      task203: t203.task,
      m203,
      auditTask: auditTask.task,
      auditMilestone,
      units,
      users: {
        admin: admin.userId,
        staff: world.client("staff").userId,
        auditStaff: world.client("auditStaff").userId,
        idleStaff: world.client("idleStaff").userId,
      },
      keepUnit,
      foldUnit,
      spareToken,
      leadAttachment: await firstAttachment(world, m202),
      coopAttachment: await firstAttachment(world, auditMilestone),
      leadRequest,
      coopRequest,
      leadInstruction: await instruct(m202, CANARIES.leadInstruction),
      coopInstruction: await instruct(auditMilestone, CANARIES.coopInstruction),
      coopContact: await contact("coop", CANARIES.coopContact),
      spareContact: await contact("idle", "spare"),
      leadNotice: await notice(m202),
      coopNotice: await notice(auditMilestone),
      feedToken: (await subscribe()).token,
      spareFeed: (await subscribe()).id,
      linkToken: (await issueLink()).token,
      spareLink: (await issueLink()).id,
      leadDistribution,
      leadDraft,
      coopDraft,
      leadTarget: ownOf202.id,
      sharedTarget: await addTarget(plan1, m203),
      coopTarget: await addTarget(auditPlan, auditMilestone),
    },
  };
};

/** Tables that change with every request (sessions, login throttling, leases) are left out. */
const FINGERPRINTED = [
  "api_tokens",
  "attachments",
  "calendar_days",
  "calendar_feeds",
  "milestone_links",
  "milestone_link_targets",
  "distribution_deliveries",
  "distribution_units",
  "distributions",
  "imported_progress",
  "instruction_responses",
  "instructions",
  "milestone_events",
  "milestone_requests",
  "milestone_states",
  "milestone_status",
  "milestone_units",
  "milestone_versions",
  "milestones",
  "notice_sequences",
  "notices",
  "plan_settings",
  "plans",
  "reminder_bundles",
  "reminder_deliveries",
  "reminder_items",
  "revisions",
  "source_files",
  "task_focus",
  "task_units",
  "target_actuals",
  "targets",
  "task_versions",
  "tasks",
  "unit_aliases",
  "unit_contacts",
  "unit_group_members",
  "units",
  "users",
] as const;

/**
 * A hash of every row that a write could change. audit_log rows of refused
 * authorisations (`auth.*`) are left out: a refusal may be audited.
 */
export const fingerprint = async (db: Database): Promise<string> => {
  const hash = createHash("sha256");
  for (const table of FINGERPRINTED) {
    const rows = await sql`select * from ${sql.table(table)} order by 1`.execute(db.kysely);
    // A token's last use moves with every request it makes, refused or not; a link's reads too.
    const kept = rows.rows.map((row) => ({
      ...(row as object),
      last_used_at: undefined,
      read_count: undefined,
    }));
    hash.update(`${table}:${JSON.stringify(kept)}\n`);
  }
  const audit =
    await sql`select * from audit_log where action not like 'auth.%' order by id`.execute(
      db.kysely,
    );
  hash.update(`audit_log:${JSON.stringify(audit.rows)}`);
  return hash.digest("hex");
};
