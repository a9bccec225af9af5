export * as probe from "../db/database.js";
