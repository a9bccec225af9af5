export interface TickLoop {
  /** Stops ticking and settles once the tick in progress, if any, has. */
  stop(): Promise<void>;
}

/**
 * Calls `tick` now and then every interval until stopped, skipping a tick
 * while the last one is still going (a run joined by the next would find the
 * same work due and do it twice); each result or failure is handed on, and
 * the next tick tries again.
 */
export const tickEvery = <T>(
  intervalMs: number,
  tick: () => Promise<T>,
  handle: { readonly done: (result: T) => void; readonly failed: (error: unknown) => void },
): TickLoop => {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const once = (): void => {
    if (busy) return;
    busy = true;
    running = tick()
      .then(handle.done, handle.failed)
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(once, intervalMs);
  timer.unref();
  once();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
};
