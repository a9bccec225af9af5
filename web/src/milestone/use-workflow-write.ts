import { useState } from "react";
import { ApiFailure } from "../api.js";

/** 409: someone else moved the milestone on since this page read it. */
const isStale = (failure: unknown): boolean =>
  failure instanceof ApiFailure && failure.body.error.status === 409;

/**
 * Runs one workflow write (acknowledge, report, complete, extend, answer).
 * After success, and after a 409 whose message stays on screen, `reload`
 * fetches the milestone again so the next attempt carries the new version.
 */
export const useWorkflowWrite = (reload: () => void) => {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await write();
      reload();
      return true;
    } catch (failure) {
      setError(failure);
      if (isStale(failure)) reload();
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
};
