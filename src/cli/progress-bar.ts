import type { ImportProgress, ProgressListener } from "../importers/progress.js";
import type { Language } from "./language.js";

const PHASES: Readonly<Record<Language, Readonly<Record<ImportProgress["phase"], string>>>> = {
  zh: { unzip: "解压", read: "读取", build: "整理" },
  en: { unzip: "unzipping", read: "reading", build: "building" },
};

const WIDTH = 24;
/** Small files finish before a bar would help; only a slow import shows one. */
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;

/**
 * A progress bar on a terminal's stderr for imports that take over a second.
 * It draws from the importer's callbacks, so it moves even while parsing
 * holds the event loop. `done()` clears it.
 */
export const progressBar = (
  stream: { write(text: string): unknown; readonly isTTY?: boolean },
  language: Language,
  now: () => number = Date.now,
): { listener: ProgressListener; done: () => void } => {
  const started = now();
  let lastDrawn = 0;
  let drawn = false;
  const listener: ProgressListener = (progress) => {
    const time = now();
    if (stream.isTTY !== true || time - started < SHOW_AFTER_MS) return;
    if (time - lastDrawn < REDRAW_EVERY_MS) return;
    lastDrawn = time;
    drawn = true;
    const ratio = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
    const filled = Math.round(ratio * WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
    stream.write(`\r${PHASES[language][progress.phase]} ${bar} ${Math.round(ratio * 100)}%`);
  };
  const done = (): void => {
    if (drawn) stream.write("\r\x1b[K");
  };
  return { listener, done };
};
