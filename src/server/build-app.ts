import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { VERSION } from "../version.js";
import type { Database } from "../db/database.js";
import { registerAuthentication, SESSION_COOKIE } from "./authentication.js";
import { recordRefusal } from "../services/auth/record-refusal.js";
import { registerErrorHandling } from "./error-handler.js";
import { registerWebApp } from "./web-app.js";
import { genReqId } from "./request-id.js";
import { RequestLog } from "./logging.js";
import { registerMetrics } from "./routes/metrics.js";
import { rateLimited } from "./rate-limited.js";
import { auditRoutes } from "./routes/audit.js";
import { planSupervisionRoutes } from "./routes/plan-supervision.js";
import { reminderRoutes } from "./routes/reminders.js";
import { backupRoutes } from "./routes/backups.js";
import { directoryRoutes } from "./routes/directory.js";
import { workflowRoutes } from "./routes/workflow.js";
import { draftRoutes } from "./routes/drafts.js";
import { instructionRoutes } from "./routes/instructions.js";
import { distributionRoutes } from "./routes/distributions.js";
import { noticeRoutes } from "./routes/notices.js";
import { searchRoutes } from "./routes/search.js";
import { calendarRoutes } from "./routes/calendar.js";
import { calendarFeedRoutes } from "./routes/calendar-feeds.js";
import { linkRoutes } from "./routes/links.js";
import { exportRoutes } from "./routes/exports.js";
import { healthRoutes } from "./routes/health.js";
import { milestoneRoutes } from "./routes/milestones.js";
import { nextYearRoutes } from "./routes/next-year.js";
import { subPlanRoutes } from "./routes/sub-plans.js";
import { planRoutes } from "./routes/plans.js";
import { secondFactorRoutes } from "./routes/second-factor.js";
import { sessionRoutes } from "./routes/session.js";
import { oidcRoutes } from "./routes/oidc.js";
import { oidcMappingRoutes } from "./routes/oidc-mappings.js";
import { taskRoutes } from "./routes/tasks.js";
import { targetRoutes } from "./routes/targets.js";
import { tokenRoutes } from "./routes/tokens.js";
import { unitRoutes } from "./routes/units.js";
import { userRoutes } from "./routes/users.js";
import { officeClock, type OfficeClock } from "../services/office-clock.js";
import { DEFAULT_SERVER_SETTINGS, type ServerSettings } from "./server-settings.js";
import { DOCS_PREFIX, registerSecurityHeaders } from "./security-headers.js";

/**
 * The largest request body accepted: 1 MiB is far above any JSON the API
 * takes; table uploads will get their own, larger limit on their route.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface BuildAppOptions {
  readonly db: Database;
  /** Fastify's logger options; off unless given (tests pass a stream to read). */
  readonly logger?: FastifyServerOptions["logger"];
  readonly settings?: ServerSettings;
  /** The office's clock when the caller built it (startServer: in demo time); else the settings'. */
  readonly office?: OfficeClock;
}

/**
 * The HTTP application without a listening socket: routes, validation,
 * OpenAPI, error shape and headers. Tests drive it with `inject`.
 */
export const buildApp = async ({
  db,
  logger = false,
  settings = DEFAULT_SERVER_SETTINGS,
  office = officeClock(settings.timeZone, settings.clock),
}: BuildAppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger,
    trustProxy: settings.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId,
    // genReqId reads x-request-id itself, to validate it first.
    requestIdHeader: false,
    logController: new RequestLog(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerSecurityHeaders(app);
  registerErrorHandling(app, await registerWebApp(app), async (request, action, status) => {
    if (request.identity === null) return;
    await recordRefusal(
      db,
      request.identity.actor,
      {
        method: request.method,
        path: request.url.split("?")[0] ?? "",
        action,
        status,
        clientIp: request.ip,
      },
      office.now(),
    );
  });
  await app.register(fastifyCookie);
  // Per instance and per client address: a guard against floods, not a quota. Registered
  // even when that limit is off, for the link routes' own limits (createRateLimit).
  await app.register(fastifyRateLimit, {
    global: settings.rateLimitPerMinute > 0,
    max: settings.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => rateLimited(Math.ceil(context.ttl / 1000)),
  });
  registerAuthentication(app, db, settings, office);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Duban 督办 API",
        description: "Supervise key work tasks from the decomposition table as issued",
        version: VERSION,
      },
      components: {
        // Log in with POST /api/session, then give the returned csrfToken to "Authorize"
        // (the browser sends the cookie itself); or give an API token as the bearer.
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE },
          csrf: { type: "apiKey", in: "header", name: "X-CSRF-Token" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [], csrf: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    // Fills components.schemas with the schemas that carry an id (ApiError), which routes $ref.
    transformObject: jsonSchemaTransformObject,
  });
  // Assets come from the package itself; nothing is fetched from a CDN.
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });

  await app.register(healthRoutes(db));
  const deps = { db, settings, office };
  registerMetrics(app, deps);
  for (const routes of [
    sessionRoutes,
    secondFactorRoutes,
    oidcRoutes,
    oidcMappingRoutes,
    userRoutes,
    tokenRoutes,
    unitRoutes,
    planRoutes,
    nextYearRoutes,
    exportRoutes,
    taskRoutes,
    milestoneRoutes,
    subPlanRoutes,
    auditRoutes,
    calendarRoutes,
    calendarFeedRoutes,
    linkRoutes,
    workflowRoutes,
    draftRoutes,
    planSupervisionRoutes,
    reminderRoutes,
    instructionRoutes,
    distributionRoutes,
    noticeRoutes,
    targetRoutes,
    searchRoutes,
    backupRoutes,
    directoryRoutes,
  ]) {
    await app.register(routes(deps));
  }

  app.get("/api/openapi.json", { schema: { hide: true }, config: { public: true } }, () =>
    app.swagger(),
  );
  // Not made ready here: a caller (a test) may still add routes before the first request.
  return app;
};
