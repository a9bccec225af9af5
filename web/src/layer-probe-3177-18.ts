export * as probe from "../../src/domain/glossary.js";
