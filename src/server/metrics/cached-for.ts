/**
 * `load`, called at most once per `ms`: callers within that time share its answer (or its
 * promise while it runs). A failure is not kept, so the next call tries again.
 */
export const cachedFor = <T>(
  ms: number,
  load: () => Promise<T>,
  now: () => number = Date.now,
): (() => Promise<T>) => {
  let held: { readonly at: number; readonly value: Promise<T> } | undefined;
  return () => {
    const at = now();
    if (held === undefined || at - held.at >= ms) {
      const value = load();
      held = { at, value };
      value.catch(() => {
        if (held?.value === value) held = undefined;
      });
    }
    return held.value;
  };
};
