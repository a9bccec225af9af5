import type { Answer } from "../../api.js";

/** GET /api/oidc/mappings: the provider as configured (never its secret) and the mapping table. */
export type OidcMappings = Answer<"/api/oidc/mappings", "get">;
export type OidcProvider = NonNullable<OidcMappings["provider"]>;
export type UserMapping = OidcMappings["users"][number];
export type UnitRule = OidcMappings["units"][number];
