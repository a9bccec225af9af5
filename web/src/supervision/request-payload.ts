import type { Schema } from "../api.js";

export type MilestoneRequest = Schema<"MilestoneRequest">;

/** What a request asks for; the API documents the payload as free-form, the services fill it so. */
export type RequestAsk =
  | {
      readonly kind: "completion";
      readonly completedOn: string;
      readonly text: string;
      readonly attachmentIds: readonly number[];
    }
  | { readonly kind: "extension"; readonly newDue: string; readonly reason: string };

const textAt = (payload: MilestoneRequest["payload"], key: string): string => {
  const value = payload[key];
  return typeof value === "string" ? value : "";
};

const idsAt = (payload: MilestoneRequest["payload"], key: string): number[] => {
  const value = payload[key];
  return Array.isArray(value) ? value.filter((id): id is number => typeof id === "number") : [];
};

export const askOf = (request: MilestoneRequest): RequestAsk =>
  request.kind === "completion"
    ? {
        kind: "completion",
        completedOn: textAt(request.payload, "completedOn"),
        text: textAt(request.payload, "text"),
        attachmentIds: idsAt(request.payload, "attachmentIds"),
      }
    : {
        kind: "extension",
        newDue: textAt(request.payload, "newDue"),
        reason: textAt(request.payload, "reason"),
      };
