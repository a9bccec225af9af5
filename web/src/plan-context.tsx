import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Schema } from "./api.js";
import { useApi } from "./common/use-api.js";
import { useSession } from "./session.js";

export type PlanListItem = Schema<"PlanListItem">;

interface PlanState {
  /** The plans in use the viewer has a part in (archived ones are left out). */
  readonly plans: readonly PlanListItem[];
  /** null: the caller sees no plan yet. */
  readonly plan: PlanListItem | null;
  readonly choose: (planId: number) => void;
  /** After an import, an archive or a deletion: the list changed. */
  readonly reloadPlans: () => void;
}

const PlanContext = createContext<PlanState | null>(null);

/**
 * The plan with the most urgent work for the viewer: most overdue, then most
 * due soon; a master table before a slice, then the newest year (the list's order).
 */
export const mostUrgent = (plans: readonly PlanListItem[]): PlanListItem | null =>
  plans.reduce<PlanListItem | null>((best, plan) => {
    if (best === null) return plan;
    const rank = (p: PlanListItem) => [p.open.overdue, p.open.dueSoon, p.kind === "master" ? 1 : 0];
    const [a, b] = [rank(plan), rank(best)];
    const better = a.findIndex((value, i) => value !== b[i]);
    return better !== -1 && (a[better] ?? 0) > (b[better] ?? 0) ? plan : best;
  }, null);

/**
 * The plan every screen works on, chosen in the header. A choice is kept per
 * user in this browser; without one (or once its plan is gone) the header
 * opens on the plan with the most urgent work for the viewer.
 */
export const PlanProvider = ({ children }: { children: ReactNode }) => {
  const { session } = useSession();
  const storageKey = `duban.plan.${String(session.user?.id ?? session.actor.name)}`;
  const loaded = useApi<{ items: PlanListItem[] }>("/api/plans");
  const [chosen, setChosen] = useState<number | null>(() => {
    // A link a message carried (…/my-unit?plan=3) names the plan; else the one this user
    // kept here; else the one kept before choices were kept per user.
    const linked = Number(new URLSearchParams(window.location.search).get("plan"));
    const kept = Number(localStorage.getItem(storageKey));
    const shared = Number(localStorage.getItem("duban.plan"));
    return [linked, kept, shared].find((id) => Number.isInteger(id) && id > 0) ?? null;
  });
  useEffect(() => {
    if (chosen !== null) localStorage.setItem(storageKey, String(chosen));
  }, [chosen, storageKey]);
  const state = useMemo<PlanState>(() => {
    const plans = loaded.data?.items ?? [];
    return {
      plans,
      plan: plans.find((p) => p.id === chosen) ?? mostUrgent(plans),
      choose: setChosen,
      reloadPlans: loaded.reload,
    };
  }, [loaded.data, loaded.reload, chosen]);
  return <PlanContext.Provider value={state}>{children}</PlanContext.Provider>;
};

export const usePlan = (): PlanState => {
  const state = useContext(PlanContext);
  if (state === null) throw new Error("usePlan outside PlanProvider");
  return state;
};
