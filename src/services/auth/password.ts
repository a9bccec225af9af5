import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { brokenPasswordRule } from "../../domain/password-rules.js";
import { DubanError } from "../duban-error.js";

/**
 * scrypt, memory-hard: N = 2^15, r = 8 needs 32 MiB per hash, which makes
 * guessing on stolen hashes costly while a login still takes well under a
 * second. The parameters are stored with each hash so that they can grow.
 */
const PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MAX_MEMORY = 128 * 1024 * 1024;

const derive = (password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });

export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, { ...PARAMETERS, maxmem: MAX_MEMORY });
  const { N, r, p } = PARAMETERS;
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
};

export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

/**
 * A hash of no one's password, checked when the username is unknown so that
 * a wrong name takes as long as a wrong password and reveals nothing.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> =>
  (decoy ??= hashPassword(randomBytes(16).toString("hex")));

/** The rules a new password must meet; the message says which one failed. */
export const checkNewPassword = (password: string, username: string): void => {
  const problem = brokenPasswordRule(password, username);
  if (problem) {
    throw new DubanError("user.invalid", problem, { field: "body.password" });
  }
};
