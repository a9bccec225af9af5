/** The documented API, nothing else: the app is one more client of it. */

export interface ApiError {
  readonly error: {
    readonly status: number;
    readonly code: string;
    readonly message: { readonly zh: string; readonly en: string };
    readonly field?: string;
  };
}

export class ApiFailure extends Error {
  constructor(readonly body: ApiError) {
    super(body.error.message.en);
  }
}

let csrfToken: string | null = null;

export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

export const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken !== null) headers["x-csrf-token"] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const json: unknown = await response.json();
  if (!response.ok) throw new ApiFailure(json as ApiError);
  return json as T;
};

export interface Session {
  readonly csrfToken: string | null;
  readonly actor: { readonly name: string; readonly role: string; readonly unitName: string };
  readonly user: { readonly username: string; readonly displayName: string } | null;
}

export interface PlanSummary {
  readonly id: number;
  readonly title: string;
  readonly year: number;
}

export interface Milestone {
  readonly id: number;
  readonly task: { readonly id: number; readonly no: number | null; readonly title: string };
  readonly seq: number | null;
  readonly text: string;
  readonly deadline: { readonly kind: string; readonly text?: string };
  readonly units: readonly { readonly unit: string; readonly role: string }[];
  readonly status: string;
  readonly light: "red" | "yellow" | "green";
  readonly due: string | null;
}
