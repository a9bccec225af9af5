import { describe, expect, it } from "vitest";
import { initialState, type MilestoneState } from "../../src/db/queries/milestone-states.js";
import { shellActor, userActor, type ApiActor } from "../../src/policies/actor.js";
import type { Role } from "../../src/domain/role.js";
import { relationOf } from "../../src/services/access/relations.js";
import { milestoneAbilities, whoCanAct } from "../../src/services/workflow/milestone-abilities.js";

describe("a milestone's relation to the viewer", () => {
  it("is lead for the milestone's own lead, whoever leads the task", () => {
    expect(relationOf("lead", false)).toBe("lead");
    expect(relationOf("lead", true)).toBe("lead");
  });

  it("is task_lead for the task's lead, also where it shares the milestone", () => {
    expect(relationOf("named", true)).toBe("task_lead");
    expect(relationOf(undefined, true)).toBe("task_lead");
  });

  it("is cooperating for a unit named otherwise, none for the rest", () => {
    expect(relationOf("named", false)).toBe("cooperating");
    expect(relationOf(undefined, false)).toBe("none");
  });
});

const actor = (role: Role): ApiActor => userActor({ id: 1, username: role, unitId: 1, role });

const open = initialState(7);
const acknowledged: MilestoneState = { ...open, acknowledgedOn: "2022-04-20" };
const pending: MilestoneState = { ...acknowledged, phase: "completion_pending" };
const done: MilestoneState = { ...acknowledged, phase: "done" };

describe("what a viewer may do on a milestone", () => {
  it("gives the milestone's lead its steps, the leader those that go up for decision", () => {
    expect(milestoneAbilities(actor("unit_leader"), "lead", open)).toEqual({
      acknowledge: true,
      report: true,
      reportOfficially: true,
      declareCompletion: true,
      requestExtension: true,
      answerInstructions: true,
      setFocus: false,
      issueNotice: false,
      draftCompletion: true,
      draftExtension: true,
      confirmDrafts: true,
      issueLink: true,
    });
    // 经办人起草、负责人审核: the staff drafts what the leader submits.
    expect(milestoneAbilities(actor("unit_staff"), "lead", open)).toMatchObject({
      acknowledge: true,
      reportOfficially: true,
      declareCompletion: false,
      requestExtension: false,
      draftCompletion: true,
      draftExtension: true,
      confirmDrafts: false,
    });
  });

  it("gives the task's lead and cooperating units input and answers only", () => {
    for (const relation of ["task_lead", "cooperating"] as const) {
      expect(milestoneAbilities(actor("unit_leader"), relation, open)).toEqual({
        acknowledge: false,
        report: true,
        reportOfficially: false,
        declareCompletion: false,
        requestExtension: false,
        answerInstructions: true,
        setFocus: false,
        issueNotice: false,
        draftCompletion: false,
        draftExtension: false,
        confirmDrafts: false,
        issueLink: false,
      });
    }
  });

  it("gives the office focus, notices and links, and the shell no unit's answer nor official report", () => {
    const office = milestoneAbilities(actor("supervisor"), "none", open);
    expect(Object.entries(office).filter(([, may]) => may)).toEqual([
      ["setFocus", true],
      ["issueNotice", true],
      ["issueLink", true],
    ]);
    const shell = milestoneAbilities(shellActor("cli:test"), "none", open);
    expect(shell).toMatchObject({ answerInstructions: false, reportOfficially: false });
  });

  it("follows the phase: acknowledged once, completion while open, nothing but answers when done", () => {
    const leader = actor("unit_leader");
    expect(milestoneAbilities(leader, "lead", acknowledged).acknowledge).toBe(false);
    expect(milestoneAbilities(leader, "lead", pending)).toMatchObject({
      report: true,
      declareCompletion: false,
      requestExtension: true,
    });
    expect(milestoneAbilities(leader, "lead", done)).toEqual({
      acknowledge: false,
      report: false,
      reportOfficially: false,
      declareCompletion: false,
      requestExtension: false,
      answerInstructions: true,
      setFocus: false,
      issueNotice: false,
      draftCompletion: false,
      draftExtension: false,
      confirmDrafts: false,
      issueLink: false,
    });
  });

  it("says who may take the steps the viewer may not, from the same table", () => {
    expect(whoCanAct(actor("unit_staff"), "lead", open)).toEqual({
      acknowledge: null,
      report: null,
      declareCompletion: "lead_unit_leader",
      requestExtension: "lead_unit_leader",
      review: "office",
    });
    expect(whoCanAct(actor("supervisor"), "none", open)).toEqual({
      acknowledge: "lead_unit",
      report: "lead_unit",
      declareCompletion: "lead_unit_leader",
      requestExtension: "lead_unit_leader",
      review: null,
    });
    // Nobody acknowledges twice or declares a done milestone: nothing to say then.
    expect(whoCanAct(actor("unit_leader"), "cooperating", done)).toEqual({
      acknowledge: null,
      report: null,
      declareCompletion: null,
      requestExtension: null,
      review: "office",
    });
  });
});
