import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** What a proxy may hand us as an id: short and plain, so it cannot forge log lines. */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Keeps the id a proxy or client sent in x-request-id, so one request can be
 * followed across systems; anything else gets a fresh UUID.
 */
export const genReqId = (request: IncomingMessage): string => {
  const sent = request.headers["x-request-id"];
  return typeof sent === "string" && ACCEPTED_ID.test(sent) ? sent : randomUUID();
};
