import { spawn } from "node:child_process";
import { join } from "node:path";
import type { DatabaseConfig } from "../db/config.js";
import { message, type Message } from "../domain/message.js";

export type PostgresTool = "pg_dump" | "pg_restore";

export type ToolResult =
  | { readonly kind: "ok"; readonly stdout: string }
  | { readonly kind: "missing" }
  | { readonly kind: "failed"; readonly stderr: string };

/** Where the PostgreSQL client tools are: PATH, or a directory such as /usr/lib/postgresql/16/bin. */
export interface ToolLocation {
  readonly binDir?: string;
}

/**
 * How a tool reaches the database: the URL without its password, which goes
 * in PGPASSWORD instead (a command line is visible to every user in ps).
 * The schema, when Duban has one of its own, limits the tool to it.
 */
export const toolConnection = (
  config: DatabaseConfig & { kind: "postgres" },
): { url: string; password: string; schemaArgs: string[] } => {
  const url = new URL(config.url);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return {
    url: url.toString(),
    password,
    schemaArgs: config.schema === undefined ? [] : [`--schema=${config.schema}`],
  };
};

/** Runs a PostgreSQL client tool without a shell; "missing" when it is not installed. */
export const runPostgresTool = (
  tool: PostgresTool,
  args: readonly string[],
  options: ToolLocation & { readonly password?: string },
): Promise<ToolResult> =>
  new Promise((resolve) => {
    const password = options.password ?? "";
    const child = spawn(options.binDir === undefined ? tool : join(options.binDir, tool), args, {
      env: { ...process.env, ...(password === "" ? {} : { PGPASSWORD: password }) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      resolve(
        error.code === "ENOENT" ? { kind: "missing" } : { kind: "failed", stderr: error.message },
      );
    });
    child.on("close", (code) => {
      resolve(code === 0 ? { kind: "ok", stdout } : { kind: "failed", stderr: stderr.trim() });
    });
  });

/** A command as the user would type it, each argument quoted for a POSIX shell. */
export const shellCommand = (tool: PostgresTool, args: readonly string[]): string =>
  [
    tool,
    ...args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)),
  ].join(" ");

/** pg_dump's arguments for a backup into `file`: the custom format pg_restore reads. */
export const dumpArgs = (config: DatabaseConfig & { kind: "postgres" }, file: string): string[] => {
  const { url, schemaArgs } = toolConnection(config);
  return ["--format=custom", `--file=${file}`, ...schemaArgs, `--dbname=${url}`];
};

/**
 * pg_restore's arguments to replace the database's content with `file`: one
 * transaction, so that a restore that fails leaves the database as it was;
 * objects owned by whoever restores, so a backup moves between servers.
 */
export const restoreArgs = (
  config: DatabaseConfig & { kind: "postgres" },
  file: string,
): string[] => {
  const { url, schemaArgs } = toolConnection(config);
  return [
    "--clean",
    "--if-exists",
    "--single-transaction",
    "--no-owner",
    ...schemaArgs,
    `--dbname=${url}`,
    file,
  ];
};

/**
 * pg_restore's arguments to load `file` whole into an empty scratch database
 * (`duban backup --verify`): one transaction, stopping at the first error.
 */
export const scratchRestoreArgs = (url: string, file: string): string[] => {
  const target = new URL(url);
  target.password = "";
  return [
    "--single-transaction",
    "--exit-on-error",
    "--no-owner",
    `--dbname=${target.toString()}`,
    file,
  ];
};

/** What to do without the tool: install it, point DUBAN_PG_BIN at it, or run these by hand. */
export const missingToolGuidance = (
  tool: PostgresTool,
  config: DatabaseConfig & { kind: "postgres" },
  file: string,
): Message => {
  const dump = shellCommand("pg_dump", dumpArgs(config, file));
  const restore = shellCommand("pg_restore", restoreArgs(config, file));
  return message(
    `找不到 ${tool}。请安装 PostgreSQL 客户端工具（主版本不低于服务器），或用 DUBAN_PG_BIN 指明其目录（如 /usr/lib/postgresql/16/bin）；也可在装有它的机器上运行（密码放在 PGPASSWORD 中）：\n  备份：${dump}\n  恢复：${restore}`,
    `${tool} was not found. Install the PostgreSQL client tools (the server's major version or newer), or set DUBAN_PG_BIN to their directory (e.g. /usr/lib/postgresql/16/bin); or run on a machine that has them (password in PGPASSWORD):\n  backup:  ${dump}\n  restore: ${restore}`,
  );
};
