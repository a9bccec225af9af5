import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { listAudit } from "../../src/db/queries/audit.js";
import { readLedger } from "../../src/db/queries/milestone-ledger.js";
import type { IsoDate } from "../../src/domain/iso-date.js";
import { ledgerDateOf, statusEventOf } from "../../src/domain/milestone-ledger.js";
import { DubanError } from "../../src/services/duban-error.js";
import { getTaskFocus, setMilestoneFocus, setTaskFocus } from "../../src/services/focus.js";
import {
  closeInstruction,
  getInstruction,
  issueInstruction,
  listInstructions,
  respondToInstruction,
  type InstructionTarget,
  type InstructionView,
} from "../../src/services/instructions.js";
import { getMilestone } from "../../src/services/milestones.js";
import { listTasks } from "../../src/services/tasks.js";
import { describeEachDatabase } from "../support/databases.js";
import { at, referenceWorkflow, refusal, SHELL } from "../support/reference-workflow.js";

/**
 * Leaders' instructions (领导批示) and focus (重点关注) on the reference plan:
 * 市科技局 leads tasks 202–213 and milestone 75（5） of task 75, which
 * 市工业和信息化局 leads; 市审计局 cooperates on 203（1）（2） and 205（1）–（7）;
 * 市档案馆 has no part in the plan.
 */

const setUp = async (db: Database) => {
  const reference = await referenceWorkflow(db);
  const tasks = (await listTasks(db, SHELL, { planId: reference.planId, page: 1, pageSize: 200 }))
    .items;
  return {
    ...reference,
    milestone: (taskNo: number, seq: number): InstructionTarget => ({
      type: "milestone",
      id: reference.milestoneId(taskNo, seq),
    }),
    task: (no: number): InstructionTarget => {
      const found = tasks.find((t) => t.no === no);
      if (!found) throw new Error(`no task ${no}`);
      return { type: "task", id: found.id };
    },
  };
};

const idsOf = (views: readonly InstructionView[]): number[] => views.map((v) => v.id);

describeEachDatabase("leaders' instructions", ({ open }) => {
  it("reach the units responsible for the target, and track each unit's answer", async () => {
    const db = await open();
    const w = await setUp(db);
    const june20 = at("2022-06-20");
    const issue = (target: InstructionTarget, text: string, responseDue: IsoDate | null = null) =>
      issueInstruction(db, w.office, { target, text, issuedBy: "市长 张三", responseDue }, june20);

    const on203 = await issue(w.milestone(203, 1), "请加快推进，7月10日前报进展。", "2022-07-10");
    expect(on203).toMatchObject({
      planId: w.planId,
      targetType: "milestone",
      target: { taskNo: 203, seq: 1 },
      text: "请加快推进，7月10日前报进展。",
      issuedBy: "市长 张三",
      enteredBy: "user:dcs",
      createdAt: "2022-06-20T02:00:00.000Z",
      responseDue: "2022-07-10",
      closedAt: null,
      version: 1,
      responses: [],
    });
    const on202 = await issue(w.milestone(202, 1), "与税务部门加强协同。");
    const onTask204 = await issue(w.task(204), "整体进度偏慢，请专题研究。");
    // Task 75 is 市工业和信息化局's; 市科技局 leads its milestone 75（5）, so it answers too.
    const onTask75 = await issue(w.task(75), "生物医药产业园要加快。");
    expect(onTask204.target).toMatchObject({ taskNo: 204, seq: null });

    // Who sees what: the lead unit all, the cooperating unit its milestone's, an idle unit nothing.
    const all = [on203.id, on202.id, onTask204.id, onTask75.id];
    expect(idsOf(await listInstructions(db, w.office, { planId: w.planId }))).toEqual(all);
    expect(idsOf(await listInstructions(db, w.staff, { awaiting: true }))).toEqual(all);
    expect(idsOf(await listInstructions(db, w.audit, {}))).toEqual([on203.id]);
    expect(idsOf(await listInstructions(db, w.audit, { awaiting: true }))).toEqual([on203.id]);
    expect(await listInstructions(db, w.idle, { planId: w.planId })).toEqual([]);
    expect(await refusal(listInstructions(db, w.idle, { target: w.milestone(203, 1) }))).toBe(
      "milestone.not_found",
    );
    expect(await refusal(listInstructions(db, w.idle, { target: w.task(204) }))).toBe(
      "task.not_found",
    );
    expect(await refusal(getInstruction(db, w.idle, on203.id))).toBe("instruction.not_found");
    expect(await refusal(getInstruction(db, w.audit, on202.id))).toBe("instruction.not_found");
    expect(idsOf(await listInstructions(db, w.audit, { target: w.milestone(203, 1) }))).toEqual([
      on203.id,
    ]);
    expect(await listInstructions(db, w.audit, { target: w.milestone(203, 2) })).toEqual([]);

    // Answers: each unit's is kept with its time; the unit no longer awaits, others still do.
    const answered = await respondToInstruction(
      db,
      w.audit,
      { instructionId: on203.id, text: "已提供审计发现的问题清单。" },
      at("2022-06-22"),
    );
    expect(answered).toMatchObject({ version: 2, closedAt: null });
    expect(answered.responses).toEqual([
      {
        id: expect.any(Number) as number,
        unitId: await w.unitId("市审计局"),
        unit: "市审计局",
        actor: "user:sjj.staff",
        // No account row stands behind this test actor: its username stands in for a name.
        actorName: "sjj.staff",
        text: "已提供审计发现的问题清单。",
        createdAt: "2022-06-22T02:00:00.000Z",
      },
    ]);
    expect(await listInstructions(db, w.audit, { awaiting: true })).toEqual([]);
    expect(idsOf(await listInstructions(db, w.staff, { awaiting: true }))).toEqual(all);
    await respondToInstruction(
      db,
      w.leader,
      { instructionId: on203.id, text: "已召开专题会，7月初报送。" },
      at("2022-06-23"),
    );
    await respondToInstruction(
      db,
      w.staff,
      { instructionId: onTask75.id, text: "园区选址已确定。" },
      at("2022-06-23"),
    );
    // The leader answered for 市科技局: its staff no longer awaits 203（1） either.
    expect(idsOf(await listInstructions(db, w.staff, { awaiting: true }))).toEqual([
      on202.id,
      onTask204.id,
    ]);
    // The office awaits the instructions nobody has answered.
    expect(idsOf(await listInstructions(db, w.office, { awaiting: true }))).toEqual([
      on202.id,
      onTask204.id,
    ]);
    const on203Now = await getInstruction(db, w.staff, on203.id);
    expect(on203Now.responses.map((r) => [r.unit, r.actor])).toEqual([
      ["市审计局", "user:sjj.staff"],
      ["市科技局", "user:kjj.leader"],
    ]);
    expect(on203Now.version).toBe(3);

    // Refusals: not the unit's target (404), not a unit (403), not the office (403), a past due day.
    expect(
      await refusal(
        respondToInstruction(db, w.audit, { instructionId: on202.id, text: "x" }, june20),
      ),
    ).toBe("instruction.not_found");
    expect(
      await refusal(
        respondToInstruction(db, w.office, { instructionId: on202.id, text: "x" }, june20),
      ),
    ).toBe("auth.forbidden");
    expect(
      await refusal(
        respondToInstruction(db, SHELL, { instructionId: on202.id, text: "x" }, june20),
      ),
    ).toBe("auth.forbidden");
    for (const who of [w.staff, w.leader, w.audit]) {
      expect(
        await refusal(
          issueInstruction(
            db,
            who,
            { target: w.milestone(203, 1), text: "x", issuedBy: "市长 张三", responseDue: null },
            june20,
          ),
        ),
      ).toBe("auth.forbidden");
      expect(await refusal(closeInstruction(db, who, { instructionId: on203.id }, june20))).toBe(
        "auth.forbidden",
      );
    }
    expect(await refusal(issue(w.milestone(203, 1), "x", "2022-06-19"))).toBe(
      "instruction.invalid_input",
    );
    expect(
      await refusal(
        issueInstruction(
          db,
          w.office,
          {
            target: { type: "milestone", id: 99_999 },
            text: "x",
            issuedBy: "y",
            responseDue: null,
          },
          june20,
        ),
      ),
    ).toBe("milestone.not_found");

    // Closing: with the version read before the last answer it is refused; then it closes, once.
    const july = at("2022-07-11");
    expect(
      await refusal(closeInstruction(db, w.office, { instructionId: on203.id, version: 2 }, july)),
    ).toBe("instruction.conflict");
    const closed = await closeInstruction(
      db,
      w.office,
      { instructionId: on203.id, version: 3 },
      july,
    );
    expect(closed).toMatchObject({
      version: 4,
      closedAt: "2022-07-11T02:00:00.000Z",
      closedBy: "user:dcs",
    });
    expect(await refusal(closeInstruction(db, w.office, { instructionId: on203.id }, july))).toBe(
      "instruction.invalid_state",
    );
    expect(
      await refusal(
        respondToInstruction(db, w.staff, { instructionId: on203.id, text: "补充" }, july),
      ),
    ).toBe("instruction.invalid_state");
    // Without a version, the office closes whatever came in.
    await closeInstruction(db, w.office, { instructionId: onTask204.id }, july);
    expect(idsOf(await listInstructions(db, w.staff, { awaiting: true }))).toEqual([on202.id]);
    expect(idsOf(await listInstructions(db, w.audit, {}))).toEqual([on203.id]);

    // Every change is in the audit log, with who did it and for which unit.
    const { entries } = await listAudit(db.kysely, { objectType: "instruction" });
    expect(entries.map((e) => [e.action, Number(e.objectId), e.actor, e.unitId]).reverse()).toEqual(
      [
        ["instruction.issued", on203.id, "user:dcs", await w.unitId("督查室")],
        ["instruction.issued", on202.id, "user:dcs", await w.unitId("督查室")],
        ["instruction.issued", onTask204.id, "user:dcs", await w.unitId("督查室")],
        ["instruction.issued", onTask75.id, "user:dcs", await w.unitId("督查室")],
        ["instruction.responded", on203.id, "user:sjj.staff", await w.unitId("市审计局")],
        ["instruction.responded", on203.id, "user:kjj.leader", await w.unitId("市科技局")],
        ["instruction.responded", onTask75.id, "user:kjj.staff", await w.unitId("市科技局")],
        ["instruction.closed", on203.id, "user:dcs", await w.unitId("督查室")],
        ["instruction.closed", onTask204.id, "user:dcs", await w.unitId("督查室")],
      ],
    );
    expect(entries.at(-1)?.after).toEqual({
      planId: w.planId,
      targetType: "milestone",
      targetId: w.milestone(203, 1).id,
      text: "请加快推进，7月10日前报进展。",
      issuedBy: "市长 张三",
      responseDue: "2022-07-10",
      closedAt: null,
    });
  });

  it("let an answer and a close at the same moment never both take effect unseen", async () => {
    const db = await open();
    const w = await setUp(db);
    const day = at("2022-06-20");
    for (let round = 0; round < 5; round += 1) {
      const issued = await issueInstruction(
        db,
        w.office,
        {
          target: w.milestone(205, 1),
          text: `第${round}次`,
          issuedBy: "市长 张三",
          responseDue: null,
        },
        day,
      );
      const [answer, close] = await Promise.allSettled([
        respondToInstruction(db, w.audit, { instructionId: issued.id, text: "答复" }, day),
        closeInstruction(db, w.office, { instructionId: issued.id, version: 1 }, day),
      ]);
      const after = await getInstruction(db, w.office, issued.id);
      const code = (outcome: PromiseSettledResult<unknown>) =>
        outcome.status === "rejected" && outcome.reason instanceof DubanError
          ? outcome.reason.code
          : outcome.status;
      if (answer.status === "fulfilled") {
        // The answer came first: the office, which had not seen it, is refused.
        expect(code(close)).toBe("instruction.conflict");
        expect(after).toMatchObject({ closedAt: null, version: 2 });
        expect(after.responses).toHaveLength(1);
      } else {
        expect(code(answer)).toBe("instruction.invalid_state");
        expect(close.status).toBe("fulfilled");
        expect(after).toMatchObject({ version: 2, responses: [] });
        expect(after.closedAt).not.toBeNull();
      }
    }
  });

  it("mark milestones for focus as a versioned workflow step that status ignores", async () => {
    const db = await open();
    const w = await setUp(db);
    const { id } = w.milestone(203, 2);
    const statusOn = async (day: IsoDate) => {
      const view = await getMilestone(db, w.office, id, day);
      return [view.status, view.light, view.due];
    };
    const before = await statusOn("2022-12-01");

    const set = await setMilestoneFocus(
      db,
      w.office,
      { milestoneId: id, version: 0, focus: true },
      at("2022-06-20"),
    );
    expect(set).toEqual({
      milestoneId: id,
      version: 1,
      phase: "open",
      acknowledgedOn: null,
      focus: true,
    });
    // Someone who read version 0 may not undo it unseen.
    expect(
      await refusal(
        setMilestoneFocus(
          db,
          w.office,
          { milestoneId: id, version: 0, focus: false },
          at("2022-06-21"),
        ),
      ),
    ).toBe("milestone.conflict");
    // Asking for what already holds changes nothing, whatever the version.
    expect(
      await setMilestoneFocus(
        db,
        w.office,
        { milestoneId: id, version: 0, focus: true },
        at("2022-06-21"),
      ),
    ).toEqual(set);
    const cleared = await setMilestoneFocus(
      db,
      w.office,
      { milestoneId: id, version: 1, focus: false },
      at("2022-06-22"),
    );
    expect(cleared).toMatchObject({ version: 2, focus: false });
    expect((await getMilestone(db, w.audit, id, "2022-06-22")).workflow).toEqual(cleared);

    for (const who of [w.staff, w.leader, w.audit, w.idle]) {
      expect(
        await refusal(
          setMilestoneFocus(
            db,
            who,
            { milestoneId: id, version: 2, focus: true },
            at("2022-06-23"),
          ),
        ),
      ).toBe("auth.forbidden");
    }

    const ledger = await readLedger(db.kysely, [id]);
    expect(ledger.map((e) => [e.entry, e.actor])).toEqual([
      [{ kind: "focus_set", on: "2022-06-20" }, "user:dcs"],
      [{ kind: "focus_cleared", on: "2022-06-22" }, "user:dcs"],
    ]);
    expect(
      ledger.map(({ entry }) =>
        statusEventOf({ kind: entry.kind, on: entry.on, date: ledgerDateOf(entry) }),
      ),
    ).toEqual([null, null]);
    expect(await statusOn("2022-12-01")).toEqual(before);
    const { entries } = await listAudit(db.kysely, { objectType: "milestone" });
    expect(entries.map((e) => [e.action, e.objectId]).reverse()).toEqual([
      ["focus.set", String(id)],
      ["focus.cleared", String(id)],
    ]);
  });

  it("mark tasks for focus, for everyone who sees the task to read", async () => {
    const db = await open();
    const w = await setUp(db);
    const { id } = w.task(203);
    expect(await getTaskFocus(db, w.audit, id)).toEqual({
      taskId: id,
      focus: false,
      setAt: null,
      setBy: null,
    });
    const marked = {
      taskId: id,
      focus: true,
      setAt: "2022-06-20T02:00:00.000Z",
      setBy: "user:dcs",
    };
    expect(await setTaskFocus(db, w.office, { taskId: id, focus: true }, at("2022-06-20"))).toEqual(
      marked,
    );
    // Again: the first mark stands and nothing is written.
    expect(await setTaskFocus(db, w.office, { taskId: id, focus: true }, at("2022-06-21"))).toEqual(
      marked,
    );
    expect(await getTaskFocus(db, w.audit, id)).toEqual(marked);
    expect(await getTaskFocus(db, w.staff, id)).toEqual(marked);
    expect(await refusal(getTaskFocus(db, w.idle, id))).toBe("task.not_found");
    for (const who of [w.staff, w.leader, w.audit]) {
      expect(
        await refusal(setTaskFocus(db, who, { taskId: id, focus: false }, at("2022-06-22"))),
      ).toBe("auth.forbidden");
    }
    expect(
      await refusal(setTaskFocus(db, w.office, { taskId: 99_999, focus: true }, at("2022-06-22"))),
    ).toBe("task.not_found");
    expect(
      await setTaskFocus(db, w.office, { taskId: id, focus: false }, at("2022-06-23")),
    ).toEqual({ taskId: id, focus: false, setAt: null, setBy: null });
    await setTaskFocus(db, w.office, { taskId: id, focus: false }, at("2022-06-24"));
    const { entries } = await listAudit(db.kysely, { objectType: "task" });
    expect(entries.map((e) => [e.action, e.objectId, e.after]).reverse()).toEqual([
      ["focus.set", String(id), { focus: true }],
      ["focus.cleared", String(id), { focus: false }],
    ]);
  });
});
