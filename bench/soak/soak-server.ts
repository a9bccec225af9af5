import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseConfig } from "../../src/db/config.js";
import { dubanServerEnv, startServerProcess, type ServerProcess } from "../server-process.js";

/**
 * `duban serve` from the build, as a child process of its own, so that it
 * can be killed with SIGKILL like a crash, and restarted on the same data.
 */

const BIN = fileURLToPath(new URL("../../bin/duban.js", import.meta.url));

/** ≥ 12 characters and no "admin": what bootstrapAdministrator accepts. Hex cannot spell it. */
export const ADMIN_PASSWORD = `Soak-${randomBytes(8).toString("hex")}`;

export const serverEnv = (
  config: DatabaseConfig,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv =>
  dubanServerEnv(config, {
    DUBAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DUBAN_RATE_LIMIT_PER_MINUTE: "0",
    // The reminder receivers of these runs listen on 127.0.0.1, which webhooks may not reach otherwise.
    DUBAN_WEBHOOK_ALLOW_HOSTS: "127.0.0.1,localhost",
    DUBAN_REMINDERS: "off",
    ...extra,
  });

/** The arguments that point the CLI at the database. */
export const databaseArgs = (config: DatabaseConfig): string[] =>
  config.kind === "sqlite" ? ["--data", dirname(config.file)] : [];

export const startDuban = (
  config: DatabaseConfig,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> =>
  startServerProcess({
    name: `duban serve (${config.kind})`,
    args: [BIN, "serve", "--port", "0", "--no-demo", ...databaseArgs(config)],
    env: serverEnv(config, extraEnv),
    listening: /Duban 督办 listening on (http:\/\/\S+)\r?\n/,
    // A machine busy with other work may take long to start a server; a crash never does.
    startTimeoutMs: 180_000,
  });
