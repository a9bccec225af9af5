import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // Many files wait on Chromium, PostgreSQL or a child server rather than on their own
    // process: one worker more than the cores keeps the cores busy.
    maxWorkers: availableParallelism() + 1,
    // A screen polled for what it shows next may take seconds on a busy machine; 1 s (the
    // default) made the browser tests fail by load, not by fault.
    expect: { poll: { timeout: 10_000 } },
  },
});
