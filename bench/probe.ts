import type { ProbeSetup } from "./measure.js";

/**
 * The child side of `measureInChild`: loads a module, calls its probe export
 * to set up (read the file, build the plan), then runs the operation once
 * and prints one JSON line with its time and memory.
 */

const MB = 1024 * 1024;

const main = async (): Promise<void> => {
  const [moduleUrl, exportName, ...args] = process.argv.slice(2);
  if (moduleUrl === undefined || exportName === undefined) {
    throw new Error("usage: probe.ts <module url> <export name> [args…]");
  }
  const loaded = (await import(moduleUrl)) as Record<string, unknown>;
  const setup = loaded[exportName];
  if (typeof setup !== "function") throw new Error(`${moduleUrl} has no export ${exportName}`);
  const operation = await (setup as ProbeSetup)(args);

  // Collect what setup left behind, so the peak belongs to the operation.
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let heapPeak = 0;
  const sample = () => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 1);
  const start = performance.now();
  await operation(sample);
  const ms = performance.now() - start;
  sample();
  clearInterval(timer);

  console.log(
    JSON.stringify({
      ms,
      rssBeforeMB: rssBefore / MB,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      heapPeakMB: heapPeak / MB,
    }),
  );
};

await main();
