import type { FastifyInstance } from "fastify";
import { onTestFinished } from "vitest";
import type { Database } from "../../src/db/database.js";
import { buildApp } from "../../src/server/build-app.js";

/** The app on a fresh database, closed after the test. */
export const appFor = async (
  open: () => Promise<Database>,
  logger?: Parameters<typeof buildApp>[0]["logger"],
): Promise<FastifyInstance> => {
  const db = await open();
  const app = await buildApp({ db, ...(logger === undefined ? {} : { logger }) });
  onTestFinished(() => app.close());
  return app;
};
