import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Starts the worker thread whose module lies beside the caller's: the built
 * .js, or under tsx and vitest the .ts source. A thread does not inherit the
 * caller's TypeScript loader (nor, on Node 20, one given by --import), so
 * the source is loaded after registering tsx in the thread itself.
 */
export const startWorkerBeside = (
  name: string,
  callerUrl: string,
  options: Omit<WorkerOptions, "eval">,
): Worker => {
  if (!callerUrl.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const source = JSON.stringify(new URL(`./${name}.ts`, callerUrl).href);
  return new Worker(
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${source}); });`,
    { ...options, eval: true },
  );
};
