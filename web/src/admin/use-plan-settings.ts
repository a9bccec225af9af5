import { useCallback } from "react";
import { api, type Answer, type Schema } from "../api.js";
import { useApi } from "../common/use-api.js";

export type PlanSettings = Schema<"PlanSettings">;
type StoredSettings = Answer<"/api/plans/{id}/settings", "get">;

/**
 * A plan's settings with the version they were read at: a save sends it
 * back, and the server refuses (409) a save over someone else's change.
 */
export const usePlanSettings = (planId: number) => {
  const path = `/api/plans/${String(planId)}/settings`;
  const loaded = useApi<StoredSettings>(path);
  const { data, reload } = loaded;
  const save = useCallback(
    async (change: (settings: PlanSettings) => PlanSettings) => {
      if (data === undefined) return;
      try {
        await api("PUT", path, { version: data.version, settings: change(data.settings) });
      } finally {
        // After a save the version moved on; after a conflict, someone else's values are shown.
        reload();
      }
    },
    [data, path, reload],
  );
  return { ...loaded, save };
};
