import { ADMIN_PASSWORD } from "./soak-server.js";

/**
 * A small HTTP client for the runs: a session (cookie and CSRF token) or an
 * API token, and calls that either must succeed or report what they got.
 */

export interface Credentials {
  readonly headers: Readonly<Record<string, string>>;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    what: string,
    body: string,
  ) {
    super(`${what} answered ${status}: ${body.slice(0, 500)}`);
  }
}

export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** Any answer, parsed when it is JSON; throws only when no answer came (connection refused or reset). */
export const request = async (
  base: string,
  path: string,
  who: Credentials | null,
  init: { method?: string; body?: unknown; contentType?: string; signal?: AbortSignal } = {},
): Promise<Answer> => {
  const headers: Record<string, string> = { ...(who?.headers ?? {}) };
  let body: Uint8Array | string | undefined;
  if (init.body instanceof Uint8Array) {
    headers["content-type"] = init.contentType ?? "application/octet-stream";
    body = init.body;
  } else if (init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  const response = await fetch(base + path, {
    method: init.method ?? "GET",
    headers,
    ...(body === undefined ? {} : { body }),
    ...(init.signal === undefined ? {} : { signal: init.signal }),
  });
  const text = await response.text();
  const json = (response.headers.get("content-type") ?? "").includes("json");
  return {
    status: response.status,
    body: json && text !== "" ? (JSON.parse(text) as unknown) : text,
  };
};

/** A call that must answer one of `expected`; its parsed body. */
export const call = async <T>(
  base: string,
  path: string,
  who: Credentials | null,
  init: Parameters<typeof request>[3] = {},
  expected: readonly number[] = [200, 201],
): Promise<T> => {
  const answer = await request(base, path, who, init);
  if (!expected.includes(answer.status)) {
    throw new ApiFailure(
      answer.status,
      `${init.method ?? "GET"} ${path}`,
      JSON.stringify(answer.body),
    );
  }
  return answer.body as T;
};

/** Logs in with a password; the session cookie and CSRF token as headers. */
export const login = async (
  base: string,
  username = "admin",
  password = ADMIN_PASSWORD,
): Promise<Credentials> => {
  const response = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) {
    throw new ApiFailure(response.status, `login as ${username}`, await response.text());
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .find((pair) => pair.startsWith("duban_session="));
  if (cookie === undefined) throw new Error("logging in set no duban_session cookie");
  return { headers: { cookie, "x-csrf-token": csrfToken } };
};

/** A unit_staff API token of the unit, issued by the administrator. */
export const unitToken = async (
  base: string,
  admin: Credentials,
  unitId: number,
): Promise<Credentials> => {
  const { token } = await call<{ token: string }>(base, "/api/tokens", admin, {
    method: "POST",
    body: { name: `soak ${unitId}`, unitId, role: "unit_staff" },
  });
  return { headers: { authorization: `Bearer ${token}` } };
};

export const unitIds = async (base: string, admin: Credentials): Promise<Map<string, number>> => {
  const { items } = await call<{ items: { id: number; name: string }[] }>(
    base,
    "/api/units",
    admin,
  );
  return new Map(items.map((u) => [u.name, u.id]));
};
