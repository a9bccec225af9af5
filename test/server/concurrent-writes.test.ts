import type { LightMyRequestResponse } from "fastify";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../support/databases.js";
import { errorOf, worldFor, type Client } from "../support/http-session.js";

/**
 * Many clients writing the same milestone at once with the version they
 * read: one wins each round, every loser is told (409 with the current
 * state) and, trying again, gets in. No accepted report is lost.
 */

const WRITERS = 12;

interface Conflict {
  readonly current: { readonly version: number };
}

const report = (client: Client, milestoneId: number, version: number, text: string) =>
  client.call("POST", `/api/milestones/${milestoneId}/reports`, { version, text });

/** Sends until accepted, taking the version each refusal tells; returns the refusals met. */
const reportUntilAccepted = async (
  client: Client,
  milestoneId: number,
  text: string,
): Promise<number> => {
  let version = 0;
  for (let refusals = 0; refusals <= WRITERS; refusals += 1) {
    const response: LightMyRequestResponse = await report(client, milestoneId, version, text);
    if (response.statusCode === 201) return refusals;
    expect(response.statusCode, response.body).toBe(409);
    const error = errorOf(response);
    expect(error.code).toBe("milestone.conflict");
    version = (error.details as Conflict).current.version;
  }
  throw new Error(`${text} was never accepted`);
};

describeEachDatabase("concurrent writes to one milestone", ({ open }) => {
  it("accepts one of many stale writes and tells every loser", async () => {
    const w = await worldFor(open, { accounts: ["staff", "leader"] });
    const listed = await w.admin.call("GET", `/api/milestones?plan=${w.planId}&pageSize=1`);
    const milestoneId = listed.json<{ items: { id: number }[] }>().items[0]?.id ?? -1;
    const writers = Array.from({ length: WRITERS }, (_, i) =>
      w.client(i % 2 === 0 ? "staff" : "leader"),
    );

    const round = await Promise.all(
      writers.map((client, i) => report(client, milestoneId, 0, `第一轮 ${i}`)),
    );
    expect(round.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const losers = round.filter((r) => r.statusCode !== 201);
    expect(losers).toHaveLength(WRITERS - 1);
    for (const loser of losers) {
      expect(loser.statusCode).toBe(409);
      expect(errorOf(loser)).toMatchObject({
        code: "milestone.conflict",
        details: { current: { version: 1 } },
      });
    }

    const refusals = await Promise.all(
      writers.map((client, i) => reportUntilAccepted(client, milestoneId, `第二轮 ${i}`)),
    );
    expect(refusals.some((n) => n > 0)).toBe(true);
    const history = await w.admin.call("GET", `/api/milestones/${milestoneId}/history`);
    const texts = history
      .json<{ entries: { entry: { text?: string } }[] }>()
      .entries.map((e) => e.entry.text);
    expect(texts).toHaveLength(1 + WRITERS);
    for (let i = 0; i < WRITERS; i += 1) expect(texts).toContain(`第二轮 ${i}`);
  });
});
