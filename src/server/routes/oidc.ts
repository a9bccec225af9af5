import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { finishOidcLogin, startOidcLogin } from "../../services/auth/oidc/oidc-login.js";
import { OIDC_CALLBACK_PATH, OIDC_LOGIN_PATH } from "../../services/auth/oidc/oidc-settings.js";
import { setSessionCookie } from "../session-cookie.js";
import type { RouteDeps } from "./route-deps.js";

/** Ties a provider's callback to the browser that began the login. */
const LOGIN_COOKIE = "duban_oidc_login";

/** Where the login page reads why a sign-in through the provider did not work. */
const failedTo = (reason: string): string => `/?signInError=${encodeURIComponent(reason)}`;

const redirectOnly = {
  302: z.null().meta({ description: "To the provider, or back into the app" }),
};

/**
 * `/api/session/oidc/…`: signing in through the OpenID provider. Both are
 * browser navigations, not API calls: they answer with redirects, and a
 * failure goes back to the login page with its reason (never a stack trace).
 */
export const oidcRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    // Registered whether or not a provider is configured, so the API's document is one.
    const oidc = settings.auth.oidc;
    const loginCookie = (secure: boolean) => ({
      path: "/api/session/oidc",
      httpOnly: true,
      sameSite: "lax" as const,
      secure,
    });

    app.get(
      OIDC_LOGIN_PATH,
      {
        config: { public: true },
        schema: {
          summary: "Sign in through the OpenID provider: redirects there (PKCE, state, nonce)",
          tags: ["session"],
          response: redirectOnly,
        },
      },
      async (request, reply) => {
        if (oidc === undefined) return reply.redirect(failedTo("not_configured"), 302);
        let started;
        try {
          started = await startOidcLogin(db, oidc, office.now());
        } catch (error) {
          request.log.warn({ err: error }, "OpenID provider unreachable");
          return reply.redirect(failedTo("unreachable"), 302);
        }
        void reply.setCookie(LOGIN_COOKIE, started.cookie, {
          ...loginCookie(request.protocol === "https"),
          maxAge: started.maxAgeSeconds,
        });
        return reply.redirect(started.url, 302);
      },
    );

    app.get(
      OIDC_CALLBACK_PATH,
      {
        config: { public: true },
        schema: {
          summary: "Where the OpenID provider sends the browser back: opens a session",
          tags: ["session"],
          response: redirectOnly,
        },
      },
      async (request, reply) => {
        if (oidc === undefined) return reply.redirect(failedTo("not_configured"), 302);
        const url = new URL(oidc.redirectUri);
        url.search = new URL(request.url, "http://callback").search;
        const outcome = await finishOidcLogin(
          db,
          oidc,
          settings.auth,
          { url, cookie: request.cookies[LOGIN_COOKIE] },
          { clientIp: request.ip, userAgent: request.headers["user-agent"] ?? null },
          office.now(),
        );
        void reply.clearCookie(LOGIN_COOKIE, loginCookie(request.protocol === "https"));
        if (outcome.kind === "failed") {
          request.log.info({ reason: outcome.reason }, "OpenID sign-in refused");
          return reply.redirect(failedTo(outcome.reason), 302);
        }
        request.log.info({ user: outcome.session.user.username }, "logged in via OpenID");
        setSessionCookie(request, reply, outcome.session.token, settings.auth.sessionMaxHours);
        return reply.redirect("/", 302);
      },
    );
    return Promise.resolve();
  };
