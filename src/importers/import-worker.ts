import type { MessagePort } from "node:worker_threads";
import { importPlanBytes, type ImportOptions, type ImportResult } from "./import-plan.js";

/** What the pool hands a worker: everything but the progress listener, which is a port. */
export interface ImportTask {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly options: Omit<ImportOptions, "onProgress">;
  /** Where progress goes back to the caller's listener, when it has one. */
  readonly progress?: MessagePort;
}

/** The body of an import worker thread (isolated-import.ts runs it): the importer itself. */
export default async function importInWorker(task: ImportTask): Promise<ImportResult> {
  const { progress } = task;
  try {
    return await importPlanBytes(task.bytes, task.fileName, {
      ...task.options,
      ...(progress
        ? {
            onProgress: (step) => {
              progress.postMessage(step);
            },
          }
        : {}),
    });
  } finally {
    progress?.close();
  }
}
