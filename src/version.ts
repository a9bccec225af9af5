import { createRequire } from "node:module";

/** The version in package.json, so `duban --version` and the API never disagree with it. */
export const VERSION: string = (
  createRequire(import.meta.url)("../package.json") as { version: string }
).version;
