/**
 * Writes web/src/api-schema.ts: the types of the documented API, generated
 * from the server's own OpenAPI document, so the web app cannot drift from it.
 * `npm run api-types` rewrites it; test/web/api-schema.test.ts fails when it is stale.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { renderWebApiTypes } from "../test/support/web-api-types.js";

const target = fileURLToPath(new URL("../web/src/api-schema.ts", import.meta.url));
await writeFile(target, await renderWebApiTypes());
process.stdout.write(`wrote ${target}\n`);
