export * as probe from "../../channels/channel.js";
