import type { Database } from "../../db/database.js";
import { findInstructions } from "../../db/queries/instructions.js";
import { findMilestoneKeys } from "../../db/queries/milestone-rows.js";
import { listRequests, type RequestKind } from "../../db/queries/milestone-requests.js";
import { readStates } from "../../db/queries/milestone-states.js";
import { findTaskRows } from "../../db/queries/task-rows.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { isWorkingDay } from "../../domain/work-calendar.js";
import type { ApiActor } from "../../policies/actor.js";
import { setMilestoneFocus, setTaskFocus } from "../focus.js";
import {
  closeInstruction,
  issueInstruction,
  respondToInstruction,
  type InstructionTarget,
} from "../instructions.js";
import { findTargets } from "../../db/queries/targets.js";
import { changeTarget } from "../targets/manage-targets.js";
import { reportActual } from "../targets/report-actual.js";
import { loadWorkCalendar } from "../work-calendar.js";
import { acknowledgeMilestone } from "../workflow/acknowledge.js";
import type { StepTime } from "../workflow/clock.js";
import { declareCompletion } from "../workflow/declare-completion.js";
import { decideMilestoneRequest } from "../workflow/decide-request.js";
import { reportProgress } from "../workflow/report-progress.js";
import { requestExtension } from "../workflow/request-extension.js";
import type { DemoUsername } from "./demo-accounts.js";
import type { DemoStep, Ref } from "./demo-script.js";

const MILESTONE_REF = /^\d+（\d+）$/;

/** The ids behind the script's "207（1）" and "207" in one plan. */
const refResolver = async (db: Database, planId: number) => {
  const milestones = new Map(
    (await findMilestoneKeys(db.kysely, { planId })).map((m) => [`${m.taskNo}（${m.seq}）`, m.id]),
  );
  const tasks = new Map(
    (await findTaskRows(db.kysely, { planId })).map((task) => [String(task.no), task.id]),
  );
  return (ref: Ref): InstructionTarget => {
    const type = MILESTONE_REF.test(ref) ? "milestone" : "task";
    const id = (type === "milestone" ? milestones : tasks).get(ref);
    if (id === undefined) throw new Error(`demo script: the plan has no ${ref}`);
    return { type, id };
  };
};

const milestoneIdOf = (target: InstructionTarget, step: DemoStep): number => {
  if (target.type !== "milestone") throw new Error(`demo script: ${step.do} needs a milestone`);
  return target.id;
};

const versionOf = async (db: Database, milestoneId: number): Promise<number> =>
  (await readStates(db.kysely, [milestoneId])).get(milestoneId)?.version ?? 0;

const pendingRequest = async (db: Database, milestoneId: number, kind: RequestKind) => {
  const [request] = (
    await listRequests(db.kysely, { milestoneIds: [milestoneId], state: "pending" })
  ).filter((r) => r.kind === kind);
  if (!request) throw new Error(`demo script: milestone ${milestoneId} has no pending ${kind}`);
  return request;
};

const openInstructionOn = async (db: Database, target: InstructionTarget) => {
  const [instruction] = await findInstructions(db.kysely, { target, open: true });
  if (!instruction) throw new Error(`demo script: no open instruction on ${target.type}`);
  return instruction;
};

/** The targets read from one milestone's or task's own words. */
const targetsOf = async (db: Database, planId: number, at: InstructionTarget) =>
  (await findTargets(db.kysely, { planId })).filter((t) =>
    at.type === "milestone"
      ? t.milestoneId === at.id
      : t.milestoneId === null && t.taskId === at.id,
  );

/** Does one step to one milestone or task, through the same use case the API calls. */
const perform = async (
  db: Database,
  actor: ApiActor,
  step: DemoStep,
  target: InstructionTarget,
  time: StepTime,
  planId: number,
): Promise<void> => {
  switch (step.do) {
    case "confirm_targets":
      for (const found of await targetsOf(db, planId, target)) {
        await changeTarget(db, actor, { targetId: found.id, edit: { state: "confirmed" } }, time);
      }
      return;
    case "report_actual": {
      const words = step.words;
      const [found] = (await targetsOf(db, planId, target)).filter(
        (t) => t.span?.text.includes(words) === true,
      );
      if (!found) throw new Error(`demo script: no target read from ${words}`);
      const { value, asOf, source } = step;
      await reportActual(db, actor, { targetId: found.id, value, asOf, source }, time);
      return;
    }
    case "focus":
      if (target.type === "task") {
        await setTaskFocus(db, actor, { taskId: target.id, focus: true }, time);
      } else {
        const version = await versionOf(db, target.id);
        await setMilestoneFocus(db, actor, { milestoneId: target.id, version, focus: true }, time);
      }
      return;
    case "instruct":
      await issueInstruction(
        db,
        actor,
        { target, text: step.text, issuedBy: step.issuedBy, responseDue: step.responseDue },
        time,
      );
      return;
    case "answer": {
      const { id } = await openInstructionOn(db, target);
      await respondToInstruction(db, actor, { instructionId: id, text: step.text }, time);
      return;
    }
    case "close_instruction": {
      const { id, version } = await openInstructionOn(db, target);
      await closeInstruction(db, actor, { instructionId: id, version }, time);
      return;
    }
  }
  const milestoneId = milestoneIdOf(target, step);
  const version = await versionOf(db, milestoneId);
  switch (step.do) {
    case "acknowledge":
      await acknowledgeMilestone(db, actor, { milestoneId, version }, time);
      return;
    case "report":
      await reportProgress(
        db,
        actor,
        {
          milestoneId,
          version,
          text: step.text,
          percent: step.percent,
          attachmentIds: [],
          cites: [],
        },
        time,
      );
      return;
    case "declare_completion":
      await declareCompletion(
        db,
        actor,
        { milestoneId, version, completedOn: step.completedOn, text: step.text, attachmentIds: [] },
        time,
      );
      return;
    case "request_extension":
      await requestExtension(
        db,
        actor,
        { milestoneId, version, newDue: step.newDue, reason: step.reason },
        time,
      );
      return;
    case "approve_completion":
    case "approve_extension":
    case "return_completion":
    case "reject_extension": {
      const kind = step.do.endsWith("completion") ? "completion" : "extension";
      const request = await pendingRequest(db, milestoneId, kind);
      await decideMilestoneRequest(
        db,
        actor,
        {
          requestId: request.id,
          version,
          decision: step.do.startsWith("approve") ? "approve" : "reject",
          comment: "comment" in step ? step.comment : "",
        },
        time,
      );
      return;
    }
  }
};

/** Office hours: a day's steps from 09:30 (Shanghai), two minutes apart, in the script's order. */
const officeClock = () => {
  const stepsOn = new Map<IsoDate, number>();
  return (day: IsoDate): StepTime => {
    const count = stepsOn.get(day) ?? 0;
    stepsOn.set(day, count + 1);
    const start = Date.parse(`${day}T09:30:00+08:00`);
    return { now: new Date(start + count * 120_000), today: day };
  };
};

/**
 * Plays a script on a plan: each step by its user, on its day, through the
 * workflow's own use cases, so that what it leaves is what people using
 * Duban would have left. A step the workflow refuses, a name the plan does
 * not have or a day off stops the play: the script is wrong.
 */
export const playDemoScript = async (
  db: Database,
  planId: number,
  script: readonly DemoStep[],
  actors: ReadonlyMap<DemoUsername, ApiActor>,
): Promise<void> => {
  const calendar = await loadWorkCalendar(db);
  const resolve = await refResolver(db, planId);
  const timeOn = officeClock();
  for (const step of script) {
    if (!isWorkingDay(calendar, step.on)) {
      throw new Error(`demo script: ${step.on} is not a working day`);
    }
    const actor = actors.get(step.by);
    if (!actor) throw new Error(`demo script: no account ${step.by}`);
    for (const ref of typeof step.at === "string" ? [step.at] : step.at) {
      await perform(db, actor, step, resolve(ref), timeOn(step.on), planId);
    }
  }
};
