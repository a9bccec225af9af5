export * as probe from "../services/authorize.js";
