import { z } from "zod";
import { SIGN_IN_METHODS } from "../../domain/sign-in.js";
import { arrayOf, roleSchema } from "./common.js";

export const messageSchema = z.object({ zh: z.string(), en: z.string() }).meta({ id: "Message" });

export const signInProvidersSchema = z
  .object({
    providers: arrayOf(
      z.object({
        method: z.enum(SIGN_IN_METHODS),
        name: messageSchema,
        loginUrl: z
          .string()
          .nullable()
          .meta({ description: "Where the browser goes to sign in; null: the password form" }),
      }),
    ),
  })
  .meta({ id: "SignInProviders" });

export const userSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    unitId: z.number().int(),
    unitName: z.string(),
    role: roleSchema,
    disabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    passwordChangedAt: z.string(),
  })
  .meta({ id: "User" });

export const sessionSchema = z
  .object({
    /** How this request proved who it is. */
    via: z.enum(["session", "token"]),
    /** The scope every request is judged by: a user's, or an API token's. */
    actor: z.object({
      name: z.string(),
      role: roleSchema,
      unitId: z.number().int(),
      unitName: z.string(),
    }),
    /** The logged-in user; null for an API token. */
    user: userSchema.nullable(),
    /** How the session began; null for an API token. */
    signIn: z.enum(SIGN_IN_METHODS).nullable(),
    /** Send it back in X-CSRF-Token with every write made with the session cookie. */
    csrfToken: z.string().nullable(),
    expiresAt: z.string().nullable(),
    /**
     * What the session waits for before it reaches anything: "verify" (type the
     * authenticator's code or a recovery code), "enrol" (the role requires a second
     * factor and the user has none yet); null when the session is whole.
     */
    secondFactor: z.enum(["verify", "enrol"]).nullable(),
    /** The server's today where the office is: what "as of" means when a request names no day. */
    today: z.string(),
  })
  .meta({ id: "Session" });

export const unitSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(["unit", "group"]),
    aliases: arrayOf(z.string()),
    members: arrayOf(z.string()),
    parentUnitId: z.number().int().nullable().meta({
      description:
        "The unit this one stands under (a section's bureau, a county's city); null: none",
    }),
  })
  .meta({ id: "Unit" });

export const tokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    unitId: z.number().int(),
    unitName: z.string(),
    role: roleSchema,
    createdBy: z.number().int().nullable(),
    createdByUsername: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    revokedReason: z.enum(["revoked", "creator_disabled", "creator_demoted"]).nullable(),
  })
  .meta({ id: "ApiToken" });

/** The API token a record credits, and who issued it. */
export const tokenCreditSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    createdBy: z.number().int().nullable(),
    createdByUsername: z.string().nullable(),
  })
  .meta({ id: "TokenCredit" });

/** A name in both languages of the interface. */

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    userId: z.number().int().nullable(),
    userName: z.string().nullable().meta({ description: "The person's display name (姓名)" }),
    token: tokenCreditSchema.nullable(),
    unitId: z.number().int().nullable(),
    unitName: z.string().nullable(),
    signIn: z
      .enum(SIGN_IN_METHODS)
      .nullable()
      .meta({ description: "How the acting user signed in; null for tokens, links and the shell" }),
    action: z.string(),
    actionName: messageSchema,
    objectType: z.string(),
    objectName: messageSchema,
    objectId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: "AuditEntry" });
