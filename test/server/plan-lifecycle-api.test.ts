import { expect, it } from "vitest";
import { describeEachDatabaseWorld, errorOf, type World } from "../support/http-session.js";

/** Archiving, restoring and deleting a plan over HTTP; the picker's list with the viewer's counts. */

interface Listed {
  readonly id: number;
  readonly archivedAt: string | null;
  readonly open: { readonly overdue: number; readonly dueSoon: number };
}

/** The plan's first milestone as its lead's leader reads it: its id and workflow version. */
const firstMilestone = async (w: World, planId: number) => {
  const milestones = await w
    .client("leader")
    .call("GET", `/api/milestones?plan=${String(planId)}&pageSize=1`);
  return milestones.json<{ items: { id: number; workflow: { version: number } }[] }>().items[0];
};

describeEachDatabaseWorld(
  "plan archive and delete API",
  { accounts: ["supervisor", "staff", "leader"] },
  ({ world }) => {
    it("lists plans with the viewer's open counts, archived ones only when asked", async () => {
      const w = world();
      const planId = w.planId ?? 0;
      const listed = (url: string) =>
        w
          .client("staff")
          .call("GET", url)
          .then((r) => r.json<{ items: Listed[] }>().items);
      const [mine] = await listed("/api/plans");
      expect(mine).toMatchObject({ id: planId, archivedAt: null });
      expect(Object.keys(mine?.open ?? {})).toEqual(["overdue", "dueSoon"]);

      const refused = await w
        .client("supervisor")
        .call("POST", `/api/plans/${String(planId)}/archive`);
      expect(refused.statusCode).toBe(403);
      const archived = await w.admin.call("POST", `/api/plans/${String(planId)}/archive`);
      expect(archived.statusCode).toBe(200);
      expect(archived.json<Listed>().archivedAt).toEqual(expect.any(String));
      expect(await listed("/api/plans")).toEqual([]);
      expect((await listed("/api/plans?archived=true")).map((p) => p.id)).toEqual([planId]);

      // Read-only, with a message that says why; still readable and exportable.
      const first = await firstMilestone(w, planId);
      const report = await w
        .client("leader")
        .call("POST", `/api/milestones/${String(first?.id)}/reports`, {
          version: first?.workflow.version,
          text: "进展",
        });
      expect(report.statusCode).toBe(409);
      expect(errorOf(report)).toMatchObject({ code: "plan.archived" });
      expect(errorOf(report).message.zh).toContain("已归档");
      const exported = await w.admin.call("GET", `/api/plans/${String(planId)}/export?format=csv`);
      expect(exported.statusCode).toBe(200);
      // A unit's people still export their part and find its texts, by naming the plan or asking
      // for archived plans; a search of the plans in use leaves it out.
      const part = await w
        .client("staff")
        .call("GET", `/api/plans/${String(planId)}/export?format=xlsx`);
      expect(part.statusCode).toBe(200);
      const found = async (query: string) => {
        const response = await w.client("staff").call("GET", `/api/search?q=研发经费&${query}`);
        expect(response.statusCode, response.body).toBe(200);
        return response.json<{ items: { plan: { id: number } | null }[] }>().items;
      };
      expect((await found(`plan=${String(planId)}`)).length).toBeGreaterThan(0);
      expect((await found("archived=true")).map((item) => item.plan?.id)).toContain(planId);
      expect((await found("")).filter((item) => item.plan !== null)).toEqual([]);
      // Still read-only for the office too: an instruction on it is refused.
      const instruction = await w.client("supervisor").call("POST", "/api/instructions", {
        targetType: "milestone",
        targetId: first?.id,
        issuedBy: "市长",
        text: "抓紧推进。",
      });
      expect(instruction.statusCode).toBe(409);
      expect(errorOf(instruction)).toMatchObject({ code: "plan.archived" });

      const restored = await w.admin.call("POST", `/api/plans/${String(planId)}/unarchive`);
      expect(restored.json<Listed>().archivedAt).toBeNull();
      expect((await listed("/api/plans")).map((p) => p.id)).toEqual([planId]);
    });

    it("refuses to delete a plan with work on it with 409 naming the work, and deletes one without", async () => {
      const w = world();
      const planId = w.planId ?? 0;
      const first = await firstMilestone(w, planId);
      const ack = await w
        .client("leader")
        .call("POST", `/api/milestones/${String(first?.id)}/acknowledgement`, {
          version: first?.workflow.version,
        });
      expect(ack.statusCode).toBe(200);
      const refused = await w.admin.call("DELETE", `/api/plans/${String(planId)}`);
      expect(refused.statusCode).toBe(409);
      expect(errorOf(refused)).toMatchObject({
        code: "plan.has_work",
        details: { work: { ledgerEntries: 1 } },
      });
      expect(errorOf(refused).message.zh).toContain("1 条办理记录");
      const byOffice = await w.client("supervisor").call("DELETE", `/api/plans/${String(planId)}`);
      expect(byOffice.statusCode).toBe(403);
    });

    it("leaves an archived plan out of the lists that span plans and out of the bell, and keeps it by name", async () => {
      const w = world();
      const planId = w.planId ?? 0;
      const first = await firstMilestone(w, planId);
      const entered = await w.client("supervisor").call("POST", "/api/instructions", {
        targetType: "milestone",
        targetId: first?.id,
        issuedBy: "市长",
        text: "请加快进度。",
      });
      expect(entered.statusCode, entered.body).toBe(201);
      const asked = await w
        .client("leader")
        .call("POST", `/api/milestones/${String(first?.id)}/extension-requests`, {
          version: first?.workflow.version,
          newDue: "2099-06-30",
          reason: "需要协调",
        });
      expect(asked.statusCode, asked.body).toBe(201);
      const count = async (who: "leader" | "supervisor", url: string) => {
        const response = await w.client(who).call("GET", url);
        expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
        const body = response.json<{ items?: unknown[]; total?: number } | unknown[]>();
        return Array.isArray(body) ? body.length : (body.total ?? body.items?.length ?? 0);
      };
      const waiting = async (who: "leader" | "supervisor") =>
        (await w.client(who).call("GET", "/api/session/waiting")).json<{
          answer: number;
          decide: number;
        }>();
      const lists = [
        ["leader", "/api/milestones?pageSize=1"],
        ["leader", "/api/instructions?awaiting=true"],
        ["supervisor", "/api/requests?state=pending"],
      ] as const;
      for (const [who, url] of lists) expect(await count(who, url), url).toBeGreaterThan(0);
      expect((await waiting("leader")).answer).toBeGreaterThan(0);
      expect((await waiting("supervisor")).decide).toBe(1);

      expect((await w.admin.call("POST", `/api/plans/${String(planId)}/archive`)).statusCode).toBe(
        200,
      );
      for (const [who, url] of lists) {
        expect(await count(who, url), url).toBe(0);
        // Named, the archived plan is still there to read.
        expect(await count(who, `${url}&plan=${String(planId)}`), url).toBeGreaterThan(0);
      }
      expect(await waiting("leader")).toMatchObject({ answer: 0 });
      expect(await waiting("supervisor")).toMatchObject({ decide: 0 });
      expect(
        (await w.admin.call("POST", `/api/plans/${String(planId)}/unarchive`)).statusCode,
      ).toBe(200);
    });
  },
);
