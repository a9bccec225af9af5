import { destinationPolicy } from "../../src/channels/destinations.js";

/**
 * The tests' receivers listen on 127.0.0.1, which Duban refuses by default: they are
 * allowed explicitly, as an administrator allows an on-premise robot.
 */
export const LOCAL_RECEIVERS = destinationPolicy("127.0.0.1");
