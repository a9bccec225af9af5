export * as probe from "../../server/build-app.js";
