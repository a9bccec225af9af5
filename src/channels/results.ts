import type { DeliveryFailure, DeliverySuccess } from "./channel.js";

export const delivered = (detail: string): DeliverySuccess => ({ ok: true, detail });

export const failed = (retryable: boolean, error: string): DeliveryFailure => ({
  ok: false,
  retryable,
  error,
});

/** An error's message and, for Node's network errors, the code underneath ("fetch failed"). */
export const describeError = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const code =
    typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string"
      ? cause.code
      : undefined;
  return code === undefined ? error.message : `${error.message} (${code})`;
};

/** At most `max` characters of a receiver's answer, for an error message. */
export const excerpt = (text: string, max = 200): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
};
