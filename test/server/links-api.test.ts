import type { LightMyRequestResponse } from "fastify";
import { beforeAll, expect, it } from "vitest";
import {
  COOPERATING_UNIT,
  describeEachDatabaseWorld,
  errorOf,
  send,
  type AccountName,
} from "../support/http-session.js";
import { SESSION_COOKIE } from "../../src/server/authentication.js";
import { milestoneIdsByNumber } from "../support/milestone-ids.js";

/**
 * Milestone links over HTTP (src/server/routes/links.ts) on the reference
 * plan: 市科技局 leads, 市审计局 cooperates on 203 and 205. The link's
 * holder sends nothing but the link: no cookie, no token.
 */

interface NewLink {
  readonly id: number;
  readonly token: string;
  readonly url: string;
}

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A submission's form as the link's page sends it: the text fields, then the files. */
const formOf = async (
  fields: Readonly<Record<string, string>>,
  files: readonly (readonly [string, Uint8Array])[] = [],
) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, bytes] of files) form.append("files", new Blob([bytes]), name);
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  };
};

const answered = (response: LightMyRequestResponse, status: number, what: string) => {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 400)}`).toBe(status);
  return response;
};

describeEachDatabaseWorld(
  "milestone links over HTTP",
  // Small limits, so that the test reaches them; each test's requests come from its own address.
  { settings: { linkRateLimit: { perLink: 6, perAddress: 40 } } },
  ({ world }) => {
    let ids = new Map<string, number>();
    const id = (taskNo: number, seq: number): number =>
      ids.get(`${String(taskNo)}/${String(seq)}`) ?? -1;
    let auditUnit = -1;

    beforeAll(async () => {
      ids = await milestoneIdsByNumber(world().client("supervisor"));
      auditUnit = world().unitIds[COOPERATING_UNIT] ?? -1;
    });

    const issue = async (who: AccountName, milestoneIds: number[]): Promise<NewLink> =>
      answered(
        await world()
          .client(who)
          .call("POST", "/api/links", { milestoneIds, unitId: auditUnit, days: 5 }),
        201,
        `${who} issues a link`,
      ).json<NewLink>();

    /** What the holder's phone sends: nothing but the address (and its own IP). */
    const open = (token: string, remoteAddress: string) =>
      world().app.inject({ method: "GET", url: `/api/link/${token}`, remoteAddress });

    const submit = async (
      token: string,
      milestoneId: number,
      remoteAddress: string,
      fields: Record<string, string> = { holderName: "王五", text: "审计意见已反馈" },
      files: readonly (readonly [string, Uint8Array])[] = [],
    ) =>
      world().app.inject({
        method: "POST",
        url: `/api/link/${token}/milestones/${String(milestoneId)}/input`,
        remoteAddress,
        ...(await formOf(fields, files)),
      });

    /** The inputs on a milestone, as the office reads its history. */
    const inputsOn = async (milestoneId: number) =>
      answered(
        await world()
          .client("supervisor")
          .call("GET", `/api/milestones/${String(milestoneId)}/history`),
        200,
        "history",
      )
        .json<{ entries: { actor: string; actorName: string; entry: { kind: string } }[] }>()
        .entries.filter((e) => e.entry.kind === "input");

    it("lets the holder read the named milestone and send input with a file, which the lead sees", async () => {
      const link = await issue("staff", [id(205, 1)]);
      expect(link.url).toMatch(/^http:\/\/localhost(:80)?\/link\/dubanlink_[\w-]{43}$/);
      const page = answered(await open(link.token, "10.0.1.1"), 200, "open").json<{
        milestones: { id: number; task: { title: string } }[];
      }>();
      expect(page.milestones.map((m) => m.id)).toEqual([id(205, 1)]);
      expect(Object.keys(page)).toEqual(["unit", "contact", "expiresAt", "milestones"]);

      const sent = await submit(link.token, id(205, 1), "10.0.1.1", undefined, [
        ["审计意见.pdf", PDF],
      ]);
      expect(answered(sent, 201, "submit").json()).toMatchObject({ files: 1 });
      const [input] = await inputsOn(id(205, 1));
      expect(input).toMatchObject({
        actor: `link:${String(link.id)}:王五`,
        actorName: `王五 (链接 #${String(link.id)})`,
      });
      const listed = answered(await world().client("staff").call("GET", "/api/links"), 200, "list")
        .json<{ items: { id: number; submissionCount: number; readCount: number }[] }>()
        .items.find((l) => l.id === link.id);
      expect(listed).toMatchObject({ submissionCount: 1, readCount: 1 });
    });

    it("never reaches a milestone it does not name, by path or by body", async () => {
      const link = await issue("supervisor", [id(205, 2)]);
      for (const other of [id(205, 3), id(203, 1), id(202, 1)]) {
        const refused = await submit(link.token, other, "10.0.2.1");
        expect(refused.statusCode).toBe(404);
        expect(errorOf(refused).code).toBe("milestone.not_found");
        expect(await inputsOn(other)).toEqual([]);
      }
      // A field the form does not take (another milestone's id) is refused, not ignored.
      const smuggled = await submit(link.token, id(205, 2), "10.0.2.1", {
        holderName: "王五",
        text: "x",
        milestoneId: String(id(203, 1)),
      });
      expect(smuggled.statusCode).toBe(400);
      expect(errorOf(smuggled)).toMatchObject({ code: "link.invalid", field: "body.milestoneId" });
      expect(await inputsOn(id(205, 2))).toEqual([]);
      const missing = await submit(link.token, id(205, 2), "10.0.2.1", { text: "x" });
      expect(errorOf(missing)).toMatchObject({ code: "link.invalid", field: "body.holderName" });
      const twoLines = await submit(link.token, id(205, 2), "10.0.2.1", {
        holderName: "王五\n（审计局）",
        text: "x",
      });
      expect(errorOf(twoLines)).toMatchObject({ code: "link.invalid", field: "body.holderName" });
      expect(await inputsOn(id(205, 2))).toEqual([]);
    });

    it("refuses a revoked link as an unknown one, and an expired one as expired", async () => {
      const link = await issue("leader", [id(205, 3)]);
      answered(
        await world()
          .client("leader")
          .call("DELETE", `/api/links/${String(link.id)}`),
        200,
        "revoke",
      );
      const revoked = await open(link.token, "10.0.3.1");
      const unknown = await open(`dubanlink_${"B".repeat(43)}`, "10.0.3.1");
      expect(revoked.statusCode).toBe(404);
      expect(revoked.json()).toEqual(unknown.json());
      expect((await submit(link.token, id(205, 3), "10.0.3.1")).statusCode).toBe(404);
      expect(await inputsOn(id(205, 3))).toEqual([]);

      const short = await issue("staff", [id(205, 4)]);
      const clock = world().clock;
      const before = clock.now;
      clock.advanceMinutes(6 * 24 * 60);
      try {
        const expired = await submit(short.token, id(205, 4), "10.0.3.1");
        expect(expired.statusCode).toBe(410);
        expect(errorOf(expired).code).toBe("link.expired");
      } finally {
        clock.now = before;
      }
      expect(await inputsOn(id(205, 4))).toEqual([]);
    });

    it("is no session and no API token, and neither opens a link", async () => {
      const link = await issue("staff", [id(205, 5)]);
      const asBearer = await send(world().app, {
        method: "GET",
        url: "/api/plans",
        headers: { authorization: `Bearer ${link.token}` },
      });
      expect(asBearer.statusCode).toBe(401);
      const asCookie = await world().app.inject({
        method: "GET",
        url: "/api/plans",
        cookies: { [SESSION_COOKIE]: link.token },
      });
      expect(asCookie.statusCode).toBe(401);
      const made = answered(
        await world()
          .client("admin")
          .call("POST", "/api/tokens", { name: "同步", unitId: auditUnit, role: "unit_staff" }),
        201,
        "token",
      ).json<{ token: string }>();
      expect((await open(made.token, "10.0.4.1")).statusCode).toBe(404);
      expect((await open(world().client("staff").cookie, "10.0.4.1")).statusCode).toBe(404);
    });

    it("is issued, listed and revoked as the policies say", async () => {
      const w = world();
      const body = { milestoneIds: [id(205, 6)], unitId: auditUnit };
      expect((await w.client("auditStaff").call("POST", "/api/links", body)).statusCode).toBe(403);
      expect((await w.client("idleStaff").call("POST", "/api/links", body)).statusCode).toBe(404);
      const link = await issue("supervisor", [id(205, 6)]);
      expect(
        (await w.client("staff").call("DELETE", `/api/links/${String(link.id)}`)).statusCode,
      ).toBe(404);
      const idle = answered(await w.client("idleStaff").call("GET", "/api/links"), 200, "list");
      expect(idle.json()).toEqual({ items: [] });
      const all = answered(await w.client("supervisor").call("GET", "/api/links"), 200, "list");
      expect(all.json<{ items: { id: number }[] }>().items.map((l) => l.id)).toContain(link.id);
    });

    it("limits requests per link and per address", async () => {
      const link = await issue("staff", [id(205, 7)]);
      // One link from many addresses: its own limit.
      const perLink = [];
      for (let i = 1; i <= 7; i += 1) perLink.push(await open(link.token, `10.0.5.${String(i)}`));
      expect(perLink.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200, 429]);
      expect(errorOf(perLink[6] as LightMyRequestResponse).code).toBe("request.rate_limited");
      expect(perLink[6]?.headers["retry-after"]).toBeDefined();
      // One address guessing many secrets: the address's limit.
      const guesses = [];
      for (let i = 0; i < 41; i += 1) {
        guesses.push(
          (await open(`dubanlink_${String(i).padStart(43, "C")}`, "10.0.6.1")).statusCode,
        );
      }
      expect(guesses.slice(0, 40).every((status) => status === 404)).toBe(true);
      expect(guesses[40]).toBe(429);
    });
  },
);
