import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { VERSION } from "../version.js";
import type { DeliveryFailure, DeliveryOptions } from "./channel.js";
import {
  DEFAULT_DESTINATIONS,
  describeRefusal,
  guardedLookup,
  inspectDestination,
  RefusedDestination,
} from "./destinations.js";
import { excerpt, failed } from "./results.js";

/** What came back from a POST: a response of any status, or no response at all. */
export type PostOutcome =
  | { readonly kind: "response"; readonly status: number; readonly body: string }
  | { readonly kind: "failed"; readonly failure: DeliveryFailure };

/** More than any robot answers; a receiver that sends more is cut off there. */
const MAX_REPLY_BYTES = 64 * 1024;

/** Node's network error codes in words, for the delivery log. */
const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "DNS lookup failed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
};

/** A short account of a failed connection: its code, never the URL (a robot's key is in it). */
const networkFailure = (error: unknown, timeoutMs: number): DeliveryFailure => {
  if (error instanceof RefusedDestination) return failed(false, error.message);
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return failed(true, `no answer within ${timeoutMs} ms`);
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // Connection refused or reset, DNS, TLS: the network, so worth another try.
  if (code === undefined) return failed(true, excerpt(String(error)));
  return failed(true, `${NETWORK_ERRORS[code] ?? "network error"} (${code})`);
};

/** The reply's first bytes as text; the rest is not read. */
const readReply = (response: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= MAX_REPLY_BYTES) {
        response.destroy();
        resolve(Buffer.concat(chunks).subarray(0, MAX_REPLY_BYTES).toString("utf8"));
      }
    });
    response.on("end", () => {
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    response.on("error", reject);
  });

/**
 * POSTs a JSON body under one deadline that covers connecting, sending and reading the
 * reply. The destination is checked first (DestinationPolicy) and the connection goes only
 * to an address that passed the check. Redirects are not followed: a robot that redirects
 * is misconfigured, and a redirect could lead where the check would refuse.
 */
export const postJson = async (
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  options: DeliveryOptions,
): Promise<PostOutcome> => {
  const policy = options.destinations ?? DEFAULT_DESTINATIONS;
  const inspected = inspectDestination(url, policy);
  if ("kind" in inspected) {
    return { kind: "failed", failure: failed(false, describeRefusal(inspected)) };
  }
  const send = inspected.url.protocol === "https:" ? httpsRequest : httpRequest;
  try {
    return await new Promise<PostOutcome>((resolve, reject) => {
      const request = send(
        inspected.url,
        {
          method: "POST",
          headers: {
            "content-type": "application/json; charset=utf-8",
            "user-agent": `duban/${VERSION}`,
            ...headers,
          },
          lookup: guardedLookup(policy),
          // A connection of its own: a pooled one was checked for another delivery.
          agent: false,
          signal: AbortSignal.timeout(options.timeoutMs),
        },
        (response) => {
          readReply(response).then((text) => {
            resolve({ kind: "response", status: response.statusCode ?? 0, body: text });
          }, reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  } catch (error) {
    return { kind: "failed", failure: networkFailure(error, options.timeoutMs) };
  }
};

/** HTTP statuses that say "later": rate limited, the server or a proxy in trouble, too slow. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || status >= 500;

export const isSuccessStatus = (status: number): boolean => status >= 200 && status < 300;
