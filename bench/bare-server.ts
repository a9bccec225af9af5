import { readFile } from "node:fs/promises";
import Fastify from "fastify";

/**
 * The HTTP group's baseline, run as a child process: a bare Fastify server
 * (no logging, no plugins, no hooks) answering the milestone routes with
 * JSON bodies the real server gave earlier, sent from memory as they are.
 * What the real server loses against it is Duban's own work per request:
 * authentication, queries, status, serialization, headers, request logging.
 *
 * Usage: bare-server.ts <bodies.json> — `{ "list": "<json>", "single": "<json>" }`.
 * Prints "bare server listening on http://127.0.0.1:PORT"; stops on SIGTERM.
 */

interface Bodies {
  readonly list: string;
  readonly single: string;
}

const JSON_TYPE = "application/json; charset=utf-8";

const main = async (): Promise<void> => {
  const [file] = process.argv.slice(2);
  if (file === undefined) throw new Error("usage: bare-server.ts <bodies.json>");
  const bodies = JSON.parse(await readFile(file, "utf8")) as Bodies;

  const app = Fastify({ logger: false });
  app.get("/api/milestones", (_request, reply) => reply.type(JSON_TYPE).send(bodies.list));
  app.get("/api/milestones/:id", (_request, reply) => reply.type(JSON_TYPE).send(bodies.single));
  const url = await app.listen({ host: "127.0.0.1", port: 0 });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  console.log(`bare server listening on ${url}`);
};

await main();
