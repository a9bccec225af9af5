import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { DatabaseConfig } from "../db/config.js";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { buildApp } from "./build-app.js";
import { DOCS_PREFIX } from "./security-headers.js";
import { importDemoPlanIfEmpty } from "./import-demo-plan.js";

export interface StartServerOptions {
  readonly config: DatabaseConfig;
  readonly host: string;
  /** 0 lets the system choose; the line printed names the real port. */
  readonly port: number;
  /** Import the reference plan into an empty database. */
  readonly demo: boolean;
  readonly out?: { write(text: string): unknown };
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Settles once the server has stopped (a signal or `stop()`) and the database is closed. */
  readonly stopped: Promise<void>;
  stop(): Promise<void>;
}

const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

const urlOf = (app: FastifyInstance): string => {
  const { address, port } = app.server.address() as AddressInfo;
  return `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
};

/**
 * Opens and migrates the database, seeds the demo plan when asked, and
 * listens. SIGINT or SIGTERM stops it gracefully: Fastify finishes the
 * requests in flight, then the database closes, so a write is never cut off.
 */
export const startServer = async (options: StartServerOptions): Promise<RunningServer> => {
  const out = options.out ?? process.stdout;
  const db = openDatabase(options.config);
  let app: FastifyInstance;
  try {
    await migrateToLatest(db);
    if (options.demo) {
      const planId = await importDemoPlanIfEmpty(db);
      if (planId !== undefined) out.write(`已导入演示计划 imported the demo plan #${planId}\n`);
    }
    app = await buildApp({ db, logger: { level: "info" } });
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
      try {
        await app.close();
      } finally {
        await db.close();
      }
    })();
    return stopping;
  };
  // `stopped` carries a failure to close to whoever waits on it (the command).
  const onSignal = (): void => {
    stop().catch(() => undefined);
  };
  for (const signal of STOP_SIGNALS) process.once(signal, onSignal);
  const stopped = new Promise<void>((resolve, reject) => {
    // Whoever closes the server (a signal, stop(), a test's app.close()), the database follows.
    app.server.once("close", () => {
      stop().then(resolve, reject);
    });
  });

  const url = urlOf(app);
  out.write(`Duban 督办 listening on ${url}\nAPI docs: ${url}${DOCS_PREFIX}\n`);
  return { app, url, stopped, stop };
};
