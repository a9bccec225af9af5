export * as probe from "../../policies/actor.js";
