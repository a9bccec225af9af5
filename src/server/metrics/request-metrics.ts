import type { FastifyInstance, FastifyRequest } from "fastify";
import { Histogram, type Registry } from "prom-client";

export const METRICS_PATH = "/metrics";

/** From 5 ms to a minute: a page of a list takes milliseconds, an import or an export seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * The route a request is counted under: the API route's pattern (/api/plans/:id), never the
 * address asked, so the series stay as many as the routes whatever clients send. The web
 * app's files and pages are one route, as is every /api/ address with no route.
 */
export const routeLabel = (request: FastifyRequest): string => {
  const pattern = request.routeOptions.url;
  if (request.url.startsWith("/api/")) {
    return request.is404 || pattern === undefined ? "(no route)" : pattern;
  }
  return pattern === METRICS_PATH ? METRICS_PATH : "(web app)";
};

/** Each answered request's time, per route, method and status class (2xx, 4xx …). */
export const registerRequestMetrics = (app: FastifyInstance, registry: Registry): void => {
  const latency = new Histogram({
    name: "duban_http_request_duration_seconds",
    help: "Time from a request's arrival to its answer sent, per route pattern, method and status class",
    labelNames: ["route", "method", "status"],
    buckets: BUCKETS,
    registers: [registry],
  });
  app.addHook("onResponse", async (request, reply) => {
    latency.observe(
      {
        route: routeLabel(request),
        method: request.method,
        status: `${String(reply.statusCode).charAt(0)}xx`,
      },
      reply.elapsedTime / 1000,
    );
  });
};
