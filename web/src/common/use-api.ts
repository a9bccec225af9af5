import { api } from "../api.js";
import { useLoad } from "./use-load.js";

export interface Loaded<T> {
  readonly data: T | undefined;
  /** An ApiFailure with the server's message, or the network's error. */
  readonly error: Error | undefined;
  readonly loading: boolean;
  /** Fetches again, e.g. after a write changed what the path answers. */
  readonly reload: () => void;
}

/** GETs `path` (null: nothing yet) and again whenever the path changes or reload() is called. */
export const useApi = <T>(path: string | null): Loaded<T> =>
  useLoad(path === null ? null : () => api<T>("GET", path), path ?? "");
