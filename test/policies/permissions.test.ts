import { describe, expect, it } from "vitest";
import { linkActor, shellActor } from "../../src/policies/actor.js";
import { ROLES, type Role } from "../../src/domain/role.js";
import { actorMay, isAllowed, type PermissionRequest } from "../../src/policies/permissions.js";

type Row = readonly [PermissionRequest, Readonly<Record<Role, boolean>>];

const all = { admin: true, supervisor: true, unit_leader: true, unit_staff: true };
const adminOnly = { admin: true, supervisor: false, unit_leader: false, unit_staff: false };
const oversight = { admin: true, supervisor: true, unit_leader: false, unit_staff: false };
const unitRoles = { admin: false, supervisor: false, unit_leader: true, unit_staff: true };
const leaderOnly = { admin: false, supervisor: false, unit_leader: true, unit_staff: false };
const nobody = { admin: false, supervisor: false, unit_leader: false, unit_staff: false };

/** Every cell of the table, written out: a change to a rule must change a line here. */
const TABLE: readonly Row[] = [
  [{ action: "plan.import" }, adminOnly],
  [{ action: "plan.archive" }, adminOnly],
  [{ action: "backup.read" }, adminOnly],
  [{ action: "plan.read_all" }, oversight],
  [{ action: "plan.read", relation: "lead" }, all],
  [{ action: "plan.read", relation: "cooperating" }, all],
  [{ action: "plan.read", relation: "none" }, oversight],
  [{ action: "task.read", relation: "lead" }, all],
  [{ action: "task.read", relation: "cooperating" }, all],
  [{ action: "task.read", relation: "none" }, oversight],
  [{ action: "milestone.read", relation: "lead" }, all],
  [{ action: "milestone.read", relation: "cooperating" }, all],
  [{ action: "milestone.read", relation: "task_lead" }, all],
  [{ action: "milestone.read", relation: "none" }, oversight],
  [{ action: "unit.read" }, all],
  [{ action: "unit.manage" }, adminOnly],
  [{ action: "user.read", relation: "self" }, all],
  [
    { action: "user.read", relation: "own_unit" },
    { admin: true, supervisor: false, unit_leader: true, unit_staff: false },
  ],
  [{ action: "user.read", relation: "none" }, adminOnly],
  [{ action: "user.manage" }, adminOnly],
  [{ action: "user.change_own_password" }, all],
  [{ action: "token.manage" }, adminOnly],
  [{ action: "calendar.read" }, all],
  [{ action: "calendar.manage" }, adminOnly],
  [{ action: "calendar_feed.subscribe", relation: "own_unit" }, all],
  [{ action: "calendar_feed.subscribe", relation: "none" }, oversight],
  [{ action: "calendar_feed.administer" }, adminOnly],
  [
    { action: "audit.read", relation: "own_unit" },
    { admin: true, supervisor: true, unit_leader: true, unit_staff: false },
  ],
  [{ action: "audit.read", relation: "none" }, oversight],
  [{ action: "plan.configure" }, oversight],
  [{ action: "plan.classify" }, oversight],
  [{ action: "plan.carry_over" }, oversight],
  [{ action: "request.decide" }, oversight],
  [{ action: "milestone.acknowledge", relation: "lead" }, unitRoles],
  [{ action: "milestone.acknowledge", relation: "cooperating" }, nobody],
  [{ action: "milestone.acknowledge", relation: "task_lead" }, nobody],
  [{ action: "milestone.acknowledge", relation: "none" }, nobody],
  [{ action: "milestone.report", relation: "lead" }, unitRoles],
  [{ action: "milestone.report", relation: "cooperating" }, unitRoles],
  [{ action: "milestone.report", relation: "task_lead" }, unitRoles],
  [{ action: "milestone.report", relation: "none" }, nobody],
  [{ action: "milestone.report_officially", relation: "lead" }, unitRoles],
  [{ action: "milestone.report_officially", relation: "cooperating" }, nobody],
  [{ action: "milestone.report_officially", relation: "task_lead" }, nobody],
  [{ action: "milestone.report_officially", relation: "none" }, nobody],
  [{ action: "milestone.declare_complete", relation: "lead" }, leaderOnly],
  [{ action: "milestone.declare_complete", relation: "cooperating" }, nobody],
  [{ action: "milestone.declare_complete", relation: "task_lead" }, nobody],
  [{ action: "milestone.declare_complete", relation: "none" }, nobody],
  [{ action: "milestone.request_extension", relation: "lead" }, leaderOnly],
  [{ action: "milestone.request_extension", relation: "cooperating" }, nobody],
  [{ action: "milestone.request_extension", relation: "task_lead" }, nobody],
  [{ action: "milestone.request_extension", relation: "none" }, nobody],
  [{ action: "milestone.decompose", relation: "lead" }, all],
  [{ action: "milestone.decompose", relation: "task_lead" }, oversight],
  [{ action: "milestone.decompose", relation: "cooperating" }, oversight],
  [{ action: "milestone.decompose", relation: "none" }, oversight],
  [{ action: "milestone.draft_request", relation: "lead" }, unitRoles],
  [{ action: "milestone.draft_request", relation: "cooperating" }, nobody],
  [{ action: "milestone.draft_request", relation: "task_lead" }, nobody],
  [{ action: "milestone.draft_request", relation: "none" }, nobody],
  [{ action: "request.confirm", relation: "lead" }, leaderOnly],
  [{ action: "request.confirm", relation: "cooperating" }, nobody],
  [{ action: "request.confirm", relation: "task_lead" }, nobody],
  [{ action: "request.confirm", relation: "none" }, nobody],
  [{ action: "instruction.issue" }, oversight],
  [{ action: "instruction.respond", relation: "lead" }, unitRoles],
  [{ action: "instruction.respond", relation: "cooperating" }, unitRoles],
  [{ action: "instruction.respond", relation: "task_lead" }, unitRoles],
  [{ action: "instruction.respond", relation: "none" }, nobody],
  [{ action: "focus.set" }, oversight],
  [{ action: "plan.distribute" }, oversight],
  [{ action: "distribution.sign", relation: "own_unit" }, unitRoles],
  [{ action: "distribution.sign", relation: "none" }, nobody],
  [{ action: "milestone.issue_notice" }, oversight],
  [{ action: "target.manage" }, oversight],
  [{ action: "target.report", relation: "lead" }, unitRoles],
  [{ action: "target.report", relation: "cooperating" }, nobody],
  [{ action: "target.report", relation: "task_lead" }, nobody],
  [{ action: "target.report", relation: "none" }, nobody],
  [{ action: "link.issue", relation: "lead" }, all],
  [{ action: "link.issue", relation: "cooperating" }, oversight],
  [{ action: "link.issue", relation: "task_lead" }, oversight],
  [{ action: "link.issue", relation: "none" }, oversight],
  [{ action: "link.manage", relation: "own_unit" }, all],
  [{ action: "link.manage", relation: "none" }, oversight],
];

describe("the permission table", () => {
  it("covers every action", () => {
    const actions = new Set(TABLE.map(([request]) => request.action));
    const expected: readonly PermissionRequest["action"][] = [
      "plan.import",
      "plan.archive",
      "plan.read_all",
      "plan.read",
      "task.read",
      "milestone.read",
      "unit.read",
      "unit.manage",
      "user.read",
      "user.manage",
      "user.change_own_password",
      "token.manage",
      "calendar.read",
      "calendar.manage",
      "calendar_feed.subscribe",
      "calendar_feed.administer",
      "plan.configure",
      "plan.classify",
      "plan.carry_over",
      "request.decide",
      "milestone.acknowledge",
      "milestone.report",
      "milestone.report_officially",
      "milestone.declare_complete",
      "milestone.request_extension",
      "milestone.draft_request",
      "milestone.decompose",
      "request.confirm",
      "audit.read",
      "instruction.issue",
      "instruction.respond",
      "focus.set",
      "plan.distribute",
      "distribution.sign",
      "milestone.issue_notice",
      "target.manage",
      "target.report",
      "link.issue",
      "link.manage",
      "backup.read",
    ];
    expect([...actions].sort()).toEqual([...expected].sort());
  });

  for (const [request, expected] of TABLE) {
    const relation = "relation" in request ? ` (${request.relation})` : "";
    for (const role of ROLES) {
      it(`${role} ${expected[role] ? "may" : "may not"} ${request.action}${relation}`, () => {
        expect(isAllowed(role, request)).toBe(expected[role]);
      });
    }
  }

  it("trusts the shell with everything", () => {
    for (const [request] of TABLE) expect(actorMay(shellActor("cli:test"), request)).toBe(true);
  });

  it("judges an API actor by its role", () => {
    const staff = {
      kind: "token",
      tokenId: 1,
      createdBy: null,
      name: "token:1:x",
      unitId: 3,
      role: "unit_staff",
    } as const;
    expect(actorMay(staff, { action: "unit.manage" })).toBe(false);
    expect(actorMay(staff, { action: "milestone.read", relation: "cooperating" })).toBe(true);
  });

  it("keeps calendar feeds for people: a token holds none, whatever its role", () => {
    const admin = {
      kind: "token",
      tokenId: 1,
      createdBy: null,
      name: "token:1:x",
      unitId: 3,
      role: "admin",
    } as const;
    expect(actorMay(admin, { action: "calendar_feed.subscribe", relation: "own_unit" })).toBe(
      false,
    );
    expect(actorMay(admin, { action: "calendar_feed.administer" })).toBe(false);
  });

  it("lets a link's holder read and send input, nothing else, whatever its unit's part", () => {
    const holder = linkActor({ id: 7, unitId: 3, holder: "张三" });
    expect(holder.name).toBe("link:7:张三");
    const allowed = TABLE.filter(([request]) => actorMay(holder, request)).map(
      ([request]) => `${request.action}${"relation" in request ? ` ${request.relation}` : ""}`,
    );
    expect(allowed).toEqual([
      "milestone.read lead",
      "milestone.read cooperating",
      "milestone.read task_lead",
      "milestone.report lead",
      "milestone.report cooperating",
      "milestone.report task_lead",
    ]);
  });
});
