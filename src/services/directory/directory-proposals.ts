import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import { linkSubject } from "../../db/queries/external-identities.js";
import { directoryLinks, moveDirectoryLink } from "../../db/queries/directory-identities.js";
import {
  decideProposalRow,
  findProposal,
  openProposals,
  proposalKey,
  rejectedKeys,
  replaceOpenProposals,
  type StoredProposal,
} from "../../db/queries/directory-proposals.js";
import { findUnitByName, findUnitIds } from "../../db/queries/units.js";
import { listUsers } from "../../db/queries/users.js";
import { writeTransaction } from "../../db/write-transaction.js";
import {
  proposeFromDirectory,
  type Proposal,
  type ProposalKind,
} from "../../domain/directory-sync.js";
import { message } from "../../domain/message.js";
import { normalizeUnitName } from "../../domain/unit-list.js";
import { accountOf, type Actor } from "../../policies/actor.js";
import { newSecret } from "../auth/secret-token.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import { createUnit } from "../units.js";
import { createUser, updateUserAccount } from "../users.js";
import { currentDirectory, type DirectoryConfig } from "./directory-config.js";
import { directoryNotConfigured, directoryUnreachable } from "./directory-errors.js";
import { DirectoryUnreachable, readDirectory } from "./ldap-directory.js";

export type { StoredProposal };

/** The directory in force, or a refusal saying none is configured. */
export const requireDirectory = async (
  db: Database,
  fromEnv: DirectoryConfig | undefined,
): Promise<DirectoryConfig> => {
  const directory = await currentDirectory(db, fromEnv);
  if (directory === undefined) throw directoryNotConfigured();
  return directory;
};

/**
 * Reads the directory and stores what it proposes in place of the open
 * proposals; changes no unit, user or link. A proposal rejected before is
 * not made again while the directory still says the same.
 */
export const syncDirectory = async (
  db: Database,
  actor: Actor,
  fromEnv: DirectoryConfig | undefined,
  now: Date,
): Promise<StoredProposal[]> => {
  authorize(actor, { action: "user.manage" });
  const directory = await requireDirectory(db, fromEnv);
  let reading;
  try {
    reading = await readDirectory(directory);
  } catch (error) {
    if (error instanceof DirectoryUnreachable) throw directoryUnreachable(error.reason);
    throw error;
  }
  const unitNames = reading.units.map((unit) => unit.name);
  const known = await findUnitIds(db.kysely, unitNames);
  const proposals = proposeFromDirectory(reading, {
    hasUnit: (name) => known.has(normalizeUnitName(name)),
    users: await listUsers(db.kysely),
    links: await directoryLinks(db.kysely, directory.url),
  });
  await writeTransaction(db, async (trx) => {
    const rejected = await rejectedKeys(trx, directory.url);
    const rows = proposals
      .map((p) => ({ kind: p.kind, subject: p.subject, details: JSON.stringify(p.details) }))
      .filter((row) => !rejected.has(proposalKey(row.kind, row.subject, row.details)));
    await replaceOpenProposals(trx, directory.url, rows, now.toISOString());
  });
  return openProposals(db.kysely);
};

export const listProposals = (db: Database, actor: Actor): Promise<StoredProposal[]> => {
  authorize(actor, { action: "user.manage" });
  return openProposals(db.kysely);
};

const proposalNotFound = (id: number): DubanError =>
  new DubanError(
    "directory.proposal_not_found",
    message(`没有待处理的目录同步建议 ${id}`, `There is no open directory proposal ${id}`),
    { field: "id" },
  );

/** The unit a user proposal or a move names, which an earlier proposal may still have to create. */
const unitNamed = async (db: Database, name: string): Promise<number> => {
  const unit = await findUnitByName(db.kysely, name);
  if (unit !== undefined) return unit.id;
  throw new DubanError(
    "directory.proposal_blocked",
    message(
      `单位「${name}」尚不存在：请先接受新建该单位的建议，或在“单位”中新建或加别名`,
      `The unit "${name}" does not exist yet: accept the proposal that creates it first, or create it (or an alias) under Units`,
    ),
  );
};

/** Writes what an accepted proposal says, through the same use cases an administrator's edits go. */
const apply = async (
  db: Database,
  actor: Actor,
  provider: string,
  proposal: Proposal,
  now: Date,
): Promise<void> => {
  const stamp = now.toISOString();
  switch (proposal.kind) {
    case "unit":
      if ((await findUnitByName(db.kysely, proposal.details.name)) === undefined) {
        await createUnit(db, actor, { name: proposal.details.name, kind: "unit" }, now);
      }
      return;
    case "user": {
      const unitId = await unitNamed(db, proposal.details.unitName);
      // The lowest role, and a password nobody knows: they sign in through the directory.
      const user = await createUser(
        db,
        actor,
        {
          username: proposal.details.username,
          displayName: proposal.details.displayName,
          unitId,
          role: "unit_staff",
          password: newSecret(),
        },
        now,
      );
      await linkSubject(
        db.kysely,
        { method: "ldap", provider, subject: proposal.subject },
        user.id,
        stamp,
        null,
      );
      return;
    }
    case "link":
      await linkSubject(
        db.kysely,
        { method: "ldap", provider, subject: proposal.subject },
        proposal.details.userId,
        stamp,
        null,
      );
      return;
    case "move": {
      const unitId = await unitNamed(db, proposal.details.unitName);
      await updateUserAccount(db, actor, proposal.details.userId, { unitId }, now);
      await moveDirectoryLink(
        db.kysely,
        provider,
        proposal.details.previousSubject,
        proposal.subject,
      );
      return;
    }
    case "disable":
      await updateUserAccount(db, actor, proposal.details.userId, { disabled: true }, now);
      return;
  }
};

export type Decision = "accept" | "reject";

/**
 * An administrator accepts or rejects one proposal. Accepting writes it
 * (a unit, a user with the lowest role, a link, a move, a disable; never a
 * role) and both are audited with what the proposal said.
 */
export const decideProposal = async (
  db: Database,
  actor: Actor,
  id: number,
  decision: Decision,
  now: Date,
): Promise<void> => {
  authorize(actor, { action: "user.manage" });
  const stored = await findProposal(db.kysely, id);
  if (stored?.status !== "open") throw proposalNotFound(id);
  const proposal = {
    kind: stored.kind,
    subject: stored.subject,
    details: stored.details,
  } as Proposal;
  if (decision === "accept") await apply(db, actor, stored.provider, proposal, now);
  await writeTransaction(db, async (trx) => {
    const stamp = now.toISOString();
    const status = decision === "accept" ? "accepted" : "rejected";
    if (!(await decideProposalRow(trx, id, status, accountOf(actor), stamp))) {
      throw proposalNotFound(id);
    }
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action:
          decision === "accept" ? "directory.proposal_accepted" : "directory.proposal_rejected",
        objectType: "directory_proposal",
        objectId: id,
        after: { kind: stored.kind, subject: stored.subject, details: stored.details },
      },
      stamp,
    );
  });
};

/** The outcome of deciding every open proposal of a kind: those that could not be, and why. */
export interface BulkDecision {
  readonly decided: number;
  readonly failed: readonly { readonly id: number; readonly error: DubanError }[];
}

/** Accepts or rejects every open proposal of a kind, one by one; one that fails leaves the rest. */
export const decideAllOfKind = async (
  db: Database,
  actor: Actor,
  kind: ProposalKind,
  decision: Decision,
  now: Date,
): Promise<BulkDecision> => {
  authorize(actor, { action: "user.manage" });
  let decided = 0;
  const failed: { id: number; error: DubanError }[] = [];
  for (const proposal of await openProposals(db.kysely, kind)) {
    try {
      await decideProposal(db, actor, proposal.id, decision, now);
      decided += 1;
    } catch (error) {
      if (!(error instanceof DubanError)) throw error;
      failed.push({ id: proposal.id, error });
    }
  }
  return { decided, failed };
};
