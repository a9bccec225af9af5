import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: session cookies, CSRF tokens, API tokens. */
export const newSecret = (): string => randomBytes(32).toString("base64url");

/**
 * What the database keeps of a secret. A plain SHA-256 suffices: unlike a
 * password, 256 random bits cannot be guessed from their hash.
 */
export const digestSecret = (secret: string): string =>
  createHash("sha256").update(secret).digest("base64url");
