import type { FastifyRequest } from "fastify";
import type { ServerSettings } from "./server-settings.js";

/** Where people reach this server: the configured public address, else the one asked. */
export const baseUrlOf = (settings: ServerSettings, request: FastifyRequest): string =>
  settings.publicUrl ?? `${request.protocol}://${request.host}`;
