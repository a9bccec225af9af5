import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe } from "vitest";
import { testSwitch } from "./test-switch.js";

/**
 * Renders exported files the way an office would look at them: LibreOffice
 * (Debian's libreoffice-writer/calc, installed by `npm test` when missing)
 * turns them into PDF, poppler counts the pages and draws them as PNG.
 * DUBAN_TEST_OFFICE=0 skips the tests that need it; otherwise a missing
 * LibreOffice fails them rather than skipping.
 */

const run = promisify(execFile);

/** `describe` for a suite that runs LibreOffice, skipped when DUBAN_TEST_OFFICE=0. */
export const describeWithOffice = describe.skipIf(
  !testSwitch("DUBAN_TEST_OFFICE", "renders exports with LibreOffice"),
);

export interface OfficeFile {
  /** A file name with its extension; names must differ in their stem, as the PDFs are named by it. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface RenderedFile {
  readonly name: string;
  readonly pdf: string;
  readonly pages: number;
  /** What LibreOffice printed about this file, for a failure's message. */
  readonly log: string;
}

const pageCount = async (pdf: string): Promise<number> => {
  const { stdout } = await run("pdfinfo", [pdf]);
  const pages = /^Pages:\s+(\d+)$/m.exec(stdout)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo found no page count in ${pdf}`);
  return Number(pages);
};

const stem = (name: string): string => basename(name, extname(name));

/**
 * Converts every file to PDF in one LibreOffice run (its start costs more than
 * a conversion), with a profile of its own under `dir` so that parallel runs
 * and the user's own LibreOffice do not meet.
 */
export const renderToPdf = async (
  files: readonly OfficeFile[],
  dir: string,
): Promise<RenderedFile[]> => {
  const stems = new Set(files.map((f) => stem(f.name)));
  if (stems.size !== files.length) throw new Error("rendered files need distinct names");
  const input = join(dir, "in");
  const output = join(dir, "pdf");
  await mkdir(input, { recursive: true });
  const paths = files.map((f) => join(input, f.name));
  await Promise.all(files.map((f, i) => writeFile(paths[i] ?? "", f.bytes)));
  const profile = pathToFileURL(join(dir, "profile")).href;
  const { stdout, stderr } = await run(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      output,
      ...paths,
    ],
    { timeout: 120_000 },
  );
  const log = `${stdout}${stderr}`;
  return Promise.all(
    files.map(async (file) => {
      const pdf = join(output, `${stem(file.name)}.pdf`);
      const lines = log
        .split("\n")
        .filter((line) => line.includes(file.name))
        .join("\n");
      if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file.name}:\n${log}`);
      return { name: file.name, pdf, pages: await pageCount(pdf), log: lines };
    }),
  );
};

/** Draws pages of a PDF as PNG files `${prefix}-N.png` and returns their paths. */
export const pdfPagesToPng = async (
  pdf: string,
  prefix: string,
  options: { readonly first?: number; readonly last?: number; readonly dpi?: number } = {},
): Promise<string[]> => {
  const first = options.first ?? 1;
  const last = options.last ?? first;
  await run("pdftoppm", [
    "-png",
    "-r",
    String(options.dpi ?? 80),
    "-f",
    String(first),
    "-l",
    String(last),
    pdf,
    prefix,
  ]);
  const width = String(await pageCount(pdf)).length;
  // pdftoppm pads page numbers to the width of the last page's number.
  return Array.from(
    { length: last - first + 1 },
    (_, i) => `${prefix}-${String(first + i).padStart(width, "0")}.png`,
  );
};
