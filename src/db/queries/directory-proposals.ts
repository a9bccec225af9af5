import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

export type ProposalStatus = "open" | "accepted" | "rejected";

/** A stored proposal; `details` as the sync wrote it (JSON). */
export interface StoredProposal {
  readonly id: number;
  readonly kind: string;
  readonly subject: string;
  readonly details: unknown;
  readonly status: ProposalStatus;
  readonly proposedAt: string;
}

const toProposal = (row: {
  id: number;
  kind: string;
  subject: string;
  details: string;
  status: string;
  proposed_at: string;
}): StoredProposal => ({
  id: row.id,
  kind: row.kind,
  subject: row.subject,
  details: JSON.parse(row.details) as unknown,
  status: row.status as ProposalStatus,
  proposedAt: row.proposed_at,
});

const columns = ["id", "kind", "subject", "details", "status", "proposed_at"] as const;

/** What a rejected proposal said, so that a re-run does not ask again. */
export const rejectedKeys = async (db: Kysely<Schema>, provider: string): Promise<Set<string>> =>
  new Set(
    (
      await db
        .selectFrom("directory_proposals")
        .select(["kind", "subject", "details"])
        .where("provider", "=", provider)
        .where("status", "=", "rejected")
        .execute()
    ).map((row) => proposalKey(row.kind, row.subject, row.details)),
  );

export const proposalKey = (kind: string, subject: string, details: string): string =>
  JSON.stringify([kind, subject, details]);

/** A re-run's proposals replace the open ones: what was accepted or rejected stays as history. */
export const replaceOpenProposals = async (
  db: Kysely<Schema>,
  provider: string,
  proposals: readonly { kind: string; subject: string; details: string }[],
  now: string,
): Promise<void> => {
  await db.deleteFrom("directory_proposals").where("status", "=", "open").execute();
  if (proposals.length === 0) return;
  await db
    .insertInto("directory_proposals")
    .values(proposals.map((p) => ({ ...p, provider, proposed_at: now })))
    .execute();
};

export const openProposals = async (db: Kysely<Schema>, kind?: string): Promise<StoredProposal[]> =>
  (
    await db
      .selectFrom("directory_proposals")
      .select(columns)
      .where("status", "=", "open")
      .$if(kind !== undefined, (q) => q.where("kind", "=", kind ?? ""))
      .orderBy("id")
      .execute()
  ).map(toProposal);

export const findProposal = async (
  db: Kysely<Schema>,
  id: number,
): Promise<(StoredProposal & { readonly provider: string }) | undefined> => {
  const row = await db
    .selectFrom("directory_proposals")
    .select([...columns, "provider"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row && { ...toProposal(row), provider: row.provider };
};

/** Marks an open proposal decided; false when it was no longer open (decided meanwhile). */
export const decideProposalRow = async (
  db: Kysely<Schema>,
  id: number,
  status: Exclude<ProposalStatus, "open">,
  userId: number | null,
  now: string,
): Promise<boolean> => {
  const result = await db
    .updateTable("directory_proposals")
    .set({ status, decided_at: now, decided_by: userId })
    .where("id", "=", id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};
