export * as probe from "../../server/start-server.js";
