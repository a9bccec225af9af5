import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { format, resolveConfig } from "prettier";
import { openDatabase } from "../../src/db/database.js";
import { buildApp } from "../../src/server/build-app.js";

const HEADER = "/* Generated from /api/openapi.json by `npm run api-types`; do not edit. */\n";

/** The OpenAPI document of a freshly built app, as TypeScript (prettier-formatted). */
export const renderWebApiTypes = async (): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), "duban-openapi-"));
  const db = openDatabase({ kind: "sqlite", file: join(dir, "duban.sqlite") });
  try {
    const app = await buildApp({ db });
    await app.ready();
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    await app.close();
    const source = HEADER + astToString(await openapiTS(document, { exportType: true }));
    const config = (await resolveConfig("web/src/api-schema.ts")) ?? {};
    return await format(source, { ...config, parser: "typescript" });
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
