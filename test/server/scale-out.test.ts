import { describe, expect, it } from "vitest";
import { freshConfig, testDialects } from "../support/databases.js";
import { startServeProcess } from "../support/serve-process.js";

const PASSWORD = "scale-out-secret-1";

const describeOnPostgres = testDialects().includes("postgres") ? describe : describe.skip;

/**
 * The server keeps nothing of its own: two instances on one PostgreSQL
 * share sessions, so a load balancer may send any request to either.
 */
describeOnPostgres("two instances on one PostgreSQL", () => {
  it("share sessions: logged in on one, known and logged out on the other", async () => {
    const { config, dispose } = await freshConfig("postgres");
    try {
      if (config.kind !== "postgres") throw new Error("expected PostgreSQL");
      const env = {
        ...process.env,
        DATABASE_URL: `${config.url}?schema=${config.schema ?? ""}`,
        DUBAN_ADMIN_PASSWORD: PASSWORD,
      };
      const first = await startServeProcess(["--no-demo"], env);
      const second = await startServeProcess(["--no-demo"], env);

      const login = await fetch(`${first.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "admin", password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const { csrfToken } = (await login.json()) as { csrfToken: string };

      const whoOnSecond = await fetch(`${second.url}/api/session`, { headers: { cookie } });
      expect(whoOnSecond.status).toBe(200);
      expect(await whoOnSecond.json()).toMatchObject({ user: { username: "admin" } });

      // A write on the second instance with the first one's session and CSRF token.
      const unit = await fetch(`${second.url}/api/units`, {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: JSON.stringify({ name: "市数据局" }),
      });
      expect(unit.status).toBe(201);
      const units = await fetch(`${first.url}/api/units`, { headers: { cookie } });
      expect(JSON.stringify(await units.json())).toContain("市数据局");

      const logout = await fetch(`${second.url}/api/session`, {
        method: "DELETE",
        headers: { cookie, "x-csrf-token": csrfToken },
      });
      expect(logout.status).toBe(204);
      const afterLogout = await fetch(`${first.url}/api/session`, { headers: { cookie } });
      expect(afterLogout.status).toBe(401);

      expect(await first.stop()).toBe(0);
      expect(await second.stop()).toBe(0);
    } finally {
      await dispose();
    }
  }, 60_000);
});
