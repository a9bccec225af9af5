import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { backupOverview } from "../../services/backups/backup-overview.js";
import { backupPlanOf } from "../../services/backups/backup-plan.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, isoDay } from "../schemas/common.js";
import type { RouteDeps } from "./route-deps.js";

const counts = z.object({
  plans: z.number().int(),
  milestones: z.number().int(),
  reports: z.number().int().meta({ description: "progress reports (报送进展)" }),
});

const backupOverviewSchema = z.object({
  schedule: z.object({
    enabled: z.boolean().meta({
      description: "false with DUBAN_BACKUPS=0, or on PostgreSQL without DUBAN_BACKUP_DIR",
    }),
    hour: z.number().int().meta({ description: "office hour (0–23) of the nightly backup" }),
    keepDays: z.number().int().meta({ description: "days of nightly backups kept; 0 keeps all" }),
    directory: z.string().nullable(),
    timeZone: z.string(),
  }),
  runs: arrayOf(
    z.object({
      id: z.number().int(),
      trigger: z.enum(["scheduled", "manual"]),
      day: isoDay,
      host: z.string().meta({ description: "the instance (host:pid) that took it" }),
      startedAt: z.string(),
      finishedAt: z.string(),
      file: z.string(),
      bytes: z.number().int().nullable(),
      outcome: z.enum(["ok", "failed"]),
      error: z.string().nullable(),
      verification: z
        .object({
          outcome: z.enum(["ok", "failed"]),
          at: z.string(),
          error: z.string().nullable(),
          counts: counts.nullable().meta({ description: "what the restored copy held" }),
        })
        .nullable()
        .meta({ description: "null: not verified (manual backups are not)" }),
    }),
  ),
});

/** `/api/admin/backups`: the nightly backup's schedule and the last runs (administrators). */
export const backupRoutes =
  ({ db, settings }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/admin/backups",
      {
        schema: {
          summary: "The backup schedule and the last backup runs with their verification",
          tags: ["system"],
          response: {
            200: backupOverviewSchema,
            401: apiErrorSchema,
            403: apiErrorSchema,
          },
        },
      },
      async (request) =>
        backupOverview(db, actorOf(request), {
          ...backupPlanOf(settings.backups, db.config),
          timeZone: settings.timeZone,
        }),
    );
    return Promise.resolve();
  };
