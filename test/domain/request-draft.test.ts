import { describe, expect, it } from "vitest";
import {
  applyDraftTransition,
  isOpenDraft,
  type DraftState,
  type DraftTransition,
} from "../../src/domain/request-draft.js";

const mark = { by: "user:kjj.leader", at: "2022-06-30T04:00:00.000Z" };
const drafted: DraftState = { state: "drafted" };
const returned: DraftState = { state: "returned", returned: mark, note: "补充材料" };
const confirmed: DraftState = { state: "confirmed", confirmed: mark, requestId: 9 };
const withdrawn: DraftState = { state: "withdrawn", withdrawn: mark };

const transitions: Readonly<Record<DraftTransition["kind"], DraftTransition>> = {
  resubmit: { kind: "resubmit" },
  return: { kind: "return", mark, note: "补充材料" },
  confirm: { kind: "confirm", mark, requestId: 9 },
  withdraw: { kind: "withdraw", mark },
};

/** Which transitions each state takes, written out: a change to the machine changes a line here. */
const TABLE: readonly (readonly [DraftState, readonly DraftTransition["kind"][]])[] = [
  [drafted, ["resubmit", "return", "confirm", "withdraw"]],
  [returned, ["resubmit", "withdraw"]],
  [confirmed, []],
  [withdrawn, []],
];

describe("a draft for the unit's leader (经办人起草、负责人审核)", () => {
  for (const [from, allowed] of TABLE) {
    for (const transition of Object.values(transitions)) {
      const may = allowed.includes(transition.kind);
      it(`${may ? "takes" : "refuses"} ${transition.kind} when ${from.state}`, () => {
        const result = applyDraftTransition(from, transition);
        expect(result.ok).toBe(may);
        if (!result.ok) expect(result.refusal.zh).toMatch(/草稿/);
      });
    }
  }

  it("keeps who acted, the note and the request with the state they belong to", () => {
    expect(applyDraftTransition(drafted, transitions.return)).toEqual({ ok: true, next: returned });
    expect(applyDraftTransition(drafted, transitions.confirm)).toEqual({
      ok: true,
      next: confirmed,
    });
    expect(applyDraftTransition(returned, transitions.resubmit)).toEqual({
      ok: true,
      next: drafted,
    });
    expect(applyDraftTransition(returned, transitions.withdraw)).toEqual({
      ok: true,
      next: withdrawn,
    });
  });

  it("counts drafted and returned drafts as open, the others as closed", () => {
    expect(
      ["drafted", "returned", "confirmed", "withdrawn"].map((s) =>
        isOpenDraft(s as DraftState["state"]),
      ),
    ).toEqual([true, true, false, false]);
  });
});
