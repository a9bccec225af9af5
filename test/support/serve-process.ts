import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, onTestFinished } from "vitest";

const bin = fileURLToPath(new URL("../../bin/duban.js", import.meta.url));
const built = fileURLToPath(new URL("../../dist/cli/entry.js", import.meta.url));

const LISTENING = /Duban 督办 listening on (http:\/\/\S+)/;

export interface ServeProcess {
  readonly url: string;
  /** Everything printed so far. */
  stdout(): string;
  /** SIGINT, then the exit status. */
  stop(): Promise<number | null>;
}

/**
 * `duban serve --port 0 …` as a real process, killed after the test if it
 * is still running. Resolves once it prints the URL it listens on.
 */
export const startServeProcess = async (
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ServeProcess> => {
  expect(existsSync(built), "run `npm run build` before this test").toBe(true);
  const child = spawn("node", [bin, "serve", "--port", "0", ...args], { env });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  onTestFinished(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = LISTENING.exec(stdout);
      if (found?.[1] !== undefined) resolve(found[1]);
    });
    void exited.then(() => {
      reject(new Error(`exited before listening: ${stderr}`));
    });
  });
  return {
    url,
    stdout: () => stdout,
    stop: () => {
      child.kill("SIGINT");
      return exited;
    },
  };
};
