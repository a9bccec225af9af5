export * as probe from "./iso-date.js";
