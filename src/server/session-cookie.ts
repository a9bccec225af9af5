import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "./authentication.js";
import type { SignInMethod } from "../domain/sign-in.js";
import type { OpenedSession } from "../services/auth/open-session.js";
import type { OfficeClock } from "../services/office-clock.js";

export const cookieOptions = (request: FastifyRequest) => ({
  path: "/",
  httpOnly: true,
  sameSite: "lax" as const,
  // Secure whenever the client reached us over TLS (directly, or via a trusted proxy).
  secure: request.protocol === "https",
});

/** Hands the browser a session's cookie: a new one at sign-in, and when the session rises. */
export const setSessionCookie = (
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  sessionMaxHours: number,
): void => {
  void reply.setCookie(SESSION_COOKIE, token, {
    ...cookieOptions(request),
    // Relative, so a browser whose clock differs from the server's keeps the cookie.
    maxAge: sessionMaxHours * 3600,
  });
};

export const clearSessionCookie = (request: FastifyRequest, reply: FastifyReply): void => {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
};

/** The answer to a sign-in (or a second factor passed): the Session of GET /api/session. */
export const openedSessionAnswer = (
  opened: OpenedSession,
  signIn: SignInMethod,
  office: OfficeClock,
) => {
  const { user } = opened;
  return {
    via: "session" as const,
    actor: {
      name: `user:${user.username}`,
      role: user.role,
      unitId: user.unitId,
      unitName: user.unitName,
    },
    user,
    signIn,
    csrfToken: opened.csrfToken,
    expiresAt: opened.expiresAt,
    secondFactor: opened.secondFactor,
    today: office.today(),
  };
};
