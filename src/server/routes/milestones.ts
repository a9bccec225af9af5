import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { getMilestone, listMilestones, MILESTONE_SORTS } from "../../services/milestones.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { idParams, isoDay, pageOf, pageQuery, statusList } from "../schemas/common.js";
import { milestoneDetailSchema, milestoneSchema } from "../schemas/content.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

/** `/api/milestones`: the 节点计划 the caller may see, filtered, sorted, paged, with status. */
export const milestoneRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/milestones",
      {
        schema: {
          summary: "Milestones with their status as of a day",
          tags: ["milestones"],
          querystring: z.object({
            plan: z.coerce.number().int().positive().optional(),
            task: z.coerce.number().int().positive().optional(),
            unit: z.coerce.number().int().positive().optional().meta({
              description: "A unit id: the milestones it leads (whole tasks included) or shares",
            }),
            role: z.enum(["lead", "cooperating"]).optional().meta({
              description: "With unit: only where it leads, or only where it cooperates",
            }),
            status: statusList.optional().meta({
              description: "Comma-separated: done, overdue, due_soon, in_progress, not_started",
            }),
            asOf: isoDay
              .optional()
              .meta({ description: "The day status is computed for; today by default" }),
            dueFrom: isoDay.optional(),
            dueTo: isoDay.optional(),
            q: z.string().trim().min(1).max(200).optional().meta({
              description:
                "Text in the milestone or its task, a responsible unit's name or alias, or a 序号 (204, 205（3）)",
            }),
            sort: z.enum(MILESTONE_SORTS).default("position").meta({
              description:
                "position (table order), due, status (worst light first), unit (责任单位, lead first, pinyin order); a leading - reverses",
            }),
            ...pageQuery,
          }),
          response: { 200: pageOf(milestoneSchema).extend({ asOf: z.string() }), ...errors },
        },
      },
      (request) => {
        const { plan, task, unit, role, status, asOf, dueFrom, dueTo, q, sort, page, pageSize } =
          request.query;
        return listMilestones(db, actorOf(request), {
          asOf: asOf ?? office.today(),
          sort,
          page,
          pageSize,
          ...(plan === undefined ? {} : { planId: plan }),
          ...(task === undefined ? {} : { taskId: task }),
          ...(unit === undefined ? {} : { unitId: unit }),
          ...(role === undefined ? {} : { role }),
          ...(status === undefined ? {} : { statuses: status }),
          ...(dueFrom === undefined ? {} : { dueFrom }),
          ...(dueTo === undefined ? {} : { dueTo }),
          ...(q === undefined ? {} : { text: q }),
        });
      },
    );

    app.get(
      "/api/milestones/:id",
      {
        schema: {
          summary: "One milestone with its status as of a day",
          tags: ["milestones"],
          params: idParams,
          querystring: z.object({ asOf: isoDay.optional() }),
          response: { 200: milestoneDetailSchema, ...errors },
        },
      },
      (request) =>
        getMilestone(db, actorOf(request), request.params.id, request.query.asOf ?? office.today()),
    );
    return Promise.resolve();
  };
