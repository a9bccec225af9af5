import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { getTaskFocus, setMilestoneFocus, setTaskFocus } from "../../services/focus.js";
import {
  closeInstruction,
  getInstruction,
  issueInstruction,
  listInstructions,
  respondToInstruction,
} from "../../services/instructions.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams, isoDay, queryFlag } from "../schemas/common.js";
import { workflowStateSchema } from "../schemas/content.js";
import {
  instructionSchema,
  targetQuery,
  targetTypeSchema,
  taskFocusSchema,
} from "../schemas/instructions.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

const text = z.string().trim().min(1).max(10_000);

/** Leaders' instructions (领导批示) and focus (重点关注) on tasks and milestones. */
export const instructionRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.post(
      "/api/instructions",
      {
        schema: {
          summary: "The office enters a leader's instruction on a task or milestone",
          tags: ["instructions"],
          body: z.object({
            targetType: targetTypeSchema,
            targetId: z.number().int().positive(),
            text,
            issuedBy: z
              .string()
              .trim()
              .min(1)
              .max(200)
              .meta({ description: "The leader as written, e.g. 市长 张三" }),
            responseDue: isoDay.nullable().default(null).meta({
              description: "By when the responsible units are to answer",
            }),
          }),
          response: { 201: instructionSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { targetType, targetId, ...rest } = request.body;
        const issued = await issueInstruction(
          db,
          actorOf(request),
          { target: { type: targetType, id: targetId }, ...rest },
          office.stepTime(),
        );
        return reply.status(201).send(issued);
      },
    );

    app.get(
      "/api/instructions",
      {
        schema: {
          summary: "Instructions the caller may see: of a plan, on a target, or awaiting an answer",
          tags: ["instructions"],
          querystring: z.object({
            plan: z.coerce.number().int().positive().optional(),
            target: targetQuery.optional(),
            awaiting: queryFlag.optional().meta({
              description:
                "Open ones not answered yet: by the caller's unit, or (the office) by any unit",
            }),
          }),
          response: { 200: z.object({ items: arrayOf(instructionSchema) }), ...errors },
        },
      },
      async (request) => {
        const { plan, target, awaiting } = request.query;
        return {
          items: await listInstructions(db, actorOf(request), {
            ...(plan === undefined ? {} : { planId: plan }),
            ...(target === undefined ? {} : { target }),
            ...(awaiting === undefined ? {} : { awaiting }),
          }),
        };
      },
    );

    app.get(
      "/api/instructions/:id",
      {
        schema: {
          summary: "One instruction with the units' responses",
          tags: ["instructions"],
          params: idParams,
          response: { 200: instructionSchema, ...errors },
        },
      },
      (request) => getInstruction(db, actorOf(request), request.params.id),
    );

    app.post(
      "/api/instructions/:id/responses",
      {
        schema: {
          summary: "A responsible unit answers the instruction",
          tags: ["instructions"],
          params: idParams,
          body: z.object({ text }),
          response: { 201: instructionSchema, ...errors },
        },
      },
      async (request, reply) => {
        const answered = await respondToInstruction(
          db,
          actorOf(request),
          { instructionId: request.params.id, text: request.body.text },
          office.stepTime(),
        );
        return reply.status(201).send(answered);
      },
    );

    app.post(
      "/api/instructions/:id/close",
      {
        schema: {
          summary: "The office closes (办结) the instruction",
          tags: ["instructions"],
          params: idParams,
          body: z
            .object({
              version: z.number().int().min(0).optional().meta({
                description: "The version read: refused with 409 if an answer has come in since",
              }),
            })
            .nullish()
            .meta({ description: "No body: close whatever has come in" }),
          response: { 200: instructionSchema, ...errors },
        },
      },
      (request) =>
        closeInstruction(
          db,
          actorOf(request),
          {
            instructionId: request.params.id,
            ...(request.body?.version === undefined ? {} : { version: request.body.version }),
          },
          office.stepTime(),
        ),
    );

    app.put(
      "/api/milestones/:id/focus",
      {
        schema: {
          summary: "The office marks the milestone for focus (重点关注), or clears it",
          tags: ["instructions"],
          params: idParams,
          body: z.object({
            version: z.number().int().min(0).meta({
              description: "workflow.version as last read; a stale one is refused with 409",
            }),
            focus: z.boolean(),
          }),
          response: { 200: workflowStateSchema, ...errors },
        },
      },
      (request) =>
        setMilestoneFocus(
          db,
          actorOf(request),
          { milestoneId: request.params.id, ...request.body },
          office.stepTime(),
        ),
    );

    app.get(
      "/api/tasks/:id/focus",
      {
        schema: {
          summary: "Whether the task is marked for focus (重点关注)",
          tags: ["instructions"],
          params: idParams,
          response: { 200: taskFocusSchema, ...errors },
        },
      },
      (request) => getTaskFocus(db, actorOf(request), request.params.id),
    );

    app.put(
      "/api/tasks/:id/focus",
      {
        schema: {
          summary: "The office marks the task for focus (重点关注), or clears it",
          tags: ["instructions"],
          params: idParams,
          body: z.object({ focus: z.boolean() }),
          response: { 200: taskFocusSchema, ...errors },
        },
      },
      (request) =>
        setTaskFocus(
          db,
          actorOf(request),
          { taskId: request.params.id, focus: request.body.focus },
          office.stepTime(),
        ),
    );
    return Promise.resolve();
  };
