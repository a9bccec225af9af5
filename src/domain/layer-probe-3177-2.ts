export * as probe from "node:fs";
