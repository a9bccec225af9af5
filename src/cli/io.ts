/** Where a command writes: the process's streams in use, buffers in tests. */
export interface CliIo {
  /** Text, or a file's bytes (`duban export -o -`). */
  readonly stdout: { write(chunk: string | Uint8Array): unknown; readonly columns?: number };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  /** Where ./duban.env is looked for; the process's working directory unless given. */
  readonly cwd?: string;
}

/** Exit status: 0 done, 1 the input has errors, 2 the command was called wrongly. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;
