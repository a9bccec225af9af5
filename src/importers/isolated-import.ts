import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { readSetting, type Environment } from "../config/read-settings.js";
import { diagnostic } from "./build-diagnostic.js";
import type { ImportOptions, ImportResult } from "./import-plan.js";
import type { ImportTask } from "./import-worker.js";
import type { ImportProgress } from "./progress.js";

/** The import workers of this process; README.md ("Configuration") lists the variables. */
export interface ImportPoolSettings {
  /** Imports parsed at once, each in its own thread. */
  readonly workers: number;
  /** Imports that may wait for a worker; one more is refused (HTTP 503). */
  readonly queue: number;
  /** Heap of one worker, in MiB: a file that needs more is refused, the server lives on. */
  readonly memoryMb: number;
}

/** Thrown when every worker is busy and the queue is full: try again shortly. */
export class ImportQueueFull extends Error {
  constructor() {
    super("every import worker is busy and the queue is full");
    this.name = "ImportQueueFull";
  }
}

export const importPoolSettings = (env: Environment): ImportPoolSettings => ({
  workers: readSetting(env, "DUBAN_IMPORT_WORKERS"),
  queue: readSetting(env, "DUBAN_IMPORT_QUEUE"),
  memoryMb: readSetting(env, "DUBAN_IMPORT_MEMORY_MB"),
});

/**
 * The worker's module: built, the bundle `npm run build` makes of it
 * (scripts/bundle-import-worker.js), which a thread loads several times faster
 * than the modules tsc writes; under tsx and vitest the .ts source beside this
 * one, through a module that gives the thread tsx's loader first.
 */
const workerModule = (): string => {
  const source = import.meta.url.endsWith(".ts");
  return new URL(
    source ? "./import-worker-source.js" : "./bundle/import-worker.js",
    import.meta.url,
  ).href;
};

let pool:
  | { readonly settings: ImportPoolSettings; readonly workers: Piscina<ImportTask, ImportResult> }
  | undefined;

/** Made on the first import, so that a process that imports nothing starts no thread. */
const thePool = (): NonNullable<typeof pool> => {
  if (!pool) {
    const settings = importPoolSettings(process.env);
    const workers = new Piscina<ImportTask, ImportResult>({
      filename: workerModule(),
      // Not the parent's flags: the worker module brings what it needs.
      execArgv: [],
      minThreads: 0,
      maxThreads: settings.workers,
      maxQueue: settings.queue,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: settings.memoryMb },
    });
    pool = { settings, workers };
  }
  return pool;
};

/** The pool's own words for a full queue, or for none at all (piscina 5 has no error codes). */
const QUEUE_FULL = new Set([
  "Task queue is at limit",
  "No task queue available and all Workers are busy",
]);

const isQueueFull = (error: unknown): boolean =>
  error instanceof Error && QUEUE_FULL.has(error.message);

const isOutOfMemory = (error: unknown): boolean =>
  error instanceof Error && (error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY";

const tooComplex = (fileName: string, memoryMb: number): ImportResult => ({
  ok: false,
  diagnostics: [
    diagnostic(
      "error",
      "file.too_complex",
      { file: fileName },
      `读取该文件需要超过 ${memoryMb} MiB 内存，已拒绝；请拆分文件或删去表格以外的内容`,
      `Reading the file needs more than ${memoryMb} MiB of memory; refused. Split it, or remove what is not the table`,
    ),
  ],
});

/**
 * importPlanBytes in a worker thread with a heap of its own: a hostile or
 * huge file costs that thread time and memory, never the server's requests.
 * The same limits and diagnostics as in process; progress comes back by port.
 */
export const importPlanIsolated = async (
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> => {
  const { onProgress, limits, year, title, issuer } = options;
  const channel = onProgress ? new MessageChannel() : undefined;
  channel?.port1.on("message", (step: ImportProgress) => {
    onProgress?.(step);
  });
  // Named one by one: a caller's options may carry more (a clock, an actor) that cannot be cloned.
  const task: ImportTask = {
    bytes,
    fileName,
    options: { limits, year, title, issuer },
    ...(channel ? { progress: channel.port2 } : {}),
  };
  const { settings, workers } = thePool();
  try {
    return await workers.run(task, { transferList: channel ? [channel.port2] : [] });
  } catch (error) {
    if (isQueueFull(error)) throw new ImportQueueFull();
    if (isOutOfMemory(error)) return tooComplex(fileName, settings.memoryMb);
    throw error;
  } finally {
    channel?.port1.close();
  }
};
