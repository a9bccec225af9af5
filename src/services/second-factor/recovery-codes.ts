import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { replaceRecoveryCodes } from "../../db/queries/second-factors.js";
import type { Schema } from "../../db/schema.js";
import {
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  recoveryCodeOf,
  typedRecoveryCode,
} from "../../domain/second-factor.js";
import { digestSecret } from "../auth/secret-token.js";

/**
 * What the database keeps of a recovery code: its SHA-256, as of session
 * tokens. 80 random bits cannot be found from the digest, and a digest is
 * looked up directly, where a slow password hash would have to be tried
 * against each of the user's codes.
 */
export const recoveryCodeDigest = (typed: string): string | undefined => {
  const code = typedRecoveryCode(typed);
  return code === undefined ? undefined : digestSecret(code);
};

/** Makes a user's new recovery codes (the old ones end) and returns them, to be shown once. */
export const issueRecoveryCodes = async (
  db: Kysely<Schema>,
  userId: number,
  now: Date,
): Promise<string[]> => {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    recoveryCodeOf(randomBytes(RECOVERY_CODE_LENGTH)),
  );
  await replaceRecoveryCodes(
    db,
    userId,
    // Stored as typedRecoveryCode reads them back: without the dashes.
    codes.map((code) => digestSecret(code.replaceAll("-", ""))),
    now.toISOString(),
  );
  return codes;
};
