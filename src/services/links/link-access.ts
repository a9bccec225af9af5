import type { Database } from "../../db/database.js";
import {
  countLinkUse,
  findMilestoneLinkByHash,
  type MilestoneLinkRow,
} from "../../db/queries/milestone-links.js";
import { readLedger } from "../../db/queries/milestone-ledger.js";
import { deadlineText, dueDateOf, type Deadline } from "../../domain/deadline.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { linkStanding } from "../../domain/milestone-link.js";
import { linkActor } from "../../policies/actor.js";
import { digestSecret } from "../auth/secret-token.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "../workflow/clock.js";
import { uploadEvidence, type EvidenceLimits, type SpooledUpload } from "../workflow/evidence.js";
import { stillOpen } from "../workflow/milestone-abilities.js";
import {
  loadMilestoneContext,
  milestoneNotFound,
  type MilestoneContext,
} from "../workflow/milestone-context.js";
import { reportProgress } from "../workflow/report-progress.js";
import { linkExpired, noSuchLink } from "./link-errors.js";

/**
 * The live link a secret opens. Unknown and revoked give one answer (no
 * oracle for guessed secrets); an expired one says so, which tells only
 * its holder what they knew. The secret is looked up by its digest.
 */
export const liveLink = async (
  db: Database,
  token: string,
  now: Date,
): Promise<MilestoneLinkRow> => {
  const link = await findMilestoneLinkByHash(db.kysely, digestSecret(token));
  if (link === undefined) throw noSuchLink();
  const standing = linkStanding(link, now);
  if (standing === "revoked") throw noSuchLink();
  if (standing === "expired") throw linkExpired(link.expiresAt);
  return link;
};

/**
 * A milestone through a link, as its holder's unit stands to it now: one
 * the link does not name, one a revision removed, and one the unit no
 * longer works on are all "not found", whatever their id.
 */
const reach = async (
  db: Database,
  link: MilestoneLinkRow,
  milestoneId: number,
  holder: string | null,
): Promise<MilestoneContext> => {
  if (!link.milestones.some((m) => m.id === milestoneId)) throw milestoneNotFound(milestoneId);
  const actor = linkActor({ id: link.id, unitId: link.unitId, holder });
  const context = await loadMilestoneContext(db, actor, milestoneId);
  if (context.removedInRevision !== null) throw milestoneNotFound(milestoneId);
  return context;
};

/** Refuses early, before a request's files are read, what a submission would refuse anyway. */
export const requireLinkTo = async (
  db: Database,
  token: string,
  milestoneId: number,
  now: Date,
): Promise<void> => {
  await reach(db, await liveLink(db, token, now), milestoneId, null);
};

/** An input sent through the link, as its page lists it back. */
export interface LinkSubmission {
  readonly at: string;
  readonly holder: string;
  readonly text: string;
  readonly files: number;
}

/** What a link's holder sees of a milestone: its words, deadline and units, nothing else of the plan. */
export interface LinkMilestoneView {
  readonly id: number;
  readonly task: { readonly no: number | null; readonly title: string };
  readonly seq: number | null;
  readonly text: string;
  /** The deadline as the table wrote it ("" when none), and the day it fixes. */
  readonly deadline: string;
  readonly dueDate: IsoDate | null;
  readonly units: readonly {
    readonly unit: string;
    readonly role: "lead" | "cooperating" | "other";
    readonly roleLabel: string | null;
  }[];
  /** Whether input is still taken: not once the milestone is done. */
  readonly open: boolean;
  readonly submissions: readonly LinkSubmission[];
}

export interface LinkPageView {
  readonly unit: string;
  readonly contact: string | null;
  readonly expiresAt: string;
  readonly milestones: readonly LinkMilestoneView[];
}

const HOLDER = /^link:(\d+):(.*)$/s;

/** The inputs sent through this link on a milestone, oldest first. */
const submissionsThrough = async (
  db: Database,
  linkId: number,
  milestoneId: number,
): Promise<LinkSubmission[]> =>
  (await readLedger(db.kysely, [milestoneId], { kinds: ["input"] })).flatMap((stored) => {
    const match = HOLDER.exec(stored.actor);
    if (match?.[1] !== String(linkId) || stored.entry.kind !== "input") return [];
    return [
      {
        at: stored.at,
        holder: match[2] ?? "",
        text: stored.entry.text,
        files: stored.entry.attachmentIds.length,
      },
    ];
  });

const viewOf = async (
  db: Database,
  link: MilestoneLinkRow,
  context: MilestoneContext,
): Promise<LinkMilestoneView> => {
  const { row } = context;
  const deadline = JSON.parse(row.deadlineJson) as Deadline;
  return {
    id: row.id,
    task: { no: row.taskNo, title: row.taskTitle },
    seq: row.seq,
    text: row.text,
    deadline: deadlineText(deadline),
    dueDate: dueDateOf(deadline),
    units: context.units.map(({ unit, role, roleLabel }) => ({ unit, role, roleLabel })),
    open: stillOpen(context.state),
    submissions: await submissionsThrough(db, link.id, row.id),
  };
};

/**
 * What a link's page shows: the milestones it names that its unit still
 * works on, and what was sent through it. Each read is counted.
 */
export const openLink = async (db: Database, token: string, now: Date): Promise<LinkPageView> => {
  const link = await liveLink(db, token, now);
  const milestones: LinkMilestoneView[] = [];
  for (const { id } of link.milestones) {
    try {
      milestones.push(await viewOf(db, link, await reach(db, link, id, null)));
    } catch (error) {
      // A milestone the unit no longer works on drops out of the page, not the whole link.
      if (!(error instanceof DubanError && error.code === "milestone.not_found")) throw error;
    }
  }
  await countLinkUse(db.kysely, link.id, "read", now.toISOString());
  return { unit: link.unitName, contact: link.contact, expiresAt: link.expiresAt, milestones };
};

export interface LinkInput {
  readonly milestoneId: number;
  /** The holder's name as given; it names the submission in the history and the log. */
  readonly holder: string;
  readonly text: string;
  readonly files: readonly SpooledUpload[];
}

/** Tries of a submission that lost a race with another write: input does not depend on state. */
const TRIES = 3;

/**
 * The unit's input sent through a link: its files stored as evidence and
 * the input recorded by the workflow's own steps (uploadEvidence,
 * reportProgress), as the unit's staff would send it, under the holder's
 * name ("link:12:张三") in the ledger and the audit log. A link's holder
 * never makes the lead's progress report (the policies), so it is always
 * input for the lead to cite.
 */
export const submitLinkInput = async (
  db: Database,
  token: string,
  input: LinkInput,
  limits: EvidenceLimits,
  time: StepTime,
): Promise<{ readonly milestoneId: number; readonly at: string; readonly files: number }> => {
  const link = await liveLink(db, token, time.now);
  const actor = linkActor({ id: link.id, unitId: link.unitId, holder: input.holder });
  await reach(db, link, input.milestoneId, input.holder);
  const attachmentIds =
    input.files.length === 0
      ? []
      : (await uploadEvidence(db, actor, input.milestoneId, input.files, limits, time.now)).map(
          (a) => a.id,
        );
  for (let attempt = 1; ; attempt += 1) {
    const { state } = await loadMilestoneContext(db, actor, input.milestoneId);
    try {
      await reportProgress(
        db,
        actor,
        {
          milestoneId: input.milestoneId,
          version: state.version,
          text: input.text,
          percent: null,
          attachmentIds,
          cites: [],
        },
        time,
      );
      break;
    } catch (error) {
      if (!(error instanceof DubanError && error.code === "milestone.conflict")) throw error;
      if (attempt >= TRIES) throw error;
    }
  }
  const at = time.now.toISOString();
  await countLinkUse(db.kysely, link.id, "submission", at);
  return { milestoneId: input.milestoneId, at, files: attachmentIds.length };
};
