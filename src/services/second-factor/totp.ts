import { Secret, TOTP } from "otpauth";
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS, TOTP_WINDOW } from "../../domain/second-factor.js";

/** What the authenticator app shows above the code. */
const ISSUER = "Duban 督办";

/** 160 random bits, base32: RFC 4226's recommended length for SHA-1. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpOf = (secret: string, label = ""): TOTP =>
  new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });

/** The otpauth:// address the QR code carries, naming the user in the app's list. */
export const totpUri = (secret: string, username: string): string =>
  totpOf(secret, username).toString();

/**
 * The 30-second step a code belongs to (steps count from 1970), or undefined
 * when it is the code of no step within the window around now.
 */
export const totpStep = (secret: string, code: string, now: Date): number | undefined => {
  const delta = totpOf(secret).validate({
    token: code,
    timestamp: now.getTime(),
    window: TOTP_WINDOW,
  });
  return delta === null
    ? undefined
    : Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
};
