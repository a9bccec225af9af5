import type { Kysely } from "kysely";
import {
  DATED_KINDS,
  DAY_ONLY_KINDS,
  STATUS_KINDS,
  type LedgerEntry,
  type LedgerKind,
} from "../../domain/milestone-ledger.js";
import { tokenCredits, type TokenCredit } from "./api-tokens.js";
import type { AuditActor } from "./audit.js";
import { refreshMilestoneStatus } from "./milestone-status.js";
import { refreshSearchEntries } from "./search-index.js";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";

export interface StoredLedgerEntry {
  readonly id: number;
  readonly milestoneId: number;
  readonly at: string;
  readonly actor: string;
  readonly userId: number | null;
  /** The API token that acted, named with its issuer; null for people and the shell. */
  readonly token: TokenCredit | null;
  readonly unitId: number | null;
  readonly entry: LedgerEntry;
}

/**
 * Appends an entry in the caller's transaction; one that status folds
 * rewrites the milestone's stored fold with it, so that both commit or
 * neither does.
 */
export const appendLedger = async (
  db: Kysely<Schema>,
  target: { readonly milestoneId: number; readonly planId: number },
  actor: AuditActor,
  entry: LedgerEntry,
  at: string,
): Promise<number> => {
  const { kind, on, ...payload } = entry;
  const id = (
    await db
      .insertInto("milestone_events")
      .values({
        milestone_id: target.milestoneId,
        plan_id: target.planId,
        kind,
        effective_on: on,
        at,
        actor: actor.name,
        user_id: actor.userId,
        token_id: actor.tokenId,
        unit_id: actor.unitId,
        payload_json: JSON.stringify(payload),
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  if (STATUS_KINDS.includes(kind)) {
    await refreshMilestoneStatus(db, { milestoneIds: [target.milestoneId] });
  }
  if (kind === "reported" || kind === "input") await refreshSearchEntries(db, "report", [id]);
  return id;
};

const toEntry = (row: { kind: string; effective_on: string; payload_json: string }): LedgerEntry =>
  ({
    kind: row.kind,
    on: row.effective_on,
    ...(JSON.parse(row.payload_json) as object),
  }) as LedgerEntry;

/**
 * The ledger entries of some milestones that took effect on or before a
 * day, oldest first; `kinds` narrows them to what the caller folds, and
 * `fromLastOf` to each milestone's last entry of that kind (up to the day)
 * and those after it, where a fold that the kind overrides need not see the
 * entries before.
 */
export const readLedger = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
  options: {
    readonly upTo?: string;
    readonly kinds?: readonly LedgerKind[];
    readonly fromLastOf?: LedgerKind;
  } = {},
): Promise<StoredLedgerEntry[]> => {
  const { upTo, kinds, fromLastOf } = options;
  const rows = await collectChunks(chunksFor(milestoneIds, 1), (chunk) =>
    db
      .selectFrom("milestone_events as e")
      .selectAll("e")
      .where("e.milestone_id", "in", chunk)
      .$if(upTo !== undefined, (q) => q.where("e.effective_on", "<=", upTo ?? ""))
      .$if(kinds !== undefined, (q) => q.where("e.kind", "in", kinds ?? []))
      .$if(fromLastOf !== undefined, (q) =>
        q.where((outer) =>
          outer.not(
            outer.exists(
              outer
                .selectFrom("milestone_events as later")
                .select("later.id")
                .whereRef("later.milestone_id", "=", "e.milestone_id")
                .where("later.kind", "=", fromLastOf ?? "reported")
                .$if(upTo !== undefined, (inner) =>
                  inner.where("later.effective_on", "<=", upTo ?? ""),
                )
                .where((eb) =>
                  eb.or([
                    eb("later.effective_on", ">", eb.ref("e.effective_on")),
                    eb.and([
                      eb("later.effective_on", "=", eb.ref("e.effective_on")),
                      eb("later.id", ">", eb.ref("e.id")),
                    ]),
                  ]),
                ),
            ),
          ),
        ),
      )
      .orderBy("e.effective_on")
      .orderBy("e.id")
      .execute(),
  );
  const tokens = await tokenCredits(
    db,
    rows.map((row) => row.token_id),
  );
  return rows.map((row) => ({
    id: row.id,
    milestoneId: row.milestone_id,
    at: row.at,
    actor: row.actor,
    userId: row.user_id,
    token: row.token_id === null ? null : (tokens.get(row.token_id) ?? null),
    unitId: row.unit_id,
    entry: toEntry(row),
  }));
};

/** A ledger entry as status needs it: no texts, the payload only where it holds a date. */
export interface StatusFact {
  readonly milestoneId: number;
  readonly kind: LedgerKind;
  readonly on: string;
  /** completion_accepted: completedOn; extension_approved: newDue. */
  readonly date: string | null;
}

/**
 * What status as of `upTo` folds, for whole plans (`planIds`) or some
 * milestones: the day of each lead report and acknowledgement (no report
 * texts are read), and the dates of accepted completions and approved
 * extensions. Reading by plan lets the database use its (plan, kind, day)
 * index instead of a long list of ids.
 */
export const readStatusFacts = async (
  db: Kysely<Schema>,
  scope: { readonly planIds: readonly number[] } | { readonly milestoneIds: readonly number[] },
  upTo: string,
): Promise<StatusFact[]> => {
  const ids = "planIds" in scope ? scope.planIds : scope.milestoneIds;
  const column = "planIds" in scope ? "plan_id" : "milestone_id";
  const plain = await collectChunks(chunksFor(ids, 1), (chunk) =>
    db
      .selectFrom("milestone_events")
      .select(["milestone_id", "kind", "effective_on"])
      .where(column, "in", chunk)
      .where("kind", "in", DAY_ONLY_KINDS)
      .where("effective_on", "<=", upTo)
      .execute(),
  );
  const dated = await collectChunks(chunksFor(ids, 1), (chunk) =>
    db
      .selectFrom("milestone_events")
      .select(["milestone_id", "kind", "effective_on", "payload_json"])
      .where(column, "in", chunk)
      .where("kind", "in", DATED_KINDS)
      .where("effective_on", "<=", upTo)
      .execute(),
  );
  const facts: StatusFact[] = [];
  for (const row of plain) {
    facts.push({
      milestoneId: row.milestone_id,
      kind: row.kind as LedgerKind,
      on: row.effective_on,
      date: null,
    });
  }
  for (const row of dated) {
    const payload = JSON.parse(row.payload_json) as { completedOn?: string; newDue?: string };
    facts.push({
      milestoneId: row.milestone_id,
      kind: row.kind as LedgerKind,
      on: row.effective_on,
      date: payload.completedOn ?? payload.newDue ?? null,
    });
  }
  return facts;
};
