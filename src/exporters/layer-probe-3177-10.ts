export * as probe from "../services/plans.js";
