export * as probe from "../db/queries/plans.js";
