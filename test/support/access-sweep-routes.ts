import { COOPERATING_UNIT, LEAD_UNIT, PASSWORD, type HttpMethod } from "./http-session.js";
import type {
  CanaryName,
  SweepActor,
  SweepIds,
  SweepWorld,
  UnitKey,
} from "./access-sweep-world.js";

/**
 * What every operation of the OpenAPI document must answer to every actor of
 * the sweep, for each object it is aimed at. "ok": allowed (a read answers
 * 2xx; a write 2xx or a validation/conflict refusal, never 401/403); a number:
 * that refusal; "refused": any 4xx; "skip": not sent (it would end the
 * sweep's own session).
 */
export type Outcome = "ok" | 401 | 403 | 404 | "refused" | "skip";

export interface Target {
  readonly label: string;
  /** The path with its parameters filled in, and any query string. */
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly expect: (actor: SweepActor) => Outcome;
}

type Rule = (actor: SweepActor) => Outcome;

const OVERSIGHT = new Set(["admin", "supervisor"]);
const isOversight = (a: SweepActor): boolean => a.role !== null && OVERSIGHT.has(a.role);
const isUnit = (a: SweepActor): boolean => a.role === "unit_leader" || a.role === "unit_staff";

/** Anonymous callers are told to log in, whatever the route. */
const signedIn =
  (rule: Rule): Rule =>
  (a) =>
    a.role === null ? 401 : rule(a);

const everyone: Rule = signedIn(() => "ok");
const adminOnly: Rule = signedIn((a) => (a.role === "admin" ? "ok" : 403));
/** What only a person's own session may do: a token is refused. */
const personOnly: Rule = signedIn((a) => (a.via === "token" ? 403 : "ok"));
const oversightOnly: Rule = signedIn((a) => (isOversight(a) ? "ok" : 403));
/** The office reads the whole audit log, a unit leader the unit's part. */
const auditReaders: Rule = signedIn((a) =>
  isOversight(a) || a.role === "unit_leader" ? "ok" : 403,
);

/** Whether the actor sees content that these units have a part in. */
const sees =
  (units: readonly UnitKey[]) =>
  (a: SweepActor): boolean =>
    isOversight(a) || (a.unit !== null && units.includes(a.unit));

/** Content of these units: hidden (404) from the rest. */
const readable = (units: readonly UnitKey[]): Rule =>
  signedIn((a) => (sees(units)(a) ? "ok" : 404));

/** A write on content of these units: hidden from the rest, then the action's own rule. */
const contentWrite = (units: readonly UnitKey[], may: (a: SweepActor) => boolean): Rule =>
  signedIn((a) => (!sees(units)(a) ? 404 : may(a) ? "ok" : 403));

/** The objects and which units have a part in each. */
interface Content {
  readonly label: string;
  readonly id: number;
  readonly units: readonly UnitKey[];
  /** The unit leading it (milestones). */
  readonly lead: UnitKey;
}

const plans = (ids: SweepIds): Content[] => [
  { label: "plan 1", id: ids.plan1, units: ["lead", "coop"], lead: "lead" },
  { label: "市审计局's plan", id: ids.auditPlan, units: ["coop"], lead: "coop" },
];
const tasks = (ids: SweepIds): Content[] => [
  { label: "task 202 (市科技局's)", id: ids.task202, units: ["lead"], lead: "lead" },
  { label: "task 203 (shared)", id: ids.task203, units: ["lead", "coop"], lead: "lead" },
  { label: "市审计局's task", id: ids.auditTask, units: ["coop"], lead: "coop" },
];
const milestones = (ids: SweepIds): Content[] => [
  { label: "milestone of 202 (市科技局's)", id: ids.m202, units: ["lead"], lead: "lead" },
  { label: "milestone of 203 (shared)", id: ids.m203, units: ["lead", "coop"], lead: "lead" },
  { label: "市审计局's milestone", id: ids.auditMilestone, units: ["coop"], lead: "coop" },
];

/** Drafts are their unit's: another unit's people do not learn they exist. */
const targets = (ids: SweepIds): Content[] => [
  {
    label: "task 202's own target (市科技局's)",
    id: ids.leadTarget,
    units: ["lead"],
    lead: "lead",
  },
  { label: "target on m203 (shared)", id: ids.sharedTarget, units: ["lead", "coop"], lead: "lead" },
  { label: "市审计局's target", id: ids.coopTarget, units: ["coop"], lead: "coop" },
];
const drafts = (ids: SweepIds): Content[] => [
  { label: "市科技局's draft", id: ids.leadDraft, units: ["lead"], lead: "lead" },
  { label: "市审计局's draft", id: ids.coopDraft, units: ["coop"], lead: "coop" },
];

const leads = (c: Content) => (a: SweepActor) => a.unit === c.lead;
const n = String;

/** Who the actor is in the users table: token actors are nobody's "self". */
const selfOf: Readonly<Record<string, keyof SweepIds["users"]>> = {
  admin: "admin",
  "kjj.staff": "staff",
  "sjj.staff": "auditStaff",
  "idle.staff": "idleStaff",
};

const userTargets = (
  ids: SweepIds,
): { label: string; id: number; unit: UnitKey; key: string }[] => [
  { label: "the administrator", id: ids.users.admin, unit: "office", key: "admin" },
  { label: "市科技局 staff", id: ids.users.staff, unit: "lead", key: "staff" },
  { label: "市审计局 staff", id: ids.users.auditStaff, unit: "coop", key: "auditStaff" },
  { label: "市档案馆 staff", id: ids.users.idleStaff, unit: "idle", key: "idleStaff" },
];

const UNIT_NAMES = { lead: LEAD_UNIT, coop: COOPERATING_UNIT } as const;

type Targets = (w: SweepWorld) => readonly Target[];

const single = (url: string, expect: Rule, body?: unknown): Target[] => [
  { label: url, url, expect, ...(body === undefined ? {} : { body }) },
];

const one =
  (url: string, expect: Rule, body?: unknown): Targets =>
  () =>
    single(url, expect, body);

/**
 * The table: every operation of the OpenAPI document, keyed "METHOD /path".
 * The sweep fails when the document has an operation this table lacks.
 */
export const SWEEP_TABLE: Readonly<Record<string, Targets>> = {
  "GET /api/health": one("/api/health", () => "ok"),
  "POST /api/session": one("/api/session", () => "ok", {
    username: "idle.staff",
    password: PASSWORD,
  }),
  // Anonymous: 204, nobody logged in (a first visit asks without being an error).
  "GET /api/session": one("/api/session", () => "ok"),
  "GET /api/session/providers": one("/api/session/providers", () => "ok"),
  "GET /api/session/waiting": one("/api/session/waiting", everyone),
  // Ending or re-keying a session would end the sweep's own: only the others are sent.
  "DELETE /api/session": one(
    "/api/session",
    signedIn((a) => (a.via === "session" ? "skip" : "ok")),
  ),
  // Browser navigations answered by redirects (to the provider, or back to the login page):
  // test/server/oidc-sign-in.test.ts follows them.
  "GET /api/session/oidc/login": one("/api/session/oidc/login", () => "skip"),
  "GET /api/session/oidc/callback": one("/api/session/oidc/callback", () => "skip"),
  "GET /api/oidc/mappings": one("/api/oidc/mappings", adminOnly),
  "PUT /api/oidc/user-mappings": ({ ids }) =>
    single("/api/oidc/user-mappings", adminOnly, {
      claimValue: "sweep.person",
      userId: ids.users.idleStaff,
    }),
  "DELETE /api/oidc/user-mappings": one("/api/oidc/user-mappings", adminOnly, {
    claimValue: "nobody.mapped",
  }),
  "PUT /api/oidc/unit-rules/{unitId}": ({ ids }) =>
    single(`/api/oidc/unit-rules/${n(ids.units.idle)}`, adminOnly, {}),
  "DELETE /api/oidc/unit-rules/{unitId}": ({ ids }) =>
    single(`/api/oidc/unit-rules/${n(ids.units.coop)}`, adminOnly),
  "PUT /api/session/password": one(
    "/api/session/password",
    signedIn((a) => (a.via === "session" ? "skip" : "refused")),
    { currentPassword: "not-the-password-1", newPassword: "Sweep-Passphrase-Long-42" },
  ),
  // A person's own second factor: never a token's. A session that waits for none is told so
  // (409), and codes the sweep cannot know are refused (400), both "ok" here.
  "POST /api/session/second-factor": one("/api/session/second-factor", personOnly, {
    code: "000000",
  }),
  "GET /api/session/second-factor": one("/api/session/second-factor", personOnly),
  "POST /api/session/second-factor/enrolment": one(
    "/api/session/second-factor/enrolment",
    personOnly,
  ),
  "PUT /api/session/second-factor/enrolment": one(
    "/api/session/second-factor/enrolment",
    personOnly,
    { code: "000000" },
  ),
  "POST /api/session/second-factor/recovery-codes": one(
    "/api/session/second-factor/recovery-codes",
    personOnly,
    { code: "000000" },
  ),
  "DELETE /api/session/second-factor": one("/api/session/second-factor", personOnly, {
    code: "000000",
  }),
  "GET /api/second-factor": one("/api/second-factor", adminOnly),
  "PUT /api/second-factor": one("/api/second-factor", adminOnly, { requiredRoles: [] }),
  "DELETE /api/users/{id}/second-factor": ({ ids }) =>
    single(`/api/users/${n(ids.users.idleStaff)}/second-factor`, adminOnly),

  "GET /api/users": one("/api/users", everyone),
  "POST /api/users": ({ ids }) => [
    {
      label: "a new user",
      url: "/api/users",
      body: {
        username: "sweep.user",
        displayName: "扫描用户",
        unitId: ids.units.lead,
        role: "unit_staff",
        password: PASSWORD,
      },
      expect: adminOnly,
    },
  ],
  "GET /api/users/{id}": ({ ids }) =>
    userTargets(ids).map((user) => ({
      label: user.label,
      url: `/api/users/${n(user.id)}`,
      expect: signedIn((a) => {
        if (a.role === "admin" && a.via === "session") return "ok";
        if (a.via === "session" && selfOf[a.name] === user.key) return "ok";
        if (a.role === "unit_leader" && a.unit === user.unit) return "ok";
        return 404;
      }),
    })),
  "PATCH /api/users/{id}": ({ ids }) =>
    userTargets(ids).map((user) => ({
      label: user.label,
      url: `/api/users/${n(user.id)}`,
      body: { displayName: `${user.label} (swept)` },
      expect: adminOnly,
    })),

  "GET /api/tokens": one("/api/tokens", adminOnly),
  "POST /api/tokens": ({ ids }) =>
    single("/api/tokens", adminOnly, { name: "sweep", unitId: ids.units.idle, role: "admin" }),
  "DELETE /api/tokens/{id}": ({ ids }) => single(`/api/tokens/${n(ids.spareToken)}`, adminOnly),

  // Feeds belong to people: tokens hold none. A unit's people subscribe to their unit.
  "GET /api/calendar-feeds": one(
    "/api/calendar-feeds",
    signedIn((a) => (a.via === "token" ? 403 : "ok")),
  ),
  "POST /api/calendar-feeds": ({ ids }) =>
    single(
      "/api/calendar-feeds",
      signedIn((a) => (a.via === "session" && (isOversight(a) || a.unit === "lead") ? "ok" : 403)),
      { unitId: ids.units.lead },
    ),
  // 市科技局's staff's feed: theirs and the administrator's to revoke; to the rest it does not exist.
  "DELETE /api/calendar-feeds/{id}": ({ ids }) =>
    single(
      `/api/calendar-feeds/${n(ids.spareFeed)}`,
      signedIn((a) =>
        a.via === "session" && (a.role === "admin" || a.name === "kjj.staff") ? "ok" : 404,
      ),
    ),
  // A calendar app's fetch: the secret in the path is all it needs.
  "GET /api/calendar-feeds/{token}/feed.ics": ({ ids }) =>
    single(`/api/calendar-feeds/${encodeURIComponent(ids.feedToken)}/feed.ics`, () => "ok"),

  // Links: the office issues any, a lead unit for what it leads; each unit lists its own.
  "GET /api/links": one("/api/links", everyone),
  "POST /api/links": ({ ids }) =>
    single(
      "/api/links",
      contentWrite(["lead", "coop"], (a) => isOversight(a) || a.unit === "lead"),
      { milestoneIds: [ids.m203], unitId: ids.units.coop },
    ),
  // 市科技局's link: the office's and 市科技局's to revoke; to the rest it does not exist.
  "DELETE /api/links/{id}": ({ ids }) =>
    single(
      `/api/links/${n(ids.spareLink)}`,
      signedIn((a) => (isOversight(a) || a.unit === "lead" ? "ok" : 404)),
    ),
  // The holder's requests: the secret is all they need, and it reaches m203 alone.
  "GET /api/link/{token}": ({ ids }) =>
    single(`/api/link/${encodeURIComponent(ids.linkToken)}`, () => "ok"),
  "POST /api/link/{token}/milestones/{id}/input": ({ ids, linkInput }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/link/${encodeURIComponent(ids.linkToken)}/milestones/${n(m.id)}/input`,
      body: linkInput.body,
      headers: { "content-type": linkInput.contentType },
      expect: () => (m.id === ids.m203 ? "ok" : 404),
    })),

  "GET /api/units": one("/api/units", everyone),
  "POST /api/units": one("/api/units", adminOnly, { name: "扫描新设局" }),
  "GET /api/units/{id}": ({ ids }) =>
    (Object.entries(ids.units) as [UnitKey, number][]).map(([unit, id]) => ({
      label: unit,
      url: `/api/units/${n(id)}`,
      expect: everyone,
    })),
  "POST /api/units/{id}/aliases": ({ ids }) =>
    single(`/api/units/${n(ids.units.coop)}/aliases`, adminOnly, { alias: "审计局扫描" }),
  "DELETE /api/units/{id}/aliases/{alias}": ({ ids }) =>
    single(
      `/api/units/${n(ids.units.coop)}/aliases/${encodeURIComponent("审计局扫描")}`,
      adminOnly,
    ),
  "PUT /api/units/{id}/parent": ({ ids }) =>
    single(`/api/units/${n(ids.units.coop)}/parent`, adminOnly, { parentUnitId: null }),
  "POST /api/units/{id}/merge": ({ ids }) =>
    single(`/api/units/${n(ids.keepUnit)}/merge`, adminOnly, { otherUnitId: ids.foldUnit }),

  "POST /api/plans": ({ upload }) => [
    {
      label: "a dry run",
      url: "/api/plans?fileName=sweep.xlsx&dryRun=true",
      body: upload,
      expect: adminOnly,
    },
  ],
  "GET /api/plans": one("/api/plans", everyone),
  "GET /api/plans/compare": one("/api/plans/compare", everyone),
  "GET /api/plans/{id}": ({ ids }) =>
    plans(ids).flatMap((plan) => [
      { label: plan.label, url: `/api/plans/${n(plan.id)}`, expect: readable(plan.units) },
      {
        label: `${plan.label}, revision 1`,
        url: `/api/plans/${n(plan.id)}?revision=1`,
        expect: readable(plan.units),
      },
    ]),
  "GET /api/plans/{id}/parent-milestone": ({ ids }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}/parent-milestone`,
      expect: readable(plan.units),
    })),
  "GET /api/plans/{id}/revisions": ({ ids }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}/revisions`,
      expect: oversightOnly,
    })),
  "GET /api/plans/{id}/revisions/{number}": ({ ids }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}/revisions/1`,
      expect: oversightOnly,
    })),
  "GET /api/plans/{id}/slice": ({ ids }) =>
    plans(ids).flatMap((plan) =>
      (["lead", "coop"] as const).map((unit) => ({
        label: `${plan.label} for the ${unit} unit`,
        url: `/api/plans/${n(plan.id)}/slice?unit=${encodeURIComponent(UNIT_NAMES[unit])}`,
        // The slice of one's own unit, of a plan one sees; another unit's is refused.
        expect: signedIn((a) =>
          !sees(plan.units)(a) ? 404 : isOversight(a) || a.unit === unit ? "ok" : 403,
        ),
      })),
    ),
  "GET /api/plans/{id}/export": ({ ids }) =>
    plans(ids).flatMap((plan) => [
      // What one sees of a plan one has a part in; a unit's part only of one's own unit.
      {
        label: plan.label,
        url: `/api/plans/${n(plan.id)}/export?format=csv`,
        expect: readable(plan.units),
      },
      {
        // The bulletin of what one sees, as the dashboard counts it.
        label: `${plan.label}, its progress bulletin`,
        url: `/api/plans/${n(plan.id)}/export?format=docx&bulletin=true`,
        expect: readable(plan.units),
      },
      ...(["lead", "coop"] as const).map((unit) => ({
        label: `${plan.label}, the ${unit} unit's part`,
        url: `/api/plans/${n(plan.id)}/export?format=xlsx&unit=${encodeURIComponent(UNIT_NAMES[unit])}`,
        expect: signedIn((a) =>
          !sees(plan.units)(a) ? 404 : isOversight(a) || a.unit === unit ? "ok" : 403,
        ),
      })),
    ]),
  "GET /api/plans/{id}/settings": ({ ids }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}/settings`,
      expect: readable(plan.units),
    })),
  "PUT /api/plans/{id}/settings": ({ ids, planSettings }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}/settings`,
      body: planSettings,
      expect: oversightOnly,
    })),
  // Aimed at a plan that does not exist, so that the sweep's administrator archives nothing:
  // the permission is decided first, so only the administrator reaches "not found".
  "POST /api/plans/{id}/archive": one(
    "/api/plans/999999/archive",
    signedIn((a) => (a.role === "admin" ? 404 : 403)),
  ),
  "DELETE /api/plans/{id}": one(
    "/api/plans/999999",
    signedIn((a) => (a.role === "admin" ? 404 : 403)),
  ),
  // A plan in use: restoring it changes nothing.
  "POST /api/plans/{id}/unarchive": ({ ids }) =>
    single(`/api/plans/${n(ids.plan1)}/unarchive`, adminOnly),
  // Filing a plan under its own year and category again changes nothing but the log.
  "PATCH /api/plans/{id}": ({ ids }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}`,
      body: {},
      expect: oversightOnly,
    })),
  // Next year's plan is the office's whatever the plan: a unit is refused before any lookup.
  "GET /api/plans/{id}/next-year": ({ ids }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}/next-year?year=2099`,
      expect: oversightOnly,
    })),
  "POST /api/plans/{id}/next-year": one(
    "/api/plans/999999/next-year",
    signedIn((a) => (isOversight(a) ? 404 : 403)),
    { year: 2099, milestoneIds: [] },
  ),
  "GET /api/plans/{id}/status": ({ ids }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}/status`,
      expect: readable(plan.units),
    })),

  "GET /api/tasks": one("/api/tasks?pageSize=200", everyone),
  "GET /api/tasks/{id}": ({ ids }) =>
    tasks(ids).map((t) => ({
      label: t.label,
      url: `/api/tasks/${n(t.id)}`,
      expect: readable(t.units),
    })),
  "GET /api/tasks/{id}/focus": ({ ids }) =>
    tasks(ids).map((t) => ({
      label: t.label,
      url: `/api/tasks/${n(t.id)}/focus`,
      expect: readable(t.units),
    })),
  "PUT /api/tasks/{id}/focus": ({ ids }) =>
    tasks(ids).map((t) => ({
      label: t.label,
      url: `/api/tasks/${n(t.id)}/focus`,
      body: { focus: true },
      expect: oversightOnly,
    })),

  "GET /api/milestones": one("/api/milestones?pageSize=200", everyone),
  "GET /api/milestones/{id}": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}`,
      expect: readable(m.units),
    })),
  "GET /api/milestones/{id}/history": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/history`,
      expect: readable(m.units),
    })),
  "GET /api/milestones/{id}/sub-plan": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/sub-plan`,
      expect: readable(m.units),
    })),
  // A dry run: the lead unit (or the office) splits its milestone; the rest may not.
  "POST /api/milestones/{id}/sub-plan": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/sub-plan`,
      body: {
        steps: [{ text: "扫描步骤", unitIds: [ids.units.lead], dueDate: "2022-01-31" }],
        dryRun: true,
      },
      expect: contentWrite(m.units, (a) => isOversight(a) || (isUnit(a) && leads(m)(a))),
    })),
  "POST /api/milestones/{id}/acknowledgement": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/acknowledgement`,
      body: { version: 0 },
      expect: contentWrite(m.units, (a) => isUnit(a) && leads(m)(a)),
    })),
  "POST /api/milestones/{id}/reports": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/reports`,
      body: { version: 0, text: "扫描进展", percent: null },
      expect: contentWrite(m.units, isUnit),
    })),
  "POST /api/milestones/{id}/evidence": ({ ids, evidence }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/evidence`,
      body: evidence.body,
      headers: { "content-type": evidence.contentType },
      expect: contentWrite(m.units, isUnit),
    })),
  "GET /api/evidence-storage": one("/api/evidence-storage", oversightOnly),
  "POST /api/milestones/{id}/completion": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/completion`,
      body: { version: 0, completedOn: "2026-11-30", text: "扫描完成" },
      expect: contentWrite(m.units, (a) => a.role === "unit_leader" && leads(m)(a)),
    })),
  "POST /api/milestones/{id}/extension-requests": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/extension-requests`,
      body: { version: 0, newDue: "2031-06-30", reason: "扫描" },
      expect: contentWrite(m.units, (a) => a.role === "unit_leader" && leads(m)(a)),
    })),
  "PUT /api/milestones/{id}/focus": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/focus`,
      body: { version: 0, focus: true },
      expect: oversightOnly,
    })),

  "POST /api/milestones/{id}/notices": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/notices`,
      body: {},
      expect: contentWrite(m.units, isOversight),
    })),
  "GET /api/milestones/{id}/notices": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/notices`,
      expect: readable(m.units),
    })),
  "GET /api/notices/{id}/document": ({ ids }) => [
    {
      label: "the notice to 市科技局",
      url: `/api/notices/${n(ids.leadNotice)}/document`,
      expect: readable(["lead"]),
    },
    {
      label: "the notice to 市审计局",
      url: `/api/notices/${n(ids.coopNotice)}/document`,
      expect: readable(["coop"]),
    },
  ],

  "POST /api/milestones/acknowledgements": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: "/api/milestones/acknowledgements",
      body: { ids: [m.id] },
      expect: contentWrite(m.units, (a) => isUnit(a) && leads(m)(a)),
    })),
  "POST /api/milestones/{id}/drafts": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: `/api/milestones/${n(m.id)}/drafts`,
      body: { kind: "extension", newDue: "2031-06-30", reason: "扫描" },
      expect: contentWrite(m.units, (a) => isUnit(a) && leads(m)(a)),
    })),
  "GET /api/drafts": one("/api/drafts", everyone),
  "PUT /api/drafts/{id}": ({ ids }) =>
    drafts(ids).map((d) => ({
      label: d.label,
      url: `/api/drafts/${n(d.id)}`,
      body: { version: 1, payload: { kind: "completion", completedOn: "2021-01-05" } },
      expect: contentWrite(d.units, (a) => isUnit(a) && leads(d)(a)),
    })),
  "POST /api/drafts/{id}/withdrawal": ({ ids }) =>
    drafts(ids).map((d) => ({
      label: d.label,
      url: `/api/drafts/${n(d.id)}/withdrawal`,
      body: { version: 99 },
      expect: contentWrite(d.units, (a) => isUnit(a) && leads(d)(a)),
    })),
  "POST /api/drafts/{id}/confirmation": ({ ids }) =>
    drafts(ids).map((d) => ({
      label: d.label,
      url: `/api/drafts/${n(d.id)}/confirmation`,
      body: { version: 99 },
      expect: contentWrite(d.units, (a) => a.role === "unit_leader" && leads(d)(a)),
    })),
  "POST /api/drafts/{id}/return": ({ ids }) =>
    drafts(ids).map((d) => ({
      label: d.label,
      url: `/api/drafts/${n(d.id)}/return`,
      body: { version: 99, note: "扫描" },
      expect: contentWrite(d.units, (a) => a.role === "unit_leader" && leads(d)(a)),
    })),
  "GET /api/requests": one("/api/requests", everyone),
  "POST /api/requests/decisions": ({ ids }) => [
    {
      label: "both requests",
      url: "/api/requests/decisions",
      body: { ids: [ids.leadRequest, ids.coopRequest], decision: "reject" },
      expect: oversightOnly,
    },
  ],
  "POST /api/requests/{id}/decision": ({ ids }) =>
    [ids.leadRequest, ids.coopRequest].map((id) => ({
      label: `request ${n(id)}`,
      url: `/api/requests/${n(id)}/decision`,
      body: { version: 0, decision: "reject", comment: "扫描" },
      expect: oversightOnly,
    })),
  "GET /api/attachments/{id}": ({ ids }) => [
    {
      label: "市科技局's evidence",
      url: `/api/attachments/${n(ids.leadAttachment)}`,
      expect: readable(["lead"]),
    },
    {
      label: "市审计局's evidence",
      url: `/api/attachments/${n(ids.coopAttachment)}`,
      expect: readable(["coop"]),
    },
  ],

  "GET /api/audit-events": one("/api/audit-events?pageSize=200", auditReaders),
  "GET /api/audit-events/choices": one("/api/audit-events/choices", auditReaders),
  "GET /api/audit-events/export": one("/api/audit-events/export", auditReaders),
  "GET /api/calendar": one("/api/calendar", everyone),
  "GET /api/calendar/days/{date}": one("/api/calendar/days/2026-10-08", everyone),
  "PUT /api/calendar/days/{date}": one("/api/calendar/days/2026-10-08", adminOnly, {
    kind: "holiday",
    name: "扫描",
  }),
  "DELETE /api/calendar/days/{date}": one("/api/calendar/days/2026-10-08", adminOnly),

  "GET /api/units/{id}/contacts": ({ ids }) =>
    (["coop", "idle"] as const).map((unit) => ({
      label: unit,
      url: `/api/units/${n(ids.units[unit])}/contacts`,
      expect: adminOnly,
    })),
  "POST /api/units/{id}/contacts": ({ ids }) =>
    single(`/api/units/${n(ids.units.coop)}/contacts`, adminOnly, {
      label: "扫描",
      contact: { kind: "email", address: "sweep@example.org" },
    }),
  "DELETE /api/units/{id}/contacts/{contactId}": ({ ids }) => [
    {
      label: "市审计局's contact",
      url: `/api/units/${n(ids.units.idle)}/contacts/${n(ids.coopContact)}`,
      // Named under another unit's id: never removed, not even by the administrator.
      expect: signedIn((a) => (a.role === "admin" ? 404 : 403)),
    },
    {
      label: "the idle unit's contact",
      url: `/api/units/${n(ids.units.idle)}/contacts/${n(ids.spareContact)}`,
      expect: adminOnly,
    },
  ],
  "GET /api/reminders/deliveries": one("/api/reminders/deliveries", oversightOnly),
  "GET /api/admin/backups": one("/api/admin/backups", adminOnly),
  // No directory is configured in the sweep: an administrator's call is refused for that, not for who.
  "GET /api/admin/directory": one("/api/admin/directory", adminOnly),
  "PUT /api/admin/directory": one("/api/admin/directory", adminOnly, {
    url: "not a url",
    bindDn: "",
    baseDn: "",
    userFilter: "",
    usernameAttribute: "",
    nameAttribute: "",
  }),
  "DELETE /api/admin/directory": one("/api/admin/directory", adminOnly),
  "POST /api/admin/directory/test": one("/api/admin/directory/test", adminOnly),
  "POST /api/admin/directory/sync": one("/api/admin/directory/sync", adminOnly),
  "GET /api/admin/directory/proposals": one("/api/admin/directory/proposals", adminOnly),
  "POST /api/admin/directory/proposals/{id}/decision": one(
    "/api/admin/directory/proposals/1/decision",
    adminOnly,
    { decision: "reject" },
  ),
  "POST /api/admin/directory/proposals/decision": one(
    "/api/admin/directory/proposals/decision",
    adminOnly,
    { kind: "unit", decision: "reject" },
  ),

  "POST /api/plans/{id}/distributions": ({ ids }) =>
    single(`/api/plans/${n(ids.plan1)}/distributions`, oversightOnly, {
      units: [ids.units.lead],
    }),
  // A unit is shown only its own part: the call itself is everyone's.
  "GET /api/plans/{id}/distributions": ({ ids }) =>
    single(`/api/plans/${n(ids.plan1)}/distributions`, everyone),
  // The office is told it may not sign; a unit the plan was not sent to, that there is none.
  "POST /api/distributions/{id}/sign": ({ ids }) =>
    single(
      `/api/distributions/${n(ids.leadDistribution)}/sign`,
      signedIn((a) => (isOversight(a) ? 403 : a.unit === "lead" ? "ok" : 404)),
    ),

  "GET /api/plans/{id}/targets": ({ ids }) =>
    plans(ids).map((plan) => ({
      label: plan.label,
      url: `/api/plans/${n(plan.id)}/targets`,
      expect: readable(plan.units),
    })),
  // Managing targets is the office's; a unit is refused before anything is looked up.
  "POST /api/plans/{id}/targets": ({ ids }) =>
    single(`/api/plans/${n(ids.plan1)}/targets`, oversightOnly, {
      milestoneId: ids.m202,
      subject: "扫描新增",
      comparison: "reach",
      value: 1,
      unitOfMeasure: "项",
    }),
  "PATCH /api/targets/{id}": ({ ids }) =>
    targets(ids).map((t) => ({
      label: t.label,
      url: `/api/targets/${n(t.id)}`,
      body: { baseline: 1 },
      expect: oversightOnly,
    })),
  // Only the unit leading the target's work reports it; the others who see it are refused.
  "POST /api/targets/{id}/actuals": ({ ids }) =>
    targets(ids).map((t) => ({
      label: t.label,
      url: `/api/targets/${n(t.id)}/actuals`,
      body: { value: 1, asOf: "2022-01-04", source: "扫描" },
      expect: contentWrite(t.units, (a) => isUnit(a) && a.unit === t.lead),
    })),
  "GET /api/targets/{id}/actuals": ({ ids }) =>
    targets(ids).map((t) => ({
      label: t.label,
      url: `/api/targets/${n(t.id)}/actuals`,
      expect: readable(t.units),
    })),

  "POST /api/instructions": ({ ids }) =>
    milestones(ids).map((m) => ({
      label: m.label,
      url: "/api/instructions",
      body: { targetType: "milestone", targetId: m.id, text: "扫描批示", issuedBy: "市长" },
      expect: oversightOnly,
    })),
  "GET /api/instructions": one("/api/instructions", everyone),
  // "canary" finds every canary a search reaches (reports, instructions, file names), folded
  // to lower case; two characters take the scan without the trigram index.
  "GET /api/search": ({ ids }) => [
    { label: "search", url: "/api/search?q=canary&limit=100", expect: everyone },
    { label: "search, short", url: "/api/search?q=ca&limit=100", expect: everyone },
    {
      label: "search with archived plans",
      url: "/api/search?q=canary&limit=100&archived=true",
      expect: everyone,
    },
    {
      label: "search of 市审计局's records",
      url: `/api/search?q=canary&limit=100&unit=${n(ids.units.coop)}`,
      expect: everyone,
    },
    {
      label: "search in plan 1",
      url: `/api/search?q=canary&limit=100&plan=${n(ids.plan1)}`,
      expect: readable(["lead", "coop"]),
    },
    {
      label: "search in 市审计局's plan",
      url: `/api/search?q=canary&limit=100&plan=${n(ids.auditPlan)}`,
      expect: readable(["coop"]),
    },
  ],
  "GET /api/instructions/{id}": ({ ids }) => [
    {
      label: "on 市科技局's milestone",
      url: `/api/instructions/${n(ids.leadInstruction)}`,
      expect: readable(["lead"]),
    },
    {
      label: "on 市审计局's milestone",
      url: `/api/instructions/${n(ids.coopInstruction)}`,
      expect: readable(["coop"]),
    },
  ],
  "POST /api/instructions/{id}/responses": ({ ids }) =>
    (
      [
        ["on 市科技局's milestone", ids.leadInstruction, ["lead"]],
        ["on 市审计局's milestone", ids.coopInstruction, ["coop"]],
      ] as const
    ).map(([label, id, units]) => ({
      label,
      url: `/api/instructions/${n(id)}/responses`,
      body: { text: "扫描答复" },
      expect: contentWrite(units, isUnit),
    })),
  "POST /api/instructions/{id}/close": ({ ids }) =>
    [ids.leadInstruction, ids.coopInstruction].map((id) => ({
      label: `instruction ${n(id)}`,
      url: `/api/instructions/${n(id)}/close`,
      body: { version: 0 },
      expect: oversightOnly,
    })),
};

/**
 * Which canaries an actor may read: oversight all of them (a contact's label
 * reaches the supervision office in the audit log), units their own content
 * and what they share.
 */
export const mayRead = (a: SweepActor, canary: CanaryName): boolean => {
  if (a.role === null) return false;
  if (isOversight(a)) return true;
  if (canary === "coopContact") return false;
  if (canary === "sharedRequest") return a.unit === "lead" || a.unit === "coop";
  return canary.startsWith("lead") ? a.unit === "lead" : a.unit === "coop";
};

export const operationKey = (method: string, path: string): string =>
  `${method.toUpperCase()} ${path}`;

export const methodOf = (key: string): HttpMethod => key.split(" ")[0] as HttpMethod;
