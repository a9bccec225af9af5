import { execFile } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { planToDocx } from "../../src/exporters/plan-docx.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import {
  describeWithOffice,
  pdfPagesToPng,
  renderToPdf,
  type RenderedFile,
} from "../support/office-render.js";
import { referencePlan } from "../support/reference-plan.js";

/**
 * The reference table as an office opens it: LibreOffice converts the .docx
 * and the .xlsx without complaint, to A4 landscape pages, as many as the
 * layout gives with the CJK fonts the test command installs. The first pages
 * are kept as docs/screenshots/table-docx.png and table-xlsx.png.
 */

const SCREENSHOTS = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
/** A4 landscape in PostScript points, as pdfinfo prints it. */
const A4_LANDSCAPE = /Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/;

describeWithOffice("the reference table rendered by LibreOffice", () => {
  let dir = "";
  let rendered: RenderedFile[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "duban-table-render-"));
    rendered = await renderToPdf(
      [
        { name: "table-docx.docx", bytes: await planToDocx(referencePlan) },
        { name: "table-xlsx.xlsx", bytes: await planToXlsx(referencePlan) },
      ],
      dir,
    );
  }, 180_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ["table-docx.docx", 5],
    ["table-xlsx.xlsx", 4],
  ] as const)("converts %s to %i pages of A4 landscape", async (name, pages) => {
    const file = rendered.find((r) => r.name === name);
    expect(file?.log).not.toMatch(/error/i);
    expect(file?.pages).toBe(pages);
    const { stdout } = await promisify(execFile)("pdfinfo", [file?.pdf ?? ""]);
    expect(stdout).toMatch(A4_LANDSCAPE);
    const [first] = await pdfPagesToPng(file?.pdf ?? "", join(dir, name));
    await copyFile(first ?? "", join(SCREENSHOTS, name.replace(/\.\w+$/, ".png")));
  });
});
