import { expect, it } from "vitest";
import { describeEachDatabase } from "../support/databases.js";
import { appFor } from "./app-for.js";

describeEachDatabase("GET /api/health", ({ dialect, open }) => {
  it("reports the version, the database and the migrations", async () => {
    const app = await appFor(open);
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ migrations: { applied: string[]; pending: string[] } }>();
    expect(body).toMatchObject({
      status: "ok",
      database: dialect,
      version: expect.any(String) as unknown,
      // A database without the demo says so.
      demo: null,
    });
    expect(body.migrations.applied.length).toBeGreaterThan(0);
    expect(body.migrations.pending).toEqual([]);
  });
});
