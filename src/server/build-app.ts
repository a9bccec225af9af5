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
import { registerErrorHandling } from "./error-handler.js";
import { genReqId } from "./request-id.js";
import { healthRoutes } from "./routes/health.js";
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
}

/**
 * The HTTP application without a listening socket: routes, validation,
 * OpenAPI, error shape and headers. Tests drive it with `inject`.
 */
export const buildApp = async ({
  db,
  logger = false,
}: BuildAppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId,
    // genReqId reads x-request-id itself, to validate it first.
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerSecurityHeaders(app);
  registerErrorHandling(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Duban 督办 API",
        description: "Supervise key work tasks from the decomposition table as issued",
        version: VERSION,
      },
    },
    transform: jsonSchemaTransform,
    // Fills components.schemas with the schemas that carry an id (ApiError), which routes $ref.
    transformObject: jsonSchemaTransformObject,
  });
  // Assets come from the package itself; nothing is fetched from a CDN.
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });

  await app.register(healthRoutes(db));

  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());
  // Not made ready here: a caller (a test) may still add routes before the first request.
  return app;
};
