import type { FastifyInstance } from "fastify";
import { Registry } from "prom-client";
import { METRIC_COLLECTORS } from "../metrics/collectors.js";
import { metricsRefusal } from "../metrics/metrics-access.js";
import { processRegistry } from "../metrics/process-metrics.js";
import { METRICS_PATH, registerRequestMetrics } from "../metrics/request-metrics.js";
import type { RouteDeps } from "./route-deps.js";

/**
 * `GET /metrics`, Prometheus's text format: this process's series and the app's (requests
 * timed per route, then each collector's). From this machine, or with DUBAN_METRICS_TOKEN
 * from anywhere (metrics-access.ts); off with DUBAN_METRICS=0, when it is no route at all.
 * Outside the API: no session, not in the OpenAPI document, not rate-limited (a scraper
 * behind a busy proxy shares its address with every user). On the root instance, not as a
 * plugin: the timing hook must see every route.
 */
export const registerMetrics = (app: FastifyInstance, deps: RouteDeps): void => {
  if (!deps.settings.metrics.enabled) return;
  const registry = new Registry();
  registerRequestMetrics(app, registry);
  for (const collect of METRIC_COLLECTORS) collect(registry, deps);
  app.get(
    METRICS_PATH,
    {
      schema: { hide: true },
      config: { ownCredentials: true, rateLimit: false },
      onRequest: (request, _reply, done) => {
        done(metricsRefusal(request, deps.settings.metrics) ?? undefined);
      },
    },
    async (_request, reply) => {
      const text = (await processRegistry().metrics()) + (await registry.metrics());
      return reply.type(registry.contentType).send(text);
    },
  );
};
