import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { UserActor } from "../../policies/actor.js";
import {
  resetSecondFactor,
  secondFactorOverview,
  setRequiredRoles,
} from "../../services/second-factor/administer.js";
import { confirmEnrolment, startEnrolment } from "../../services/second-factor/enrolment.js";
import {
  ownSecondFactor,
  renewRecoveryCodes,
  turnOffSecondFactor,
} from "../../services/second-factor/own-factor.js";
import { passSecondFactor } from "../../services/second-factor/pass-second-factor.js";
import type { PendingSession } from "../../services/second-factor/rise-session.js";
import { notPending } from "../../services/second-factor/second-factor-errors.js";
import { forbidden } from "../../services/duban-error.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams, roleSchema } from "../schemas/common.js";
import { sessionSchema } from "../schemas/people.js";
import { openedSessionAnswer, setSessionCookie } from "../session-cookie.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
  429: apiErrorSchema,
};

/** A 6-digit code, or a recovery code (16 characters, dashes and spaces as typed). */
const codeBody = z.object({ code: z.string().trim().min(1).max(40) });

const recoveryCodesSchema = z
  .object({
    /** Shown once: write them down or print them; each works once. */
    recoveryCodes: arrayOf(z.string()),
  })
  .meta({ id: "RecoveryCodes" });

const overviewSchema = z
  .object({
    requiredRoles: arrayOf(roleSchema),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
    enrolledUserIds: arrayOf(z.number().int()),
  })
  .meta({ id: "SecondFactorOverview" });

/** A person's own session: the second factor is theirs, never an API token's. */
const sessionUser = (request: FastifyRequest): UserActor => {
  const actor = actorOf(request);
  if (request.identity?.via !== "session" || actor.kind !== "user") throw forbidden();
  return actor;
};

/** The session of the request, when it waits for its second factor. */
const pendingSession = (request: FastifyRequest): PendingSession | null => {
  const identity = request.identity;
  return identity?.via === "session" && identity.secondFactor === "pending"
    ? { id: identity.sessionId, signIn: identity.signIn }
    : null;
};

const requestOf = (request: FastifyRequest) => ({
  clientIp: request.ip,
  userAgent: request.headers["user-agent"] ?? null,
});

/**
 * `/api/session/second-factor`: the caller's own TOTP second factor (typing
 * the code after the first factor, enrolling, recovery codes, turning it
 * off); `/api/second-factor`: the administrator's policy and resets.
 */
export const secondFactorRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.post(
      "/api/session/second-factor",
      {
        config: { secondFactorStep: true },
        schema: {
          summary:
            "Pass the second factor: a code from the authenticator app or a recovery code; the session gets a new cookie and CSRF token",
          tags: ["session"],
          body: codeBody,
          response: { 200: sessionSchema, ...errors },
        },
      },
      async (request, reply) => {
        const actor = sessionUser(request);
        const pending = pendingSession(request);
        if (pending === null) throw notPending();
        const opened = await passSecondFactor(
          db,
          actor,
          pending,
          request.body.code,
          requestOf(request),
          settings.auth,
          office.now(),
        );
        setSessionCookie(request, reply, opened.token, settings.auth.sessionMaxHours);
        return openedSessionAnswer(opened, pending.signIn.method, office);
      },
    );

    app.get(
      "/api/session/second-factor",
      {
        schema: {
          summary:
            "The caller's own second factor: enrolled, required by the role, recovery codes left",
          tags: ["session"],
          response: {
            200: z
              .object({
                enrolled: z.boolean(),
                enrolledAt: z.string().nullable(),
                required: z.boolean(),
                recoveryCodesLeft: z.number().int(),
              })
              .meta({ id: "SecondFactorStatus" }),
            ...errors,
          },
        },
      },
      (request) => ownSecondFactor(db, sessionUser(request)),
    );

    app.post(
      "/api/session/second-factor/enrolment",
      {
        config: { secondFactorStep: true },
        schema: {
          summary:
            "Start enrolling an authenticator app: a new secret, its otpauth address and QR code (shown until the first code is typed, never again)",
          tags: ["session"],
          response: {
            200: z
              .object({ secret: z.string(), uri: z.string(), qrCode: z.string() })
              .meta({ id: "SecondFactorEnrolment" }),
            ...errors,
          },
        },
      },
      (request) => startEnrolment(db, sessionUser(request), office.now()),
    );

    app.put(
      "/api/session/second-factor/enrolment",
      {
        config: { secondFactorStep: true },
        schema: {
          summary:
            "Complete enrolling with the app's first code: returns the recovery codes (once) and, for a session that waited for it, the new session",
          tags: ["session"],
          body: codeBody,
          response: {
            200: recoveryCodesSchema.extend({ session: sessionSchema.nullable() }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const pending = pendingSession(request);
        const done = await confirmEnrolment(
          db,
          sessionUser(request),
          request.body.code,
          pending,
          requestOf(request),
          settings.auth,
          office.now(),
        );
        if (done.session !== null && pending !== null) {
          setSessionCookie(request, reply, done.session.token, settings.auth.sessionMaxHours);
        }
        return {
          recoveryCodes: done.recoveryCodes,
          session:
            done.session === null || pending === null
              ? null
              : openedSessionAnswer(done.session, pending.signIn.method, office),
        };
      },
    );

    app.post(
      "/api/session/second-factor/recovery-codes",
      {
        schema: {
          summary: "Make new recovery codes (a current code required); the old ones stop working",
          tags: ["session"],
          body: codeBody,
          response: { 200: recoveryCodesSchema, ...errors },
        },
      },
      async (request) => ({
        recoveryCodes: await renewRecoveryCodes(
          db,
          sessionUser(request),
          request.body.code,
          requestOf(request),
          settings.auth,
          office.now(),
        ),
      }),
    );

    app.delete(
      "/api/session/second-factor",
      {
        schema: {
          summary:
            "Turn one's own second factor off (a current code required), unless the role requires it",
          tags: ["session"],
          body: codeBody,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await turnOffSecondFactor(
          db,
          sessionUser(request),
          request.body.code,
          requestOf(request),
          settings.auth,
          office.now(),
        );
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/second-factor",
      {
        schema: {
          summary: "The roles that must use a second factor, and who has one (administrators)",
          tags: ["users"],
          response: { 200: overviewSchema, ...errors },
        },
      },
      (request) => secondFactorOverview(db, actorOf(request)),
    );

    app.put(
      "/api/second-factor",
      {
        schema: {
          summary:
            "Set the roles that must use a second factor from their next sign-in on; empty: none (administrators)",
          tags: ["users"],
          body: z.object({ requiredRoles: arrayOf(roleSchema) }),
          response: { 200: overviewSchema, ...errors },
        },
      },
      (request) => setRequiredRoles(db, actorOf(request), request.body.requiredRoles, office.now()),
    );

    app.delete(
      "/api/users/:id/second-factor",
      {
        schema: {
          summary:
            "Reset a user's second factor and recovery codes, e.g. a lost phone (administrators)",
          tags: ["users"],
          params: idParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await resetSecondFactor(db, actorOf(request), request.params.id, office.now());
        return reply.status(204).send(null);
      },
    );
    return Promise.resolve();
  };
