import { ROLES, type Role } from "./role.js";

/** RFC 6238 as every authenticator app does it by default: SHA-1, 6 digits, 30 seconds. */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Codes of the step before and after are taken too: a phone's clock may be off by half a minute. */
export const TOTP_WINDOW = 1;

/** How many recovery codes a user gets at once; making new ones ends the old. */
export const RECOVERY_CODE_COUNT = 10;

/** A session opened by a first factor alone lasts this long unless the second is passed. */
export const PENDING_SESSION_MINUTES = 10;

/** The roles required when an administrator first switches the requirement on. */
export const DEFAULT_REQUIRED_ROLES: readonly Role[] = ["admin", "supervisor"];

/**
 * Where a session stands with the second factor: "pending" until its user
 * proves it, "passed" after, "none" when nobody asked for one.
 */
export type SessionSecondFactor = "pending" | "passed" | "none";

/** What a pending session still has to do: type a code, or enrol first. */
export type SecondFactorStep = "verify" | "enrol";

/** Whether a user must pass a second factor: they have one, or their role requires one. */
export const secondFactorDue = (
  requiredRoles: readonly Role[],
  role: Role,
  enrolled: boolean,
): boolean => enrolled || requiredRoles.includes(role);

/** The step a pending session waits for. */
export const pendingStep = (enrolled: boolean): SecondFactorStep => (enrolled ? "verify" : "enrol");

/** A user may turn their own factor off only when their role does not require it. */
export const mayTurnOff = (requiredRoles: readonly Role[], role: Role): boolean =>
  !requiredRoles.includes(role);

/** The policy's roles in the order of ROLES, each once: how it is stored and compared. */
export const orderedRoles = (roles: readonly Role[]): Role[] =>
  ROLES.filter((role) => roles.includes(role));

/** A TOTP code as typed: spaces dropped ("123 456" is how apps show it). */
export const typedTotp = (typed: string): string | undefined => {
  const digits = typed.replace(/\s+/g, "");
  return new RegExp(`^\\d{${String(TOTP_DIGITS)}}$`).test(digits) ? digits : undefined;
};

/** Crockford's base32 without I, L, O, U: nothing to misread on a printed sheet. */
const RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 16 characters of 5 bits: 80 random bits, beyond guessing even from the stored digest. */
export const RECOVERY_CODE_LENGTH = 16;
const RECOVERY_CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** A recovery code from random bytes (one byte per character), grouped by four for reading. */
export const recoveryCodeOf = (bytes: Uint8Array): string =>
  Array.from(bytes.slice(0, RECOVERY_CODE_LENGTH), (byte) => RECOVERY_ALPHABET[byte % 32])
    .join("")
    .replace(/(.{4})(?=.)/g, "$1-");

/**
 * A recovery code as typed, in the form its digest was made of: dashes and
 * spaces dropped, upper case, the letters people confuse with digits read as
 * the digits. Undefined when it cannot be one.
 */
export const typedRecoveryCode = (typed: string): string | undefined => {
  const plain = typed
    .replace(/[\s-]+/g, "")
    .toUpperCase()
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return RECOVERY_CODE_SHAPE.test(plain) ? plain : undefined;
};
