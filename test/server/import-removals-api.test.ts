import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { claimAttachments, insertAttachment } from "../../src/db/queries/attachments.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { describeEachDatabase } from "../support/databases.js";
import { errorOf, worldFor, type World } from "../support/http-session.js";
import { revisedReference } from "../support/revised-table.js";

interface PlanBody {
  readonly content: { readonly tasks: readonly { readonly no: number | null }[] };
  readonly ids: readonly { readonly task: number; readonly milestones: readonly number[] }[];
}

interface RequestBody {
  readonly id: number;
  readonly state: string;
  readonly decisionComment: string | null;
}

/** Plan 1's milestone id of task `no`, step `index` (0-based). */
const milestoneOf = async (w: World, no: number, index: number): Promise<number> => {
  const plan = (await w.admin.call("GET", `/api/plans/${String(w.planId)}`)).json<PlanBody>();
  const at = plan.content.tasks.findIndex((task) => task.no === no);
  const id = plan.ids[at]?.milestones[index];
  if (id === undefined) throw new Error(`no milestone ${String(no)}/${String(index)}`);
  return id;
};

const importRevised = async (w: World, query: string) =>
  w.admin.call(
    "POST",
    `/api/plans?fileName=revised-2022-kjj.xlsx&planId=${String(w.planId)}${query}`,
    await planToXlsx(revisedReference),
  );

/**
 * Plan 1 with history (a report, an extension request still open) and an
 * evidence file on 203（2）, the milestone the revised table drops.
 */
const worldWithRecords = async (open: Parameters<typeof worldFor>[0]) => {
  const w = await worldFor(open, { accounts: ["leader", "supervisor", "idleStaff"] });
  w.clock.now = new Date("2022-06-10T04:00:00Z");
  const removed = await milestoneOf(w, 203, 1);
  const leader = w.client("leader");
  const report = await leader.call("POST", `/api/milestones/${String(removed)}/reports`, {
    version: 0,
    text: "已完成场地选址。",
    percent: 40,
  });
  expect(report.statusCode, report.body).toBe(201);
  const asked = await leader.call("POST", `/api/milestones/${String(removed)}/extension-requests`, {
    version: 1,
    newDue: "2022-12-31",
    reason: "需与省厅对接。",
  });
  expect(asked.statusCode, asked.body).toBe(201);
  // Stored directly: how evidence arrives is not what this test is about.
  const content = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
  const attachment = await insertAttachment(
    w.db.kysely,
    {
      milestoneId: removed,
      sha256: createHash("sha256").update(content).digest("hex"),
      name: "选址.pdf",
      mediaType: "application/pdf",
      content,
      actor: "kjj.leader",
      unitId: leader.unitId,
      userId: leader.userId,
    },
    new Date().toISOString(),
  );
  await claimAttachments(w.db.kysely, {
    milestoneId: removed,
    actor: "kjj.leader",
    ids: [attachment],
  });
  return { w, removed, attachment };
};

describeEachDatabase("a revision that removes milestones with records", ({ open }) => {
  it("asks for confirmation first, in the preview and when importing", async () => {
    const { w, removed } = await worldWithRecords(open);
    const what = { milestoneId: removed, entries: 2, attachments: 1, openRequests: 1 };
    const preview = await importRevised(w, "&dryRun=true");
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      kind: "revised",
      revision: 2,
      confirmationRequired: true,
      removals: [what],
    });
    const refused = await importRevised(w, "");
    expect(refused.statusCode, refused.body).toBe(409);
    expect(errorOf(refused)).toMatchObject({
      code: "import.confirmation_required",
      details: { planId: w.planId, revision: 2, removals: [what] },
    });
    const revisions = await w.admin.call("GET", `/api/plans/${String(w.planId)}/revisions`);
    expect(revisions.json<{ items: unknown[] }>().items).toHaveLength(1);
    const confirmed = await importRevised(w, "&confirmRemovals=true");
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(confirmed.json()).toMatchObject({ kind: "revised", revision: 2, removals: [what] });
  });

  it("keeps a removed milestone, its history and evidence readable, and refuses writes", async () => {
    const { w, removed, attachment } = await worldWithRecords(open);
    expect((await importRevised(w, "&confirmRemovals=true")).statusCode).toBe(201);
    for (const who of ["admin", "supervisor", "leader"] as const) {
      const client = w.client(who);
      const shown = await client.call("GET", `/api/milestones/${String(removed)}`);
      expect(shown.statusCode, `${who}: ${shown.body}`).toBe(200);
      expect(shown.json()).toMatchObject({ id: removed, seq: 2, removedInRevision: 2 });
      const history = await client.call("GET", `/api/milestones/${String(removed)}/history`);
      expect(history.statusCode, history.body).toBe(200);
      expect(history.json<{ entries: unknown[] }>().entries).toHaveLength(2);
      const file = await client.call("GET", `/api/attachments/${String(attachment)}`);
      expect(file.statusCode, file.body).toBe(200);
    }
    // A unit the removed milestone never named learns nothing of it, its evidence included.
    const idle = w.client("idleStaff");
    expect((await idle.call("GET", `/api/milestones/${String(removed)}/history`)).statusCode).toBe(
      404,
    );
    expect((await idle.call("GET", `/api/attachments/${String(attachment)}`)).statusCode).toBe(404);
    const late = await w
      .client("leader")
      .call("POST", `/api/milestones/${String(removed)}/reports`, {
        version: 2,
        text: "继续推进。",
        percent: 60,
      });
    expect(late.statusCode, late.body).toBe(409);
    expect(errorOf(late).code).toBe("milestone.removed");
    const instruction = await w.client("supervisor").call("POST", "/api/instructions", {
      targetType: "milestone",
      targetId: removed,
      text: "请加快推进。",
      issuedBy: "市长",
    });
    expect(instruction.statusCode, instruction.body).toBe(409);
    expect(errorOf(instruction).code).toBe("milestone.removed");
  });

  it("withdraws the open requests of a removed milestone, saying why", async () => {
    const { w } = await worldWithRecords(open);
    expect((await importRevised(w, "&confirmRemovals=true")).statusCode).toBe(201);
    const listed = await w.admin.call("GET", `/api/requests?plan=${String(w.planId)}`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json<{ items: RequestBody[] }>().items).toMatchObject([
      { state: "withdrawn", decisionComment: "milestone removed in revision 2" },
    ]);
  });
});
