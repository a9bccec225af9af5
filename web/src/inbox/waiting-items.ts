import type { Answer, Session } from "../api.js";
import { isOffice } from "../session.js";
import { TERMS } from "../glossary.js";
import type { Text } from "../i18n.js";

export type InboxCounts = Answer<"/api/session/waiting", "get">;
export type WaitingKind = keyof InboxCounts;

export interface WaitingItem {
  readonly kind: WaitingKind;
  readonly label: Text;
  /** The screen where it is done. */
  readonly path: string;
}

const waitingTo = (zh: string, en: string): Text => ({
  zh: `待${zh}`,
  en: `To ${en.toLowerCase()}`,
});

/** What the bell lists, in the order a day's work takes; the server counts each. */
export const WAITING_ITEMS: readonly WaitingItem[] = [
  {
    kind: "acknowledge",
    label: waitingTo(TERMS.acknowledge.zh, TERMS.acknowledge.en),
    path: "/my-unit",
  },
  { kind: "report", label: { zh: "待报送进展", en: "Progress to report" }, path: "/my-unit" },
  {
    kind: "answer",
    label: {
      zh: `${TERMS.awaitingAnswer.zh}${TERMS.instruction.zh}`,
      en: "Instructions to answer",
    },
    path: "/instructions",
  },
  { kind: "review", label: waitingTo(TERMS.review.zh, TERMS.review.en), path: "/review" },
  {
    kind: "decide",
    label: { zh: `待审批${TERMS.extensionRequest.zh}`, en: "Extension requests to decide" },
    path: "/review",
  },
  { kind: "confirm", label: { zh: "待确认草稿", en: "Drafts to confirm" }, path: "/my-unit" },
];

/**
 * The counts a role's work has: the office reviews and decides; a unit does
 * the rest, and its leader also confirms the staff's drafts.
 */
export const waitingKindsFor = (session: Session): readonly WaitingKind[] => {
  if (isOffice(session)) return ["review", "decide"];
  const unitWork: WaitingKind[] = ["acknowledge", "report", "answer"];
  return session.actor.role === "unit_leader" ? [...unitWork, "confirm"] : unitWork;
};

export const totalOf = (counts: InboxCounts, kinds: readonly WaitingKind[]): number =>
  kinds.reduce((sum, kind) => sum + counts[kind], 0);
