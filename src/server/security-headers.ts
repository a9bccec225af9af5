import type { FastifyInstance } from "fastify";

/** The API and (later) the web app load nothing from elsewhere and are never framed. */
const STRICT_CSP = "default-src 'self'; frame-ancestors 'none'";

/**
 * Swagger UI sets inline style attributes and draws its icons and logo from
 * data: URIs; its scripts are files served by the plugin itself, so scripts
 * stay 'self'. Only the documentation pages get this.
 */
const DOCS_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

export const DOCS_PREFIX = "/api/docs";

/** The browser app: its scripts are its own files; Ant Design writes its styles inline. */
const APP_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

export const isDocs = (url: string): boolean =>
  url === DOCS_PREFIX || url.startsWith(`${DOCS_PREFIX}/`) || url.startsWith(`${DOCS_PREFIX}?`);

/**
 * Sets the security headers on every response, errors and 404s included:
 * onSend runs for all of them, and it overrides whatever a plugin set.
 */
export const registerSecurityHeaders = (app: FastifyInstance): void => {
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header(
      "content-security-policy",
      isDocs(request.url) ? DOCS_CSP : request.url.startsWith("/api/") ? STRICT_CSP : APP_CSP,
    );
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    reply.header("x-request-id", request.id);
    return payload;
  });
};
