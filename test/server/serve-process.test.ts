import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import { runDuban } from "../support/cli-run.js";
import { startServeProcess } from "../support/serve-process.js";

const GENERATED = /created the administrator "admin" with the password (\S+)/;

describe("duban serve, as a process", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("starts on an empty data directory with the demo and an administrator, and stops cleanly on SIGINT", async () => {
    const data = mkdtempSync(join(tmpdir(), "duban-serve-"));
    dirs.push(data);
    // The SQLite file in --data, whatever database the test run points at.
    const env = {
      ...process.env,
      DATABASE_URL: undefined,
      DUBAN_DATA: undefined,
      // Set but empty, as a compose file leaves it: a password is generated all the same.
      DUBAN_ADMIN_PASSWORD: "",
    };
    const server = await startServeProcess(["--data", data], env);

    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "sqlite" });

    // The generated password is printed once, and it logs in.
    const password = GENERATED.exec(server.stdout())?.[1];
    expect(password).toBeDefined();
    const login = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get("set-cookie")).toMatch(/^duban_session=[^;]+;.*HttpOnly/);

    // The demo accounts are printed with their one password, and they log in too.
    expect(server.stdout()).toContain(`password ${DEMO_PASSWORD}`);
    const office = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "office", password: DEMO_PASSWORD }),
    });
    expect(office.status).toBe(200);
    expect(await office.json()).toMatchObject({ today: "2022-06-30" });

    expect(await server.stop()).toBe(0);

    const plans = await runDuban(["plans", "--json", "--data", data]);
    expect(plans.code).toBe(0);
    expect(JSON.parse(plans.stdout)).toEqual([
      expect.objectContaining({ year: 2022, ownerUnit: "市科技局", currentRevision: 1 }),
    ]);

    // A second start finds the administrator and the demo there and prints no password.
    const again = await startServeProcess(["--data", data], env);
    expect(again.stdout()).not.toMatch(/administrator|demo accounts/);
    expect(await again.stop()).toBe(0);
  }, 60_000);
});
