import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StoredNotice } from "../../db/queries/notices.js";
import { issueNotice } from "../../services/notices/issue-notice.js";
import { listNotices, noticeFile, noticeRecord } from "../../services/notices/notices.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams } from "../schemas/common.js";
import { noticeSchema } from "../schemas/notices.js";
import { sendFile } from "../send-file.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

/** A notice as the API shows it, with where to download its document. */
const present = (notice: StoredNotice) => ({
  ...noticeRecord(notice),
  documentUrl: `/api/notices/${String(notice.id)}/document`,
});

/** Supervision notices (督办通知单): issued by the office for overdue milestones, downloaded as .docx. */
export const noticeRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.post(
      "/api/milestones/:id/notices",
      {
        schema: {
          summary: "The office issues a supervision notice (督办通知单) for an overdue milestone",
          description:
            "Takes the next number of the office's sequence for the year, records the notice in the milestone's history and the audit log. 409 when the milestone is not overdue today.",
          tags: ["notices"],
          params: idParams,
          body: z.strictObject({}).optional(),
          response: { 201: noticeSchema, ...errors },
        },
      },
      async (request, reply) => {
        const notice = await issueNotice(
          db,
          actorOf(request),
          { milestoneId: request.params.id },
          office.stepTime(),
        );
        return reply.status(201).send(present(notice));
      },
    );

    app.get(
      "/api/milestones/:id/notices",
      {
        schema: {
          summary: "The supervision notices issued for a milestone, oldest first",
          tags: ["notices"],
          params: idParams,
          response: { 200: z.object({ notices: arrayOf(noticeSchema) }), ...errors },
        },
      },
      async (request) => ({
        notices: (await listNotices(db, actorOf(request), request.params.id)).map(present),
      }),
    );

    app.get(
      "/api/notices/:id/document",
      {
        // No response schema: the answer is the .docx itself.
        schema: {
          summary: "A supervision notice as .docx (督办通知单〔2022〕第3号.docx)",
          tags: ["notices"],
          params: idParams,
        },
      },
      async (request, reply) =>
        sendFile(reply, await noticeFile(db, actorOf(request), request.params.id)),
    );

    return Promise.resolve();
  };
