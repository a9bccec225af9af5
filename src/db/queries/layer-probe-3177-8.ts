export * as probe from "../../domain/contact.js";
