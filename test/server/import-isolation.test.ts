import { expect, it } from "vitest";
import { bigCsv } from "../support/big-table.js";
import { describeEachDatabaseWorld, errorOf, type World } from "../support/http-session.js";
import { zipBomb } from "../support/zip-bomb.js";

/** Imports are parsed in worker threads (issue 11, finding 8). */

const upload = (w: World, fileName: string, bytes: Uint8Array) =>
  w.admin.call("POST", `/api/plans?fileName=${encodeURIComponent(fileName)}&dryRun=true`, bytes);

describeEachDatabaseWorld("import isolation", { plan: false, accounts: [] }, ({ world }) => {
  // archive.compression_ratio is the bounded unzip's own refusal, made before the bomb inflates:
  // no clock needed (a timed bound failed on a busy machine while the import thread started).
  it("refuses a gigabyte zip bomb with its place, without inflating it", async () => {
    const response = await upload(world(), "bomb.docx", zipBomb(1024));
    expect(response.statusCode, response.body.slice(0, 2000)).toBe(422);
    expect(errorOf(response)).toMatchObject({
      code: "import.invalid_file",
      details: {
        diagnostics: [
          { severity: "error", code: "archive.compression_ratio", location: { file: "bomb.docx" } },
        ],
      },
    });
  });

  it("answers other requests while a large table is being parsed", async () => {
    const w = world();
    // Several seconds of parsing, with an error on every row.
    const importing = upload(w, "2022 big.csv", bigCsv(30_000, "下个月")).then((response) => ({
      response,
      at: performance.now(),
    }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const asked = performance.now();
    const health = await w.admin.call("GET", "/api/health");
    const answered = performance.now();
    expect(health.statusCode).toBe(200);
    const imported = await importing;
    // In the server's own thread the parse held every request until it was done.
    expect(answered).toBeLessThan(imported.at);
    expect(answered - asked).toBeLessThan(1000);
    expect(imported.response.statusCode).toBe(422);
    const { diagnostics } = errorOf(imported.response).details as { diagnostics: unknown[] };
    expect(diagnostics[0]).toMatchObject({
      code: "deadline.unreadable",
      location: { file: "2022 big.csv", row: 2, column: 5, field: "完成时限" },
    });
  }, 60_000);
});
