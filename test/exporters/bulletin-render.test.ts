import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { bulletinToDocx } from "../../src/exporters/bulletin-docx.js";
import { bulletinToXlsx } from "../../src/exporters/bulletin-xlsx.js";
import { shellActor } from "../../src/policies/actor.js";
import { claimEmptyDatabaseForDemo } from "../../src/services/demo/demo-database.js";
import { DEMO_AS_OF } from "../../src/services/demo/demo-script.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import { progressBulletin } from "../../src/services/exports/progress-bulletin.js";
import { BULLETIN } from "../support/bulletin-fixture.js";
import { describeWithOffice, pdfPagesToPng, renderToPdf } from "../support/office-render.js";

const SCREENSHOTS = new URL("../../docs/screenshots/", import.meta.url).pathname;

describeWithOffice("the progress bulletin rendered by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "duban-bulletin-render-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("converts every file without error, with the pages expected, and keeps the demo's first pages", async () => {
    const db = openDatabase({ kind: "sqlite", file: join(dir, "demo.sqlite") });
    let demo;
    try {
      await migrateToLatest(db);
      await claimEmptyDatabaseForDemo(db, new Date("2026-03-02T03:04:05Z"));
      const planId = await seedDemo(db);
      demo = await progressBulletin(db, shellActor("test"), { planId, asOf: DEMO_AS_OF });
    } finally {
      await db.close();
    }
    // One LibreOffice run for all: its start costs more than a conversion.
    const [smallDocx, smallXlsx, ...rendered] = await renderToPdf(
      [
        { name: "small-docx.docx", bytes: await bulletinToDocx(BULLETIN) },
        { name: "small-xlsx.xlsx", bytes: await bulletinToXlsx(BULLETIN) },
        { name: "bulletin-docx.docx", bytes: await bulletinToDocx(demo) },
        { name: "bulletin-xlsx.xlsx", bytes: await bulletinToXlsx(demo) },
      ],
      dir,
    );
    // Word: the text on two portrait pages (the targets' section runs onto the second), the
    // annex on one landscape page.
    expect(smallDocx?.pages, smallDocx?.log).toBe(3);
    // Excel: 通报, the two lists, the instructions, the targets and the annex, a page each.
    expect(smallXlsx?.pages, smallXlsx?.log).toBe(6);
    for (const file of rendered) {
      // Text pages, then the demo's 38-row annex over several landscape pages.
      expect(file.pages, file.log).toBeGreaterThan(4);
      const [png] = await pdfPagesToPng(file.pdf, join(dir, file.name));
      copyFileSync(png ?? "", join(SCREENSHOTS, file.name.replace(/\.\w+$/, ".png")));
    }
  }, 120_000);
});
