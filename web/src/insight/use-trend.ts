import { useEffect, useState } from "react";
import { api, type Schema } from "../api.js";
import type { SignalCounts } from "../common/signal.js";

type PlanStatus = Schema<"PlanStatus">;

/** The lights (and done) on a day, as the plan's roll-up counted them that day. */
export interface TrendPoint {
  readonly day: string;
  readonly signals: SignalCounts;
}

const signalsOf = (status: PlanStatus): SignalCounts => ({
  ...status.lights,
  done: status.counts.done,
});

/** A year and a half of month ends is as far back as the chart reads well. */
const MAX_MONTH_ENDS = 18;

/** The last day of each month from `from`'s month up to the month before `to`'s, ISO days. */
export const monthEndsBetween = (from: string, to: string): string[] => {
  const ends: string[] = [];
  const [year = 0, month = 1] = from.split("-").map(Number);
  for (let index = 0; ; index += 1) {
    // Day 0 of the next month is the last day of this one; UTC keeps it a plain date.
    const end = new Date(Date.UTC(year, month + index, 0)).toISOString().slice(0, 10);
    if (end >= to) return ends.slice(-MAX_MONTH_ENDS);
    ends.push(end);
  }
};

/**
 * Counts at past month ends hardly change, so each is asked once per viewer,
 * plan and day while the app is open; moving the as-of day asks only for the
 * month ends not seen yet.
 */
const cache = new Map<string, Promise<SignalCounts>>();

const countsOn = (viewer: string, planId: number, day: string): Promise<SignalCounts> => {
  const key = `${viewer}|${String(planId)}|${day}`;
  let counts = cache.get(key);
  if (counts === undefined) {
    counts = api<PlanStatus>(
      "GET",
      `/api/plans/${String(planId)}/status?asOf=${day}&milestones=none&tasks=none`,
    ).then(signalsOf);
    // A failure is not kept: the next visit asks again.
    counts.catch(() => cache.delete(key));
    cache.set(key, counts);
  }
  return counts;
};

/**
 * Lights at each month end from the plan's start, then on the as-of
 * day itself (from the status already loaded): one call per month end, in
 * parallel.
 */
export const useTrend = (
  viewer: string,
  planId: number,
  planStart: string,
  current: PlanStatus | undefined,
): { points: readonly TrendPoint[]; error: Error | undefined } => {
  // Which plan and day the month ends were loaded for, so a switch never mixes two plans.
  const [past, setPast] = useState<{ key: string; points: TrendPoint[] } | null>(null);
  const [error, setError] = useState<Error>();
  const asOf = current?.asOf;
  useEffect(() => {
    if (asOf === undefined) return;
    let live = true;
    const days = monthEndsBetween(planStart, asOf);
    Promise.all(days.map((day) => countsOn(viewer, planId, day))).then(
      (counts) => {
        if (!live) return;
        setPast({
          key: `${String(planId)}|${asOf}`,
          points: counts.map((signals, index) => ({ day: days[index] ?? "", signals })),
        });
        setError(undefined);
      },
      (failure: unknown) => {
        if (live) setError(failure instanceof Error ? failure : new Error(String(failure)));
      },
    );
    return () => {
      live = false;
    };
  }, [viewer, planId, planStart, asOf]);
  if (current === undefined || past?.key !== `${String(current.planId)}|${current.asOf}`)
    return { points: [], error };
  return { points: [...past.points, { day: current.asOf, signals: signalsOf(current) }], error };
};
