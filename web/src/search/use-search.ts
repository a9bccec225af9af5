import { useEffect, useRef, useState } from "react";
import { searchGrouped, type GroupedResults } from "./search-groups.js";

/** Typing pauses this long before the box asks: one request per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 200;

export interface SearchState {
  /** The results of the latest query answered; null before any, or once the box is empty. */
  readonly results: GroupedResults | null;
  /** What those results are for (trimmed). */
  readonly answered: string;
  readonly loading: boolean;
  readonly error: Error | undefined;
}

const IDLE: SearchState = { results: null, answered: "", loading: false, error: undefined };

/**
 * Results as you type: each query waits out the debounce, and an answer
 * that arrives after a newer query was asked is dropped, so a slow request
 * for "培" never overwrites the answer for "培训".
 */
export const useSearch = (text: string, planId: number | null): SearchState => {
  const [state, setState] = useState<SearchState>(IDLE);
  const asked = useRef(0);
  const q = text.trim();
  useEffect(() => {
    const ticket = ++asked.current;
    if (q === "") {
      setState(IDLE);
      return;
    }
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(() => {
      searchGrouped(q, planId).then(
        (results) => {
          if (ticket === asked.current)
            setState({ results, answered: q, loading: false, error: undefined });
        },
        (failure: unknown) => {
          if (ticket === asked.current)
            setState({
              results: null,
              answered: q,
              loading: false,
              error: failure instanceof Error ? failure : new Error(String(failure)),
            });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [q, planId]);
  return state;
};
