import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { METRICS_PATH } from "./metrics/request-metrics.js";

/** Where `npm run build` puts the browser app (web/vite.config.ts). */
export const WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

/**
 * Serves the built browser app at `/`: its files, and index.html for any
 * other page path so that the app's own routes load. API paths stay the
 * API's. Without a build (a test of the API alone) nothing is served.
 */
export const registerWebApp = async (app: FastifyInstance): Promise<boolean> => {
  if (!existsSync(`${WEB_ROOT}index.html`)) return false;
  await app.register(fastifyStatic, {
    root: WEB_ROOT,
    prefix: "/",
    wildcard: false,
    // The build writes .br and .gz beside each file; a browser that accepts one gets it.
    preCompressed: true,
    // Hashed asset names never change; the page itself is always asked again.
    setHeaders: (response, path) => {
      void response.header(
        "cache-control",
        path.endsWith("index.html") ? "no-cache" : "public, max-age=31536000, immutable",
      );
    },
  });
  return true;
};

/**
 * A page path the app handles itself (not the API, not a file). /metrics is the server's
 * even when turned off: then it is no route at all (404), never the app's page.
 */
export const isAppPage = (method: string, url: string): boolean =>
  method === "GET" &&
  !url.startsWith("/api/") &&
  url.split("?")[0] !== METRICS_PATH &&
  !/\.[a-z0-9]+(\?|$)/i.test(url);
