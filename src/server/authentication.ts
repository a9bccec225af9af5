import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Database } from "../db/database.js";
import { message } from "../domain/message.js";
import type { SignIn } from "../domain/sign-in.js";
import type { ApiActor } from "../policies/actor.js";
import { authenticateApiToken, authenticateSession } from "../services/auth/authenticate.js";
import { providerChecks } from "../services/auth/provider-check.js";
import { DubanError } from "../services/duban-error.js";
import { isDocs } from "./security-headers.js";
import type { OfficeClock } from "../services/office-clock.js";
import type { ServerSettings } from "./server-settings.js";

export const SESSION_COOKIE = "duban_session";

/** The session cookie's attributes, whichever way the session was opened. */
export const sessionCookieOptions = (request: FastifyRequest) => ({
  path: "/",
  httpOnly: true,
  sameSite: "lax" as const,
  // Secure whenever the client reached us over TLS (directly, or via a trusted proxy).
  secure: request.protocol === "https",
});
export const CSRF_HEADER = "x-csrf-token";

/** Who made a request, and how they proved it. */
export type Identity =
  | {
      readonly via: "session";
      readonly actor: ApiActor;
      readonly signIn: SignIn;
      readonly sessionId: string;
      readonly csrfToken: string;
      readonly expiresAt: string;
    }
  | { readonly via: "token"; readonly actor: ApiActor };

declare module "fastify" {
  interface FastifyRequest {
    identity: Identity | null;
  }
  interface FastifyContextConfig {
    /** Reachable without logging in (health, docs, logging in itself). */
    public?: boolean;
    /**
     * The route checks a credential of its own (/metrics, its token): no session or API
     * token is looked up, and its bearer token is not taken for an API token.
     */
    ownCredentials?: boolean;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const notLoggedIn = (): DubanError =>
  new DubanError(
    "auth.required",
    message("请先登录，或登录已过期", "Log in first; the session may have expired"),
  );

const sameSecret = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** The secret of `Authorization: Bearer <secret>`, when the request sends one. */
export const bearerToken = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
};

/**
 * Resolves every request's identity from an API token (Authorization:
 * Bearer) or the session cookie, refuses routes that need one without it,
 * and requires the session's CSRF token on writes made with the cookie: a
 * cross-site form can send the cookie but cannot read the token.
 */
export const registerAuthentication = (
  app: FastifyInstance,
  db: Database,
  settings: ServerSettings,
  office: OfficeClock,
): void => {
  const checks = providerChecks(db, settings.auth);
  app.decorateRequest("identity", null);
  app.addHook("preHandler", async (request) => {
    if (request.routeOptions.config.ownCredentials === true) return;
    const now = office.now();
    const token = bearerToken(request);
    const cookie = request.cookies[SESSION_COOKIE];
    if (token !== undefined) {
      const actor = await authenticateApiToken(db, token, now);
      // A wrong token is refused even on public routes: the caller meant to authenticate.
      if (!actor) throw notLoggedIn();
      request.identity = { via: "token", actor };
    } else if (cookie !== undefined && cookie !== "") {
      const session = await authenticateSession(db, cookie, settings.auth, now, checks);
      if (session) request.identity = { via: "session", ...session };
    }
    // The browser app's files are public; everything it shows comes from the API.
    const page = !request.url.startsWith("/api/");
    if (
      page ||
      request.is404 ||
      request.routeOptions.config.public === true ||
      isDocs(request.url)
    ) {
      return;
    }
    const identity = request.identity;
    if (identity === null) throw notLoggedIn();
    if (identity.via === "session" && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameSecret(sent, identity.csrfToken)) {
        throw new DubanError(
          "auth.csrf",
          message(
            "缺少或错误的 CSRF 令牌（请求头 X-CSRF-Token）",
            "The CSRF token (header X-CSRF-Token) is missing or wrong",
          ),
          { field: "headers.x-csrf-token" },
        );
      }
    }
  });
};

/** The actor of a route that requires one (the hook has refused the rest). */
export const actorOf = (request: FastifyRequest): ApiActor => {
  if (request.identity === null) throw notLoggedIn();
  return request.identity.actor;
};
