import type { Database } from "../db/database.js";
import type { IsoDate } from "../domain/iso-date.js";
import type { Actor } from "../policies/actor.js";
import { actorMay } from "../policies/permissions.js";
import { listInstructions } from "./instructions.js";
import { listMilestones, MILESTONE_PAGE_ALL } from "./milestones.js";
import { countDraftsToConfirm } from "./workflow/list-drafts.js";
import { listMilestoneRequests } from "./workflow/review-queue.js";

/**
 * What waits for the actor, across every plan it has a part in: the bell's
 * counts and the menu's badges. Each count is what the screen it links to
 * lists, from the same services, so the two never disagree.
 */
export interface InboxCounts {
  /** Milestones the unit leads that it has not acknowledged (待签收). */
  readonly acknowledge: number;
  /** Milestones whose periodic progress report is missing this cycle (待报送). */
  readonly report: number;
  /** Open instructions the unit has not answered (待答复). */
  readonly answer: number;
  /** Completion declarations waiting for the office's review (待审核). */
  readonly review: number;
  /** Extension requests waiting for the office's decision (待审批). */
  readonly decide: number;
  /** Staff drafts waiting for this unit leader to confirm or return (待确认). */
  readonly confirm: number;
}

const unitWork = async (
  db: Database,
  actor: Actor & { readonly unitId: number },
  today: IsoDate,
): Promise<Pick<InboxCounts, "acknowledge" | "report" | "answer">> => {
  const led = await listMilestones(db, actor, {
    ...MILESTONE_PAGE_ALL,
    asOf: today,
    unitId: actor.unitId,
    role: "lead",
    sort: "position",
  });
  const awaiting = await listInstructions(db, actor, { awaiting: true });
  return {
    acknowledge: led.items.filter((m) => m.can.acknowledge).length,
    report: led.items.filter((m) => m.reportMissing && m.can.reportOfficially).length,
    answer: awaiting.length,
  };
};

const officeWork = async (
  db: Database,
  actor: Actor,
): Promise<Pick<InboxCounts, "review" | "decide">> => {
  const pending = await listMilestoneRequests(db, actor, { state: "pending" });
  return {
    review: pending.filter((r) => r.kind === "completion").length,
    decide: pending.filter((r) => r.kind === "extension").length,
  };
};

export const inboxCounts = async (
  db: Database,
  actor: Actor,
  today: IsoDate,
): Promise<InboxCounts> => {
  const office = actorMay(actor, { action: "request.decide" });
  const unit = actor.kind !== "shell" && !office ? await unitWork(db, actor, today) : undefined;
  const decisions = office ? await officeWork(db, actor) : undefined;
  return {
    acknowledge: unit?.acknowledge ?? 0,
    report: unit?.report ?? 0,
    answer: unit?.answer ?? 0,
    review: decisions?.review ?? 0,
    decide: decisions?.decide ?? 0,
    confirm: unit === undefined ? 0 : await countDraftsToConfirm(db, actor),
  };
};
