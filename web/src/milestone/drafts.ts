import { api, type Schema } from "../api.js";

export type ListedDraft = Schema<"ListedRequestDraft">;

/** The payload a draft carries, as the forms send it. */
export type DraftPayload =
  | {
      readonly kind: "completion";
      readonly completedOn: string;
      readonly text: string;
      readonly attachmentIds: readonly number[];
    }
  | { readonly kind: "extension"; readonly newDue: string; readonly reason: string };

/** Writes a staff draft: a new one on the milestone, or the open one edited and resubmitted. */
export const sendDraft = (
  milestoneId: number,
  open: ListedDraft | undefined,
  payload: DraftPayload,
): Promise<unknown> =>
  open === undefined
    ? api("POST", `/api/milestones/${String(milestoneId)}/drafts`, payload)
    : api("PUT", `/api/drafts/${String(open.id)}`, { version: open.version, payload });

export const payloadText = (draft: ListedDraft, key: string): string => {
  const value = draft.payload[key];
  return typeof value === "string" ? value : "";
};

export const payloadIds = (draft: ListedDraft | undefined): number[] => {
  const value = draft?.payload.attachmentIds;
  return Array.isArray(value) ? value.filter((id): id is number => typeof id === "number") : [];
};
