import { describe, expect, it } from "vitest";
import { progressBar } from "../../src/cli/progress-bar.js";

const terminal = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } };
};

describe("progressBar", () => {
  it("stays silent for the first second, then draws and clears itself", () => {
    let now = 0;
    const { written, stream } = terminal(true);
    const bar = progressBar(stream, "zh", () => now);
    bar.listener({ phase: "read", done: 10, total: 100 });
    expect(written).toEqual([]);
    now = 1500;
    bar.listener({ phase: "read", done: 50, total: 100 });
    expect(written).toEqual([`\r读取 ${"█".repeat(12)}${"░".repeat(12)} 50%`]);
    now = 1550;
    bar.listener({ phase: "read", done: 60, total: 100 });
    expect(written).toHaveLength(1);
    bar.done();
    expect(written.at(-1)).toBe("\r\x1b[K");
  });

  it("never writes to a stream that is not a terminal", () => {
    let now = 0;
    const { written, stream } = terminal(false);
    const bar = progressBar(stream, "en", () => now);
    now = 5000;
    bar.listener({ phase: "build", done: 1, total: 2 });
    bar.done();
    expect(written).toEqual([]);
  });
});
