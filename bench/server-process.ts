import { spawn, type ChildProcess } from "node:child_process";
import type { DatabaseConfig } from "../src/db/config.js";

/**
 * Servers the HTTP group loads, each in a Node process of its own so the
 * load generator never shares an event loop with them. However the bench
 * ends (an error, the process exiting, SIGINT or SIGTERM), they are killed.
 */

export interface ServerProcess {
  /** Base URL parsed from the line the server printed, e.g. http://127.0.0.1:43121. */
  readonly url: string;
  /** Throws, with the end of the server's output, if it has exited. */
  assertRunning(): void;
  /** SIGTERM, then SIGKILL if it has not exited after a grace period; resolves once it has exited. */
  stop(): Promise<void>;
  /** The process id, for reading its memory use. */
  readonly pid: number;
  /** SIGKILL at once, as a crash would; resolves once it has exited. */
  kill(): Promise<void>;
}

export interface StartOptions {
  /** For messages, e.g. "duban serve (SQLite)". */
  readonly name: string;
  /** Arguments to `node`. */
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Matches the line announcing the server; group 1 is its base URL. */
  readonly listening: RegExp;
  readonly startTimeoutMs?: number;
}

const STOP_GRACE_MS = 10_000;
const TAIL_CHARS = 4_000;

const live = new Set<ChildProcess>();

const killAll = (): void => {
  for (const child of live) child.kill("SIGKILL");
  live.clear();
};

/** Kills the children, then lets the signal do what it would have done. */
const onSignal = (signal: NodeJS.Signals): void => {
  killAll();
  unhook();
  process.kill(process.pid, signal);
};

const hook = (): void => {
  if (live.size > 0) return;
  process.on("exit", killAll);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
};

function unhook(): void {
  if (live.size > 0) return;
  process.off("exit", killAll);
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
}

const exited = (child: ChildProcess): boolean =>
  child.exitCode !== null || child.signalCode !== null;

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  exited(child)
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.off("exit", onExit);
          resolve(false);
        }, ms);
        const onExit = () => {
          clearTimeout(timer);
          resolve(true);
        };
        child.once("exit", onExit);
      });

/**
 * Starts `node ...args` and resolves once it prints the line `listening`
 * matches. Its output is read all along (a full pipe would stall it) and
 * only the end of it kept, for error messages.
 */
export const startServerProcess = ({
  name,
  args,
  env,
  listening,
  startTimeoutMs = 60_000,
}: StartOptions): Promise<ServerProcess> => {
  hook();
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  live.add(child);
  let tail = "";
  let pending = "";
  let url: string | undefined;
  const keep = (text: string) => {
    tail = (tail + text).slice(-TAIL_CHARS);
  };
  const describeExit = () =>
    `${name} exited (${child.exitCode ?? child.signalCode ?? "?"}); its output ended with:\n${tail}`;

  const stop = async (): Promise<void> => {
    if (!exited(child)) {
      child.kill("SIGTERM");
      if (!(await waitForExit(child, STOP_GRACE_MS))) {
        console.error(`${name} did not stop within ${STOP_GRACE_MS} ms; killing it`);
        child.kill("SIGKILL");
        await waitForExit(child, STOP_GRACE_MS);
      }
    }
    live.delete(child);
    unhook();
  };

  const kill = async (): Promise<void> => {
    if (!exited(child)) {
      child.kill("SIGKILL");
      await waitForExit(child, STOP_GRACE_MS);
    }
    live.delete(child);
    unhook();
  };

  return new Promise<ServerProcess>((resolve, reject) => {
    // The first reason wins: stopping a server that never announced itself makes it exit too.
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      const rejectIt = (): void => {
        reject(error);
      };
      stop().then(rejectIt, rejectIt);
    };
    const timer = setTimeout(() => {
      fail(new Error(`${name} did not announce itself within ${startTimeoutMs} ms:\n${tail}`));
    }, startTimeoutMs);

    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", keep);
    child.stdout.on("data", (chunk: string) => {
      keep(chunk);
      if (url !== undefined) return;
      pending += chunk;
      const match = listening.exec(pending);
      if (match?.[1] === undefined) {
        pending = pending.slice(-TAIL_CHARS);
        return;
      }
      url = match[1];
      pending = "";
      clearTimeout(timer);
      resolve({
        url,
        assertRunning: () => {
          if (exited(child)) throw new Error(describeExit());
        },
        stop,
        pid: child.pid ?? 0,
        kill,
      });
    });
    child.on("error", fail);
    child.on("exit", () => {
      if (url === undefined) fail(new Error(describeExit()));
    });
  });
};

/**
 * The environment of a `duban serve` child on `config`: this process's own,
 * with the given settings, and the database named only by the config (the
 * caller's DATABASE_URL or DUBAN_DATA must not leak in).
 */
export const dubanServerEnv = (
  config: DatabaseConfig,
  settings: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings };
  delete env.DATABASE_URL;
  delete env.DUBAN_DATA;
  if (config.kind === "postgres") {
    const url = new URL(config.url);
    if (config.schema !== undefined) url.searchParams.set("schema", config.schema);
    env.DATABASE_URL = url.toString();
  }
  return env;
};
