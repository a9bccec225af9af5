import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountOf } from "../../policies/actor.js";
import { describeActor } from "../../services/auth/describe-actor.js";
import { logIn } from "../../services/auth/log-in.js";
import { logInWithDirectory } from "../../services/auth/log-in-directory.js";
import { currentDirectory } from "../../services/directory/directory-config.js";
import { logOut } from "../../services/auth/log-out.js";
import { providerLogoutUrl } from "../../services/auth/oidc/oidc-logout.js";
import { MAX_PASSWORD_LENGTH } from "../../domain/password-rules.js";
import { inboxCounts } from "../../services/inbox-counts.js";
import { changeOwnPassword, getUser } from "../../services/users.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf, notLoggedIn, SESSION_COOKIE } from "../authentication.js";
import { inboxCountsSchema } from "../schemas/inbox.js";
import { sessionSchema, signInProvidersSchema } from "../schemas/people.js";
import { signInProviders } from "../../services/auth/sign-in-providers.js";
import { pendingStepOf } from "../../services/second-factor/own-factor.js";
import { clearSessionCookie, openedSessionAnswer, setSessionCookie } from "../session-cookie.js";
import type { RouteDeps } from "./route-deps.js";

const credentials = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  method: z
    .enum(["password", "ldap"])
    .default("password")
    .describe("password: a Duban account (the default); ldap: the directory's account"),
});

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema };

/** `/api/session`: log in, who am I, log out; and changing one's own password. */
export const sessionRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.post(
      "/api/session",
      {
        config: { public: true },
        schema: {
          summary: "Log in: sets the session cookie and returns the CSRF token",
          tags: ["session"],
          body: credentials,
          response: { 200: sessionSchema, 429: apiErrorSchema, 503: apiErrorSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { method } = request.body;
        const opened = await (method === "ldap" ? logInWithDirectory : logIn)(
          db,
          {
            username: request.body.username,
            password: request.body.password,
            clientIp: request.ip,
            userAgent: request.headers["user-agent"] ?? null,
          },
          settings.auth,
          office.now(),
        );
        request.log.info({ user: opened.user.username }, "logged in");
        setSessionCookie(request, reply, opened.token, settings.auth.sessionMaxHours);
        return openedSessionAnswer(opened, method, office);
      },
    );

    app.get(
      "/api/session",
      {
        // Public so that the browser app can ask before anyone has logged in.
        config: { public: true, secondFactorStep: true },
        schema: {
          summary: "Who is logged in",
          description:
            "204 when the request carries no session cookie and no token: nobody has logged in " +
            "in this browser (a first visit, or after logging out). 401 when the cookie or token " +
            "it carries is no longer valid (the session expired or was ended).",
          tags: ["session"],
          response: { 200: sessionSchema, 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        if (request.identity === null) {
          const cookie = request.cookies[SESSION_COOKIE];
          if (cookie !== undefined && cookie !== "") throw notLoggedIn();
          return reply.status(204).send(null);
        }
        const actor = actorOf(request);
        const identity = request.identity;
        const described = await describeActor(db, actor);
        if (identity.via !== "session") {
          return {
            via: "token" as const,
            actor: described,
            user: null,
            signIn: null,
            csrfToken: null,
            expiresAt: null,
            secondFactor: null,
            today: office.today(),
          };
        }
        return {
          via: "session" as const,
          actor: described,
          user: await getUser(db, actor, accountOf(actor) ?? -1),
          signIn: identity.signIn.method,
          csrfToken: identity.csrfToken,
          expiresAt: identity.expiresAt,
          secondFactor:
            identity.secondFactor === "pending"
              ? await pendingStepOf(db, accountOf(actor) ?? -1)
              : null,
          today: office.today(),
        };
      },
    );

    app.get(
      "/api/session/providers",
      {
        config: { public: true },
        schema: {
          summary: "The ways to sign in: the password form, and each configured identity provider",
          tags: ["session"],
          response: { 200: signInProvidersSchema },
        },
      },
      async () => ({
        providers: signInProviders({
          oidc: settings.auth.oidc,
          directory: (await currentDirectory(db, settings.auth.directory)) !== undefined,
        }),
      }),
    );

    app.get(
      "/api/session/waiting",
      {
        schema: {
          summary: "What waits for the caller across every plan: the bell's and the menu's counts",
          tags: ["session"],
          response: { 200: inboxCountsSchema, ...errors },
        },
      },
      (request) => inboxCounts(db, actorOf(request), office.today()),
    );

    app.delete(
      "/api/session",
      {
        config: { secondFactorStep: true },
        schema: {
          summary: "Log out: ends the session and clears the cookie",
          description:
            "200 with `logoutUrl` when the session was opened by an OpenID provider that offers " +
            "logout: the browser goes there to sign out at the provider too, and comes back to " +
            "Duban's address. 204 otherwise.",
          tags: ["session"],
          response: {
            200: z.object({ logoutUrl: z.string() }),
            204: z.null(),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const identity = request.identity;
        let logoutUrl: string | undefined;
        if (identity?.via === "session" && actor.kind === "user") {
          const oidc = settings.auth.oidc;
          if (identity.signIn.method === "oidc" && oidc !== undefined) {
            logoutUrl = await providerLogoutUrl(db, oidc, identity.sessionId);
          }
          await logOut(db, actor, { id: identity.sessionId, clientIp: request.ip }, office.now());
        }
        clearSessionCookie(request, reply);
        if (logoutUrl !== undefined) return { logoutUrl };
        return reply.status(204).send(null);
      },
    );

    app.put(
      "/api/session/password",
      {
        schema: {
          summary: "Change one's own password; other sessions end",
          tags: ["session"],
          body: z.object({
            currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
            newPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
          }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const identity = request.identity;
        await changeOwnPassword(
          db,
          actorOf(request),
          {
            currentPassword: request.body.currentPassword,
            newPassword: request.body.newPassword,
            sessionId: identity?.via === "session" ? identity.sessionId : null,
            clientIp: request.ip,
          },
          settings.auth,
          office.now(),
        );
        return reply.status(204).send(null);
      },
    );
    return Promise.resolve();
  };
