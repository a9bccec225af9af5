import { VERSION } from "../version.js";
import type { DeliveryFailure, DeliveryOptions } from "./channel.js";
import { describeError, failed } from "./results.js";

/** What came back from a POST: a response of any status, or no response at all. */
export type PostOutcome =
  | { readonly kind: "response"; readonly status: number; readonly body: string }
  | { readonly kind: "failed"; readonly failure: DeliveryFailure };

/**
 * The URL as fetch will see it, or why it cannot work. Checked first, because fetch
 * reports a malformed URL as the same TypeError as a network failure, which would be
 * retried for ever. The message never repeats the URL: a robot's key is in it.
 */
const checkUrl = (raw: string): DeliveryFailure | undefined => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return failed(false, "the webhook URL is not a valid URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return failed(false, `the webhook URL must be http(s), not ${url.protocol}`);
  }
  return undefined;
};

/**
 * POSTs a JSON body with Node's fetch under one deadline (AbortSignal.timeout) that covers
 * connecting, sending and reading the reply. Redirects are not followed: fetch would turn
 * the POST into a GET, and a robot that redirects is misconfigured.
 */
export const postJson = async (
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  options: DeliveryOptions,
): Promise<PostOutcome> => {
  const invalid = checkUrl(url);
  if (invalid !== undefined) return { kind: "failed", failure: invalid };
  const fetchFn = options.fetch ?? globalThis.fetch;
  try {
    const response = await fetchFn(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "user-agent": `duban/${VERSION}`,
        ...headers,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    return { kind: "response", status: response.status, body: await response.text() };
  } catch (error) {
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
      return {
        kind: "failed",
        failure: failed(true, `no answer within ${options.timeoutMs} ms`),
      };
    }
    // Connection refused or reset, DNS, TLS: the network, so worth another try.
    return { kind: "failed", failure: failed(true, describeError(error)) };
  }
};

/** HTTP statuses that say "later": rate limited, the server or a proxy in trouble, too slow. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || status >= 500;

export const isSuccessStatus = (status: number): boolean => status >= 200 && status < 300;
