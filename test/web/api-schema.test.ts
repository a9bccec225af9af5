import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { renderWebApiTypes } from "../support/web-api-types.js";

it("keeps the web app's API types generated from the current OpenAPI document", async () => {
  const committed = await readFile(new URL("../../web/src/api-schema.ts", import.meta.url), "utf8");
  // On failure: `npm run api-types`, then review and commit the change.
  expect(committed).toBe(await renderWebApiTypes());
}, 30_000);
