import { sameMeasure, type ExtractedTarget, type TextSpan } from "./target.js";

/** A text targets are read from: a task's title (milestoneId null) or a milestone's text. */
export interface TargetSource {
  readonly taskId: number;
  readonly milestoneId: number | null;
  readonly text: string;
}

/** A stored target as the reconciliation sees it. */
export interface StoredTargetWords {
  readonly id: number;
  readonly taskId: number;
  readonly milestoneId: number | null;
  /** The target as stored with the words it was read from; null for a target a supervisor added. */
  readonly reading: ExtractedTarget | null;
  /** An import's proposal nobody has confirmed, edited or dismissed (and so without actuals). */
  readonly untouched: boolean;
}

/** What an import does to a plan's targets. */
export interface ProposalChanges {
  /** New words: proposals to store. */
  readonly add: readonly (ExtractedTarget & { readonly source: TargetSource })[];
  /** Untouched proposals whose words are still there but read otherwise now, or at a new place. */
  readonly refresh: readonly { readonly id: number; readonly target: ExtractedTarget }[];
  /** Targets someone touched whose words moved in their text: only their span follows. */
  readonly move: readonly { readonly id: number; readonly span: TextSpan }[];
  /** Untouched proposals whose words are gone. */
  readonly drop: readonly number[];
}

const sourceKey = (taskId: number, milestoneId: number | null): string =>
  milestoneId === null ? `task:${String(taskId)}` : `milestone:${String(milestoneId)}`;

const sameSpan = (a: TextSpan, b: TextSpan): boolean =>
  a.start === b.start && a.end === b.end && a.text === b.text;

/** Whether a text reads the same target, at the same place, as is stored: then nothing is written. */
const sameReading = (a: ExtractedTarget, b: ExtractedTarget): boolean =>
  a.subject === b.subject &&
  a.unitOfMeasure === b.unitOfMeasure &&
  sameMeasure(a.measure, b.measure) &&
  a.baseline === b.baseline &&
  sameSpan(a.span, b.span);

/**
 * The rule of a revision: a target is its words in its task's or
 * milestone's text. Words still there keep their target (a proposal is read
 * again, one a supervisor touched keeps what the supervisor made of it);
 * new words are proposed; an untouched proposal whose words are gone goes.
 * A target someone confirmed, edited, dismissed or added is never dropped:
 * it is the office's decision, and actuals may hang on it. The same words
 * twice in one text pair in order. Only what differs is written: a revision
 * that leaves a text alone changes none of its targets.
 */
export const reconcileProposals = (
  stored: readonly StoredTargetWords[],
  extracted: readonly {
    readonly source: TargetSource;
    readonly targets: readonly ExtractedTarget[];
  }[],
): ProposalChanges => {
  const waiting = new Map<string, StoredTargetWords[]>();
  for (const target of stored) {
    if (target.reading === null) continue;
    const key = `${sourceKey(target.taskId, target.milestoneId)}\n${target.reading.span.text}`;
    waiting.set(key, [...(waiting.get(key) ?? []), target]);
  }
  const add: (ExtractedTarget & { source: TargetSource })[] = [];
  const refresh: { id: number; target: ExtractedTarget }[] = [];
  const move: { id: number; span: TextSpan }[] = [];
  for (const { source, targets } of extracted) {
    for (const target of targets) {
      const key = `${sourceKey(source.taskId, source.milestoneId)}\n${target.span.text}`;
      const match = waiting.get(key)?.shift();
      if (match === undefined) add.push({ ...target, source });
      else if (match.untouched) {
        if (match.reading === null || !sameReading(match.reading, target)) {
          refresh.push({ id: match.id, target });
        }
      } else if (match.reading === null || !sameSpan(match.reading.span, target.span)) {
        move.push({ id: match.id, span: target.span });
      }
    }
  }
  const drop = [...waiting.values()]
    .flat()
    .filter((t) => t.untouched)
    .map((t) => t.id);
  return { add, refresh, move, drop };
};
