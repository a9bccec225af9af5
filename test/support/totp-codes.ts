import { Secret, TOTP } from "otpauth";

/** The code an authenticator app would show for this secret at this moment. */
export const totpCode = (secret: string, at: Date): string =>
  new TOTP({
    secret: Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: "SHA1",
  }).generate({ timestamp: at.getTime() });
