import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { message, type Message } from "../domain/message.js";
import { isFatal, problem, type ConfigProblem } from "./problem.js";
import type { Environment } from "./read-settings.js";

/** The file a start looks for in its working directory when nothing names one. */
export const DEFAULT_ENV_FILE = "duban.env";

const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

/**
 * A value that opens a quote and never closes it on its line. Checked here
 * because Node's parseEnv differs by release: 20 drops such a line, 22 and 24
 * keep the opening quote as part of the value.
 */
const opensUnclosedQuote = (value: string): boolean => {
  const quote = value[0];
  return (quote === '"' || quote === "'" || quote === "`") && !value.includes(quote, 1);
};

const FORMAT_FIX = message(
  "每行写一个 名称=值；# 开头的行是注释；含空格的值用引号括起，且在同一行内闭合",
  "Write one NAME=value a line; lines starting with # are comments; quote a value with spaces, and close the quote on the same line",
);

const lineProblem = (where: string, text: Message): ConfigProblem =>
  problem("env_file", "fatal", where, text, FORMAT_FIX);

/**
 * duban.env read: KEY=VALUE lines, # comments, quoted values, each on one line.
 * Node's parseEnv reads each line (quotes, inline comments); a line it cannot
 * read is named with file:line rather than silently taken into the next one.
 */
export const parseEnvFile = (
  text: string,
  path: string,
): { readonly values: Record<string, string>; readonly problems: ConfigProblem[] } => {
  const values: Record<string, string> = {};
  const problems: ConfigProblem[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) return;
      const where = `${path}:${index + 1}`;
      const [, name, rawValue = ""] = ASSIGNMENT.exec(line) ?? [];
      if (name === undefined) {
        problems.push(
          lineProblem(
            where,
            message(`无法读取这一行：“${line}”`, `this line is not NAME=value: "${line}"`),
          ),
        );
        return;
      }
      const value = opensUnclosedQuote(rawValue) ? undefined : parseEnv(line)[name];
      if (value === undefined) {
        problems.push(
          lineProblem(where, message(`${name} 的引号未闭合`, `the quote of ${name} is not closed`)),
        );
        return;
      }
      values[name] = value;
    });
  return { values, problems };
};

/** The environment a command runs with: the process's, over duban.env's. */
export interface LoadedEnvironment {
  readonly env: Environment;
  /** The file read, and the names whose value came from it. */
  readonly file: { readonly path: string; readonly names: ReadonlySet<string> } | undefined;
  /** Only the file's: a file named but missing, or lines it cannot read. */
  readonly problems: readonly ConfigProblem[];
}

const missingFile = (path: string, by: string): ConfigProblem =>
  problem(
    "env_file",
    "fatal",
    path,
    message(
      `找不到 ${by} 指定的配置文件 ${path}`,
      `the settings file ${path} named by ${by} does not exist`,
    ),
    message(`请检查路径，或去掉 ${by}`, `Check the path, or drop ${by}`),
  );

/**
 * Reads the settings file: `--env-file PATH`, else DUBAN_ENV_FILE, else
 * ./duban.env when present. A variable set in the environment wins over the
 * file, so an operator can override one line for one run.
 */
export const loadEnvironment = (
  given: Environment,
  options: { readonly envFile: string | undefined; readonly cwd: string },
): LoadedEnvironment => {
  const named =
    options.envFile !== undefined
      ? { path: options.envFile, by: "--env-file" }
      : (given.DUBAN_ENV_FILE ?? "") !== ""
        ? { path: given.DUBAN_ENV_FILE ?? "", by: "DUBAN_ENV_FILE" }
        : undefined;
  const path = resolve(options.cwd, named?.path ?? DEFAULT_ENV_FILE);
  if (!existsSync(path)) {
    return { env: given, file: undefined, problems: named ? [missingFile(path, named.by)] : [] };
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      env: given,
      file: undefined,
      problems: [
        problem(
          "env_file",
          "fatal",
          path,
          message(
            `无法读取配置文件 ${path}：${reason}`,
            `cannot read the settings file ${path}: ${reason}`,
          ),
          message("请检查文件的权限", "Check the file's permissions"),
        ),
      ],
    };
  }
  const { values, problems } = parseEnvFile(text, path);
  const names = new Set(Object.keys(values).filter((name) => given[name] === undefined));
  const env = { ...values, ...given };
  return { env, file: { path, names }, problems };
};

export const hasFatal = (problems: readonly ConfigProblem[]): boolean => problems.some(isFatal);
