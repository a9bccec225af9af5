import { useCallback, useEffect, useState } from "react";
import type { Loaded } from "./use-api.js";

/**
 * Like useApi, for what takes more than one GET (every page of a list, a
 * list and a detail per item): runs `load` again whenever `key` changes or
 * reload() is called.
 */
export const useLoad = <T>(load: (() => Promise<T>) | null, key: string): Loaded<T> => {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({
    loading: load !== null,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (load === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => {
        if (current) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (current)
          setState({
            error: error instanceof Error ? error : new Error(String(error)),
            loading: false,
          });
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new function on every render; `key` says when it asks for something else.
  }, [key, generation]);
  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
};
