import { expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import { logIn } from "../../src/services/auth/log-in.js";
import { bootstrapAdministrator } from "../../src/services/bootstrap-administrator.js";
import { findSecondFactor } from "../../src/db/queries/second-factors.js";
import { userActor } from "../../src/policies/actor.js";
import { confirmEnrolment, startEnrolment } from "../../src/services/second-factor/enrolment.js";
import { totpCode } from "../support/totp-codes.js";
import { userNamed } from "../../src/services/users.js";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";

const attempt = (password: string) => ({
  username: "admin",
  password,
  clientIp: null,
  userAgent: null,
});

describeEachDatabase("duban reset-password", ({ open }) => {
  it("gives a locked-out administrator a new password that logs in", async () => {
    const db = await open();
    const now = new Date();
    await bootstrapAdministrator(db, "the-first-password", now);
    for (let i = 0; i < DEFAULT_AUTH_SETTINGS.perUser.maxFailures; i += 1) {
      await expect(
        logIn(db, attempt("wrong-password"), DEFAULT_AUTH_SETTINGS, now),
      ).rejects.toThrow();
    }
    await expect(
      logIn(db, attempt("the-first-password"), DEFAULT_AUTH_SETTINGS, now),
    ).rejects.toMatchObject({ code: "auth.locked" });

    const run = await dubanFor(db.config)("reset-password", "admin", "--lang", "en");
    expect(run.code).toBe(0);
    const password = /New password of "admin": (\S+)/.exec(run.stdout)?.[1] ?? "";

    const reopened = openDatabase(db.config);
    try {
      const session = await logIn(reopened, attempt(password), DEFAULT_AUTH_SETTINGS, now);
      expect(session.user.username).toBe("admin");
      await expect(
        logIn(reopened, attempt("the-first-password"), DEFAULT_AUTH_SETTINGS, now),
      ).rejects.toMatchObject({ code: "auth.invalid_credentials" });
    } finally {
      await reopened.close();
    }
  });

  it("resets the second factor with the password, and says so", async () => {
    const db = await open();
    const now = new Date();
    await bootstrapAdministrator(db, "the-first-password", now);
    const admin = await userNamed(db, "admin");
    if (!admin) throw new Error("no administrator");
    const actor = userActor(admin, "password");
    await startEnrolment(db, actor, now);
    const secret = (await findSecondFactor(db.kysely, admin.id))?.secret ?? "";
    await confirmEnrolment(
      db,
      actor,
      totpCode(secret, now),
      null,
      { clientIp: null, userAgent: null },
      DEFAULT_AUTH_SETTINGS,
      now,
    );
    const before = await logIn(db, attempt("the-first-password"), DEFAULT_AUTH_SETTINGS, now);
    expect(before.secondFactor).toBe("verify");

    const run = await dubanFor(db.config)("reset-password", "admin", "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "The user's second factor (authenticator and recovery codes) was reset",
    );
    const password = /New password of "admin": (\S+)/.exec(run.stdout)?.[1] ?? "";

    const reopened = openDatabase(db.config);
    try {
      const after = await logIn(reopened, attempt(password), DEFAULT_AUTH_SETTINGS, new Date());
      expect(after.secondFactor).toBeNull();
      expect(await findSecondFactor(reopened.kysely, admin.id)).toBeUndefined();
    } finally {
      await reopened.close();
    }
    const again = await dubanFor(db.config)("reset-password", "admin", "--lang", "en");
    expect(again.stdout).not.toContain("second factor");
  });

  it("says so when there is no such user", async () => {
    const db = await open();
    const run = await dubanFor(db.config)("reset-password", "nobody", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no user "nobody"');
  });
});
