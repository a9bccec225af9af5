import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/database.js";
import { describeHealth } from "../../services/describe-health.js";
import { arrayOf, isoDay, roleSchema } from "../schemas/common.js";
import { apiErrorSchema } from "../api-error.js";

const healthSchema = z.object({
  /** "ok" whenever the database answered; a failure is the error shape instead. */
  status: z.literal("ok"),
  /** The Duban version, as in package.json. */
  version: z.string(),
  /** Which database this instance stores into. */
  database: z.enum(["sqlite", "postgres"]),
  /** Migration names; a pending one means this instance did not migrate (it always does at start). */
  migrations: z.object({ applied: arrayOf(z.string()), pending: arrayOf(z.string()) }),
  demo: z
    .object({
      asOf: isoDay.meta({
        description: "The demo's day when it was seeded; the server's clock runs on from it",
      }),
      accounts: arrayOf(z.object({ username: z.string(), unit: z.string(), role: roleSchema })),
    })
    .nullable()
    .meta({
      description:
        "The demo data this database holds, with its accounts (their shared password is in the README); null for real data",
    }),
});

/** `GET /api/health`: for load balancers and for people checking an upgrade. */
export const healthRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/health",
      {
        config: { public: true },
        schema: {
          summary: "Liveness, version and schema state",
          tags: ["system"],
          response: { 200: healthSchema, 500: apiErrorSchema },
        },
      },
      () => describeHealth(db),
    );
    return Promise.resolve();
  };
