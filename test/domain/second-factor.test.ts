import { describe, expect, it } from "vitest";
import {
  mayTurnOff,
  orderedRoles,
  pendingStep,
  RECOVERY_CODE_LENGTH,
  recoveryCodeOf,
  secondFactorDue,
  typedRecoveryCode,
  typedTotp,
} from "../../src/domain/second-factor.js";

describe("second factor rules", () => {
  it("asks for a code of whoever has one, and of the required roles whether they have one or not", () => {
    expect(secondFactorDue([], "unit_staff", false)).toBe(false);
    expect(secondFactorDue([], "unit_staff", true)).toBe(true);
    expect(secondFactorDue(["admin", "supervisor"], "admin", false)).toBe(true);
    expect(secondFactorDue(["admin", "supervisor"], "unit_leader", false)).toBe(false);
    expect(pendingStep(true)).toBe("verify");
    expect(pendingStep(false)).toBe("enrol");
  });

  it("lets only a role that does not require it turn it off", () => {
    expect(mayTurnOff(["admin"], "admin")).toBe(false);
    expect(mayTurnOff(["admin"], "supervisor")).toBe(true);
  });

  it("keeps the policy's roles in the order of the roles, each once", () => {
    expect(orderedRoles(["unit_staff", "admin", "unit_staff"])).toEqual(["admin", "unit_staff"]);
  });

  it("reads six digits, spaces allowed, and nothing else as a TOTP code", () => {
    expect(typedTotp("123 456")).toBe("123456");
    expect(typedTotp("12345")).toBeUndefined();
    expect(typedTotp("12345a")).toBeUndefined();
  });

  it("makes recovery codes of 16 unambiguous characters and reads them back as typed", () => {
    const code = recoveryCodeOf(new Uint8Array(Array.from({ length: 16 }, (_, i) => i * 17)));
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(code).not.toMatch(/[ILOU]/);
    const plain = code.replaceAll("-", "");
    expect(plain).toHaveLength(RECOVERY_CODE_LENGTH);
    expect(typedRecoveryCode(code)).toBe(plain);
    expect(typedRecoveryCode(` ${code.toLowerCase().replaceAll("-", " ")} `)).toBe(plain);
    // Letters that look like digits are read as the digits.
    expect(typedRecoveryCode("O1lI-0000-0000-0000")).toBe("0111000000000000");
    expect(typedRecoveryCode("short")).toBeUndefined();
    expect(typedRecoveryCode("UUUU-0000-0000-0000")).toBeUndefined();
  });
});
