import { expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import { logIn } from "../../src/services/auth/log-in.js";
import { bootstrapAdministrator } from "../../src/services/bootstrap-administrator.js";
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

  it("says so when there is no such user", async () => {
    const db = await open();
    const run = await dubanFor(db.config)("reset-password", "nobody", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no user "nobody"');
  });
});
