import { expect, it } from "vitest";
import { describeEachDatabase } from "../support/databases.js";
import { appFor } from "./app-for.js";

describeEachDatabase("API documentation", ({ open }) => {
  it("serves the OpenAPI document with the health path", async () => {
    const app = await appFor(open);
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = JSON.parse(response.body) as {
      openapi: string;
      paths: Record<string, { get?: { responses?: Record<string, unknown> } }>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.paths["/api/health"]?.get?.responses).toHaveProperty("200");
  });

  it("defines every schema the document refers to", async () => {
    const app = await appFor(open);
    const body = (await app.inject({ method: "GET", url: "/api/openapi.json" })).body;
    const document = JSON.parse(body) as { components?: { schemas?: Record<string, unknown> } };
    const refs = [...body.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toContain("ApiError");
    for (const name of refs) expect(document.components?.schemas).toHaveProperty(name ?? "");
  });

  it("serves Swagger UI as HTML, its assets from the package", async () => {
    const app = await appFor(open);
    const page = await app.inject({ method: "GET", url: "/api/docs" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    // No script or style from another origin: every src/href is relative.
    expect(page.body).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const bundle = await app.inject({
      method: "GET",
      url: "/api/docs/static/swagger-ui-bundle.js",
    });
    expect(bundle.statusCode).toBe(200);
  });

  it("relaxes the content security policy for the docs only", async () => {
    const app = await appFor(open);
    const docs = await app.inject({ method: "GET", url: "/api/docs" });
    expect(docs.headers["content-security-policy"]).toContain("'unsafe-inline'");
    expect(docs.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const api = await app.inject({ method: "GET", url: "/api/health" });
    expect(api.headers["content-security-policy"]).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
  });
});
