export * as probe from "../../src/db/database.js";
