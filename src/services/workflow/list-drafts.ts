import type { Database } from "../../db/database.js";
import { displayNamesOf } from "../../db/queries/actor-names.js";
import { findMilestoneRows } from "../../db/queries/milestone-rows.js";
import { countDrafts, listDrafts, type StoredDraft } from "../../db/queries/request-drafts.js";
import { OPEN_DRAFT_STATES, type DraftStateName } from "../../domain/request-draft.js";
import type { Actor } from "../../policies/actor.js";
import { draftAbilities, type DraftAbilities } from "../access/abilities.js";
import { draftScope } from "../access/record-scope.js";
import { milestoneRelations } from "../access/relations.js";
import { viewerScope } from "../access/viewer-scope.js";

/** A draft as lists show it: its milestone's number and words, and people by their names. */
export type ListedDraft = StoredDraft & {
  readonly milestone: {
    readonly taskNo: number | null;
    readonly seq: number | null;
    readonly text: string;
    readonly taskTitle: string;
  } | null;
  readonly draftedByName: string;
  /** Who returned, confirmed or withdrew it; null while drafted. */
  readonly actedByName: string | null;
  /** What the caller may do on it now, by the same table the steps ask. */
  readonly can: DraftAbilities;
};

export type DraftFilter = DraftStateName | "open";

const actedBy = (draft: StoredDraft): string | null =>
  draft.state === "returned"
    ? draft.returned.by
    : draft.state === "confirmed"
      ? draft.confirmed.by
      : draft.state === "withdrawn"
        ? draft.withdrawn.by
        : null;

/**
 * Drafts across every plan in use (or of the plan or milestone named): a unit's people see their unit's (the leader's
 * 待确认, the staff's 我的草稿), the office and administrators all of them.
 */
export const listRequestDrafts = async (
  db: Database,
  actor: Actor,
  filter: {
    readonly state?: DraftFilter;
    readonly planId?: number;
    readonly milestoneId?: number;
  },
): Promise<ListedDraft[]> => {
  const drafts = await listDrafts(db.kysely, {
    visibleTo: draftScope(actor),
    // Every plan in use, unless a plan or a milestone (archived or not) is named.
    ...(filter.planId === undefined && filter.milestoneId === undefined
      ? { planId: "in_use" as const }
      : {}),
    ...(filter.planId === undefined ? {} : { planId: filter.planId }),
    ...(filter.milestoneId === undefined ? {} : { milestoneIds: [filter.milestoneId] }),
    ...(filter.state === undefined
      ? {}
      : { states: filter.state === "open" ? OPEN_DRAFT_STATES : [filter.state] }),
  });
  const rows = await findMilestoneRows(db.kysely, {
    ids: { of: "milestone", values: [...new Set(drafts.map((d) => d.milestoneId))] },
  });
  const milestones = new Map(rows.map((row) => [row.id, row]));
  const relations = await milestoneRelations(db, await viewerScope(db, actor), rows);
  const names = await displayNamesOf(
    db.kysely,
    drafts.flatMap((d) => [d.draftedBy, actedBy(d) ?? d.draftedBy]),
  );
  return drafts.map((draft) => {
    const row = milestones.get(draft.milestoneId);
    const acted = actedBy(draft);
    return {
      ...draft,
      milestone:
        row === undefined
          ? null
          : { taskNo: row.taskNo, seq: row.seq, text: row.text, taskTitle: row.taskTitle },
      draftedByName: names.get(draft.draftedBy) ?? draft.draftedBy,
      actedByName: acted === null ? null : (names.get(acted) ?? acted),
      can: draftAbilities(
        actor,
        draft,
        row === undefined ? "none" : (relations.get(row.versionId) ?? "none"),
      ),
    };
  });
};

/** How many drafts wait for this leader's confirmation in the plans in use (the bell's "to decide"); 0 for anyone else. */
export const countDraftsToConfirm = async (db: Database, actor: Actor): Promise<number> =>
  actor.kind !== "shell" && actor.role === "unit_leader"
    ? countDrafts(db.kysely, actor.unitId, "drafted")
    : 0;
