import { useEffect, useState } from "react";
import type { Milestone } from "../api.js";
import { loadAllMilestones } from "../common/load-milestones.js";

interface Loaded {
  readonly milestones: readonly Milestone[] | undefined;
  readonly error: unknown;
}

/** Every milestone of the plan the viewer may see, with status as of `asOf`, in table order. */
export const usePlanMilestones = (planId: number, asOf: string): Loaded => {
  const [loaded, setLoaded] = useState<Loaded & { key: string }>({
    key: "",
    milestones: undefined,
    error: undefined,
  });
  const key = `${String(planId)}|${asOf}`;
  useEffect(() => {
    let live = true;
    loadAllMilestones(new URLSearchParams({ plan: String(planId), asOf })).then(
      (milestones) => {
        if (live) setLoaded({ key: `${String(planId)}|${asOf}`, milestones, error: undefined });
      },
      (error: unknown) => {
        if (live) setLoaded({ key: `${String(planId)}|${asOf}`, milestones: undefined, error });
      },
    );
    return () => {
      live = false;
    };
  }, [planId, asOf]);
  // Never another plan's milestones while this one's load.
  return loaded.key === key ? loaded : { milestones: undefined, error: undefined };
};
