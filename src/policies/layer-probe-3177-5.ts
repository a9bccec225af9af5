export * as probe from "../domain/role.js";
