import { runCli } from "../../src/cli/main.js";

/** Runs `duban ARGS` in-process and captures what it writes (stdout also as bytes, for files). */
export const runDuban = async (
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  /** Where ./duban.env is looked for; the test process's directory unless given. */
  cwd?: string,
): Promise<{ code: number; stdout: string; stdoutBytes: Buffer; stderr: string }> => {
  const chunks: Buffer[] = [];
  let stderr = "";
  const code = await runCli(args, {
    stdout: {
      write: (chunk: string | Uint8Array) =>
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk)),
      columns: 120,
    },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env,
    ...(cwd === undefined ? {} : { cwd }),
  });
  const stdoutBytes = Buffer.concat(chunks);
  return { code, stdout: stdoutBytes.toString("utf8"), stdoutBytes, stderr };
};
