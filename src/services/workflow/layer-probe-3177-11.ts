export * as probe from "../../server/server-settings.js";
