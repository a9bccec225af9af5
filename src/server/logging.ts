import {
  LogController,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from "fastify";
import type { LogLevel } from "../config/log-level.js";

/** Path parameters and query fields that carry a secret (a link's or a calendar feed's token). */
const SECRET_NAME = /token|secret|password|key/i;
const MASK = "***";

/**
 * The request's address as the log keeps it: a secret in the path (/api/link/:token) or in
 * the query is masked, so that the log, kept for months and read by more people than the
 * database, opens nothing.
 */
export const redactedUrl = (request: FastifyRequest): string => {
  const [path = "", query] = request.url.split("?", 2);
  const params = (request.params ?? {}) as Record<string, unknown>;
  const secrets = new Set(
    Object.entries(params)
      .filter(
        ([name, value]) => SECRET_NAME.test(name) && typeof value === "string" && value !== "",
      )
      .map(([, value]) => encodeURIComponent(value as string)),
  );
  const maskedPath = path
    .split("/")
    .map((segment) => (secrets.has(segment) ? MASK : segment))
    .join("/");
  if (query === undefined) return maskedPath;
  const fields = new URLSearchParams(query);
  for (const name of new Set(fields.keys())) {
    if (SECRET_NAME.test(name)) fields.set(name, MASK);
  }
  return `${maskedPath}?${fields.toString()}`;
};

/**
 * pino's options for every Duban process: JSON lines on stdout with an ISO time and the
 * level's name (what a person reading journald and a log shipper both want), and requests
 * shown without their secrets. Headers (cookies, Authorization) and bodies are never logged.
 */
export const loggerOptions = (
  level: LogLevel,
): Exclude<FastifyServerOptions["logger"], boolean | undefined> => ({
  level,
  timestamp: () => `,"time":"${new Date().toISOString()}"`,
  formatters: { level: (label: string) => ({ level: label }) },
  serializers: {
    req: (request: FastifyRequest) => ({
      method: request.method,
      url: redactedUrl(request),
      remoteAddress: request.ip,
    }),
  },
});

/**
 * One line per request, when its answer has gone: what was asked (without its secrets), the
 * status and how long it took, under the request's id (reqId, also sent back in
 * X-Request-Id). Fastify's own pair (one line on arrival, one on completion, which names no
 * route) doubled the log for nothing the first adds.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {
    // Logged once, completed (requestCompleted).
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      req: request,
      res: reply,
      responseTime: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, "request errored");
    else reply.log.info(line, "request completed");
  }
}
