import type { Database } from "../db/database.js";
import { narrowedTo, reachOfUnit, type UnitReach, type UnitRole } from "../db/queries/access.js";
import { carriedFrom, type CarriedFrom } from "../db/queries/carry-overs.js";
import {
  planIdsInUse,
  everyUnitName,
  milestonePage,
  type MilestoneSort,
  type RowWindow,
} from "../db/queries/milestone-page.js";
import {
  findMilestoneKeys,
  findMilestoneRows,
  unitColumnTexts,
  type MilestoneKey,
  type MilestoneRowFilter,
  unitsOfMilestoneVersions,
  type MilestoneRow,
  type MilestoneUnitRow,
} from "../db/queries/milestone-rows.js";
import {
  latestImportedProgress,
  type LatestImportedProgress,
} from "../db/queries/imported-progress.js";
import { readLedger } from "../db/queries/milestone-ledger.js";
import { milestoneMarks, NO_MARKS, type MilestoneMarks } from "../db/queries/milestone-marks.js";
import { listRequests } from "../db/queries/milestone-requests.js";
import { initialState, readStates, type MilestoneState } from "../db/queries/milestone-states.js";
import { storedFoldsAnswer, type SortedStatus } from "../db/queries/status-today.js";
import type { Deadline } from "../domain/deadline.js";
import type { IsoDate } from "../domain/iso-date.js";
import { LIGHT_ORDER, STATUS_ORDER, type MilestoneStatus } from "../domain/milestone-status.js";
import type { ResponsiblePerson } from "../domain/plan.js";
import type { Actor } from "../policies/actor.js";
import type { Page, PageRequest } from "./page.js";
import { rateFacts, rateMilestones, ratingContext, type RatedStatus } from "./status-as-of.js";
import { milestoneRelations } from "./access/relations.js";
import { viewerScope, type ViewerScope } from "./access/viewer-scope.js";
import { statusDayOf } from "./status-today.js";
import {
  milestoneAbilities,
  NO_ABILITIES,
  NOBODY_NOW,
  whoCanAct,
  type MilestoneAbilities,
  type WhoCan,
} from "./workflow/milestone-abilities.js";
import { loadMilestoneContext, milestoneNotFound } from "./workflow/milestone-context.js";

/**
 * The milestone's progress up to the day asked: the lead unit's latest
 * report, or the note of its completion once the office accepted it.
 */
export interface LatestReport {
  readonly on: IsoDate;
  readonly text: string;
  readonly percent: number | null;
}

export interface MilestoneView extends RatedStatus {
  readonly id: number;
  readonly planId: number;
  readonly task: {
    readonly id: number;
    readonly no: number | null;
    readonly label: string;
    readonly title: string;
    /** People named for the whole task (责任领导). */
    readonly persons: readonly ResponsiblePerson[];
  };
  readonly seq: number | null;
  readonly text: string;
  readonly deadline: Deadline;
  readonly units: readonly MilestoneUnitRow[];
  readonly persons: readonly ResponsiblePerson[];
  readonly remarks: Readonly<Record<string, string>>;
  readonly asOf: IsoDate;
  /** Where the workflow stands now; `version` goes with every write (409 when stale). */
  readonly workflow: MilestoneState;
  readonly latestReport: LatestReport | null;
  /** 重点关注, a request waiting for review, open 批示: the plan table's marks. */
  readonly marks: MilestoneMarks;
  /**
   * The progress the latest imported table stated for it (a quarterly
   * table's 进展情况), with the revision of that table; null when none did.
   */
  readonly importedProgress: LatestImportedProgress | null;
  /** What the viewer may do on it now, as the workflow's steps decide. */
  readonly can: MilestoneAbilities;
  /** Who may take the steps the viewer may not (the page says so). */
  readonly whoCan: WhoCan;
  /** The revision that removed it; null for a milestone of the plan in force. */
  readonly removedInRevision: number | null;
}

export { MILESTONE_SORTS, type MilestoneSort } from "../db/queries/milestone-page.js";

/** A milestone in full with its status on the query's day. */
export type RatedMilestone = { readonly row: MilestoneRow; readonly state: RatedStatus };

export interface MilestoneQuery extends PageRequest {
  readonly asOf: IsoDate;
  readonly planId?: number;
  readonly taskId?: number;
  /** A unit's milestones: those it leads (whole tasks included) or shares. */
  readonly unitId?: number;
  /** With unitId: only where the unit leads, or only where it cooperates. */
  readonly role?: UnitRole;
  readonly statuses?: readonly MilestoneStatus[];
  readonly dueFrom?: IsoDate;
  readonly dueTo?: IsoDate;
  readonly text?: string;
  readonly sort: MilestoneSort;
}

/** Every milestone of one task in one page: a task has at most a few hundred. */
export const MILESTONE_PAGE_ALL: PageRequest = { page: 1, pageSize: Number.MAX_SAFE_INTEGER };

/** What lists filter and sort by: the status, light and due date on the day. */
type Sortable = { readonly row: MilestoneKey; readonly state: SortedStatus };
type Comparator = (a: Sortable, b: Sortable) => number;

const byPosition: Comparator = (a, b) =>
  a.row.planId - b.row.planId ||
  a.row.taskPosition - b.row.taskPosition ||
  a.row.position - b.row.position;

/** Undated milestones (ongoing, none) come after every dated one, in both directions. */
const byDue =
  (direction: 1 | -1): Comparator =>
  (a, b) => {
    if (a.state.due === b.state.due) return byPosition(a, b);
    if (a.state.due === null) return 1;
    if (b.state.due === null) return -1;
    return direction * a.state.due.localeCompare(b.state.due);
  };

const byStatus =
  (direction: 1 | -1): Comparator =>
  (a, b) =>
    direction *
      (LIGHT_ORDER[a.state.light] - LIGHT_ORDER[b.state.light] ||
        STATUS_ORDER[a.state.status] - STATUS_ORDER[b.state.status]) || byDue(1)(a, b);

/** 责任单位 in pinyin order, as a Chinese reader expects; milestones without units last. */
const unitCollator = new Intl.Collator("zh-CN-u-co-pinyin");
const byUnits =
  (units: ReadonlyMap<number, string>, direction: 1 | -1): Comparator =>
  (a, b) => {
    const left = units.get(a.row.versionId);
    const right = units.get(b.row.versionId);
    if (left === right) return byPosition(a, b);
    if (left === undefined) return 1;
    if (right === undefined) return -1;
    return direction * unitCollator.compare(left, right) || byPosition(a, b);
  };

const comparatorFor = async (
  db: Database,
  sort: MilestoneSort,
  keys: readonly MilestoneKey[],
): Promise<Comparator> => {
  switch (sort) {
    case "position":
      return byPosition;
    case "-position":
      return (a, b) => byPosition(b, a);
    case "due":
      return byDue(1);
    case "-due":
      return byDue(-1);
    case "status":
      return byStatus(1);
    case "-status":
      return byStatus(-1);
    case "unit":
    case "-unit":
      return byUnits(
        await unitColumnTexts(
          db.kysely,
          keys.map((key) => key.versionId),
        ),
        sort === "unit" ? 1 : -1,
      );
  }
};

/**
 * Each unit's place in pinyin order, as fixed-width digits, for the
 * database to sort 责任单位 cells by. Units are few (hundreds in a
 * province), so ranking them all here costs less than reading a unit's
 * every cell to sort them in JavaScript, and the order stays the
 * collator's; units it finds equal share a place, as the cells they name
 * then compare equal.
 */
const unitSortKeys = async (db: Database): Promise<Map<number, string>> => {
  const units = (await everyUnitName(db.kysely)).sort((a, b) =>
    unitCollator.compare(a.name, b.name),
  );
  const keys = new Map<number, string>();
  let place = 0;
  units.forEach((unit, index) => {
    const before = units[index - 1];
    if (before !== undefined && unitCollator.compare(before.name, unit.name) !== 0) place += 1;
    keys.set(unit.id, String(place).padStart(6, "0"));
  });
  return keys;
};

/** Each milestone's latest progress up to a day (what lists and exports show as its progress). */
export const latestReports = async (
  db: Database,
  milestoneIds: readonly number[],
  asOf: IsoDate,
): Promise<Map<number, LatestReport>> => {
  const entries = await readLedger(db.kysely, milestoneIds, {
    upTo: asOf,
    kinds: ["reported", "completion_accepted"],
    // A later report overrides every entry before it: only the last report and what followed.
    fromLastOf: "reported",
  });
  const acceptedIds = entries.flatMap(({ milestoneId, entry }) =>
    entry.kind === "completion_accepted" && entry.requestId !== null ? [milestoneId] : [],
  );
  const notes = new Map(
    acceptedIds.length === 0
      ? []
      : (await listRequests(db.kysely, { milestoneIds: acceptedIds, state: "approved" })).map(
          (request) => [request.id, request.payload.text],
        ),
  );
  const latest = new Map<number, LatestReport>();
  for (const { milestoneId, entry } of entries) {
    if (entry.kind === "reported") {
      latest.set(milestoneId, { on: entry.on, text: entry.text, percent: entry.percent });
    } else if (entry.kind === "completion_accepted" && entry.requestId !== null) {
      const note = notes.get(entry.requestId);
      if (typeof note === "string" && note !== "") {
        latest.set(milestoneId, { on: entry.on, text: note, percent: 100 });
      }
    }
  }
  return latest;
};

/**
 * Milestones as the API shows them to an actor: their rows with units,
 * workflow state, latest report and what the actor may do, in the order given.
 */
const present = async (
  db: Database,
  actor: Actor,
  scope: ViewerScope,
  rated: readonly RatedMilestone[],
  asOf: IsoDate,
): Promise<MilestoneView[]> => {
  const ids = rated.map((r) => r.row.id);
  const units = await unitsOfMilestoneVersions(
    db.kysely,
    rated.map((r) => r.row.versionId),
  );
  const states = await readStates(db.kysely, ids);
  const imported = await latestImportedProgress(db.kysely, ids);
  const latest = await latestReports(db, ids, asOf);
  const marks = await milestoneMarks(
    db.kysely,
    rated.map((r) => r.row.versionId),
  );
  const relations = await milestoneRelations(
    db,
    scope,
    rated.map((r) => r.row),
  );
  return rated.map(({ row, state }) => {
    const named = units.get(row.versionId) ?? [];
    const workflow = states.get(row.id) ?? initialState(row.id);
    const relation = relations.get(row.versionId) ?? "none";
    return {
      id: row.id,
      planId: row.planId,
      task: {
        id: row.taskId,
        no: row.taskNo,
        label: row.taskLabel,
        title: row.taskTitle,
        persons: JSON.parse(row.taskPersonsJson) as ResponsiblePerson[],
      },
      seq: row.seq,
      text: row.text,
      deadline: JSON.parse(row.deadlineJson) as Deadline,
      units: named,
      persons: JSON.parse(row.personsJson) as ResponsiblePerson[],
      remarks: JSON.parse(row.remarksJson) as Record<string, string>,
      asOf,
      ...state,
      workflow,
      latestReport: latest.get(row.id) ?? null,
      marks: marks.get(row.id) ?? NO_MARKS,
      importedProgress: imported.get(row.id) ?? null,
      can: milestoneAbilities(actor, relation, workflow),
      whoCan: whoCanAct(actor, relation, workflow),
      removedInRevision: null,
    };
  });
};

/** What a query matches, one window of it in full, rated and sorted, and how many in all. */
export interface MatchingPage {
  readonly rows: readonly RatedMilestone[];
  readonly total: number;
}

/** A unit with its groups: the viewer's own are in its scope already. */
const reachOfFilterUnit = (db: Database, scope: ViewerScope, unitId: number): Promise<UnitReach> =>
  !scope.all && scope.unitId === unitId
    ? Promise.resolve({ unitIds: scope.unitIds, subPlanIds: scope.subPlanIds })
    : reachOfUnit(db.kysely, unitId);

/** The filters of a query as the database takes them: the viewer's scope, and a unit's (with its groups). */
const rowFilter = async (
  db: Database,
  scope: ViewerScope,
  query: Omit<MilestoneQuery, keyof PageRequest>,
): Promise<MilestoneRowFilter> => ({
  visibleTo: scope,
  // Without a plan, a list spans the plans in use; a plan named is listed archived or not.
  planId: query.planId ?? "in_use",
  taskId: query.taskId,
  ...(query.unitId === undefined
    ? {}
    : {
        responsible: {
          ...(await reachOfFilterUnit(db, scope, query.unitId)),
          ...(query.role === undefined ? {} : { role: query.role }),
        },
      }),
  dueFrom: query.dueFrom,
  dueTo: query.dueTo,
  text: query.text,
});

const plansOf = async (
  db: Database,
  query: Pick<MilestoneQuery, "planId">,
): Promise<readonly number[]> =>
  query.planId === undefined ? planIdsInUse(db.kysely) : [query.planId];

/**
 * Today's path: the database filters by status, counts, sorts and cuts the
 * window, over the stored folds (only for a day they answer for); the
 * window's rows are rated in full from the folds the same statement read.
 */
export const pageFromStoredStatus = async (
  db: Database,
  scope: ViewerScope,
  query: Omit<MilestoneQuery, keyof PageRequest>,
  window: RowWindow,
): Promise<MatchingPage> => {
  const context = await ratingContext(db.kysely, await plansOf(db, query), query.asOf);
  const { rows, total } = await milestonePage(
    db.kysely,
    statusDayOf(context),
    {
      ...(await rowFilter(db, scope, query)),
      sort: query.sort,
      ...(query.statuses === undefined ? {} : { statuses: query.statuses }),
      ...(query.sort === "unit" || query.sort === "-unit"
        ? { unitKeys: await unitSortKeys(db) }
        : {}),
    },
    window,
  );
  const states = rateFacts(
    context,
    rows.map(({ row }) => row),
    new Map(rows.map(({ row, fold }) => [row.id, fold])),
  );
  return {
    rows: rows.flatMap(({ row }) => {
      const state = states.get(row.id);
      return state ? [{ row, state }] : [];
    }),
    total,
  };
};

/**
 * A past day's path: every matching milestone rated from its ledger as of
 * the day, filtered and sorted here, and the window read in full.
 */
export const pageFromRatedMilestones = async (
  db: Database,
  scope: ViewerScope,
  query: Omit<MilestoneQuery, keyof PageRequest>,
  window: RowWindow,
): Promise<MatchingPage> => {
  const keys = await findMilestoneKeys(db.kysely, await rowFilter(db, scope, query));
  const statuses = await rateMilestones(db.kysely, keys, query.asOf);
  const wanted = query.statuses === undefined ? undefined : new Set(query.statuses);
  const sorted = keys
    .flatMap((row) => {
      const state = statuses.get(row.id);
      return state && (wanted === undefined || wanted.has(state.status)) ? [{ row, state }] : [];
    })
    .sort(await comparatorFor(db, query.sort, keys));
  const shown =
    window === null ? sorted : sorted.slice(window.offset, window.offset + window.limit);
  const rows = new Map(
    (
      await findMilestoneRows(db.kysely, {
        ids: { of: "version", values: shown.map((r) => r.row.versionId) },
      })
    ).map((row) => [row.versionId, row]),
  );
  return {
    rows: shown.flatMap(({ row: key, state }) => {
      const row = rows.get(key.versionId);
      return row ? [{ row, state }] : [];
    }),
    total: sorted.length,
  };
};

/** The one choice of path: SQL when the stored folds answer for the day, the ledger otherwise. */
const matchingPage = async (
  db: Database,
  scope: ViewerScope,
  query: Omit<MilestoneQuery, keyof PageRequest>,
  window: RowWindow,
): Promise<MatchingPage> =>
  (await storedFoldsAnswer(db.kysely, await plansOf(db, query), query.asOf))
    ? pageFromStoredStatus(db, scope, query, window)
    : pageFromRatedMilestones(db, scope, query, window);

/**
 * The milestones an actor may see that match a query (all but its page),
 * rated on the query's day and sorted: the rows an export of the plan
 * view's filters holds.
 */
export const matchingMilestones = async (
  db: Database,
  scope: ViewerScope,
  query: Omit<MilestoneQuery, keyof PageRequest>,
): Promise<readonly RatedMilestone[]> => (await matchingPage(db, scope, query, null)).rows;

/**
 * The milestones an actor may see that match the query: a unit sees those
 * it is responsible for and every milestone of the tasks it leads; the
 * supervision office sees all. Filtered, sorted and cut into one page.
 */
export const listMilestones = async (
  db: Database,
  actor: Actor,
  query: MilestoneQuery,
): Promise<Page<MilestoneView> & { readonly asOf: IsoDate }> => {
  const scope = await viewerScope(db, actor);
  const { rows, total } = await matchingPage(db, scope, query, {
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return {
    items: await present(db, actor, scope, rows, query.asOf),
    total,
    page: query.page,
    pageSize: query.pageSize,
    asOf: query.asOf,
  };
};

/** One milestone on its own page: with where it came from when next year's plan carried it. */
export interface MilestoneDetail extends MilestoneView {
  /** The old plan's milestone it was carried over from (结转), if the viewer may read that one. */
  readonly carriedFrom: CarriedFrom | null;
}

/** One milestone, if the actor may see it; otherwise as if there were none. */
export const getMilestone = async (
  db: Database,
  actor: Actor,
  id: number,
  asOf: IsoDate,
): Promise<MilestoneDetail> => {
  const { row, removedInRevision } = await loadMilestoneContext(db, actor, id);
  const state = (await rateMilestones(db.kysely, [row], asOf)).get(row.id);
  if (!state) throw milestoneNotFound(id);
  const scope = await viewerScope(db, actor);
  const [view] = await present(db, actor, scope, [{ row, state }], asOf);
  if (!view) throw milestoneNotFound(id);
  const from = (await carriedFrom(db.kysely, [row.id], narrowedTo(scope))).get(row.id) ?? null;
  return removedInRevision === null
    ? { ...view, carriedFrom: from }
    : { ...view, carriedFrom: from, removedInRevision, can: NO_ABILITIES, whoCan: NOBODY_NOW };
};
