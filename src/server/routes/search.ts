import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { search } from "../../services/search.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { searchQuery, searchResultsSchema } from "../schemas/search.js";
import type { RouteDeps } from "./route-deps.js";

/** Search over everything the caller may see (the header's search box). */
export const searchRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/search",
      {
        schema: {
          summary:
            "Find tasks (by 序号 too), milestones, units, reports, review comments, instructions, " +
            "answers and evidence file names, ranked, with a total per kind",
          tags: ["search"],
          querystring: searchQuery,
          response: {
            200: searchResultsSchema,
            400: apiErrorSchema,
            401: apiErrorSchema,
            404: apiErrorSchema,
          },
        },
      },
      (request) => {
        const { q, plan, unit, from, to, kind, limit, archived } = request.query;
        return search(
          db,
          actorOf(request),
          {
            q,
            limit,
            ...(plan === undefined ? {} : { planId: plan }),
            ...(unit === undefined ? {} : { unitId: unit }),
            ...(from === undefined ? {} : { from }),
            ...(to === undefined ? {} : { to }),
            ...(kind === undefined ? {} : { kind }),
            ...(archived === undefined ? {} : { withArchived: archived }),
          },
          office.timeZone,
        );
      },
    );
    return Promise.resolve();
  };
