/** The documented API, nothing else: the app is one more client of it. */
import type { components, paths } from "./api-schema.js";

/** A named schema of /api/openapi.json (`npm run api-types` regenerates them). */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

type Method = "get" | "post" | "put" | "patch" | "delete";
type JsonBody<Response> = Response extends { content: { "application/json": infer Body } }
  ? Body
  : never;

/** What `METHOD path` answers with `status` (200 unless named), as documented. */
export type Answer<Path extends keyof paths, M extends Method, Status extends number = 200> =
  NonNullable<paths[Path][M]> extends { responses: infer Responses }
    ? Status extends keyof Responses
      ? JsonBody<Responses[Status]>
      : never
    : never;

export type Session = Schema<"Session">;
export type PlanSummary = Schema<"PlanSummary">;
export type Milestone = Schema<"Milestone">;
export type ApiError = Schema<"ApiError">;

export class ApiFailure extends Error {
  constructor(readonly body: ApiError) {
    super(body.error.message.en);
  }
}

let csrfToken: string | null = null;

export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** The token every write made with the session cookie sends back (X-CSRF-Token). */
export const csrfHeader = (): string | null => csrfToken;

const writeListeners = new Set<() => void>();

/**
 * Calls `listener` after every write the app makes, except logging in and
 * out, e.g. to count again what waits for the user. Returns the unsubscribe.
 */
export const onWrite = (listener: () => void): (() => void) => {
  writeListeners.add(listener);
  return () => {
    writeListeners.delete(listener);
  };
};

/** Tells the write listeners that `METHOD path` succeeded. */
export const wrote = (method: string, path: string): void => {
  if (method === "GET" || path.startsWith("/api/session")) return;
  for (const listener of writeListeners) listener();
};

const send = async (method: string, path: string, init: RequestInit): Promise<Response> => {
  const headers = new Headers(init.headers);
  if (method !== "GET" && csrfToken !== null) headers.set("x-csrf-token", csrfToken);
  const response = await fetch(path, { ...init, method, headers, credentials: "same-origin" });
  if (response.ok) {
    wrote(method, path);
    return response;
  }
  const contentType = response.headers.get("content-type") ?? "";
  if (contentType.includes("json")) throw new ApiFailure((await response.json()) as ApiError);
  throw new Error(`${method} ${path}: HTTP ${String(response.status)}`);
};

export const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const response = await send(
    method,
    path,
    body === undefined
      ? {}
      : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
  );
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
};
