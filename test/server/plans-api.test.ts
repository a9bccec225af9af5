import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { z } from "zod";
import { DEFAULT_LIMITS } from "../../src/importers/limits.js";
import { shellActor } from "../../src/policies/actor.js";
import type { diagnosticSchema, importOutcomeSchema } from "../../src/server/schemas/import.js";
import { importOutcomeJson } from "../../src/services/import-outcome-json.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import expected from "../fixtures/seed-2022-kjj.expected.json" with { type: "json" };
import { readFixture, REFERENCE_FORMATS } from "../support/fixtures.js";
import { writeRevisedReference } from "../support/revised-table.js";
import {
  COOPERATING_UNIT,
  describeEachDatabaseWorld,
  errorOf,
  LEAD_UNIT,
  OFFICE_UNIT,
  type World,
} from "../support/http-session.js";

/** Uploading tables (POST /api/plans) and querying milestones (GET /api/milestones). */

type Outcome = z.output<typeof importOutcomeSchema>;
type Diagnostic = z.output<typeof diagnosticSchema>;

const fixtureName = (format: string) => `seed-2022-kjj.${format}`;

const upload = (w: World, fileName: string, bytes: Uint8Array, query = "") =>
  w.admin.call("POST", `/api/plans?fileName=${encodeURIComponent(fileName)}${query}`, bytes);

/** What an import could leave behind: plans, revisions, units, log entries. */
const snapshot = async (w: World) => {
  const get = async (url: string) => (await w.admin.call("GET", url)).json<unknown>();
  return {
    plans: await get("/api/plans"),
    units: await get("/api/units"),
    milestones: ((await get("/api/milestones")) as { total: number }).total,
    log: ((await get("/api/audit-events?pageSize=1")) as { total: number }).total,
  };
};

describeEachDatabaseWorld("plan uploads", { plan: false, accounts: [] }, ({ world }) => {
  it("previews every format with dryRun=true and stores nothing", async () => {
    const w = world();
    const before = await snapshot(w);
    expect(before.plans).toEqual({ items: [] });
    for (const format of REFERENCE_FORMATS) {
      const response = await upload(
        w,
        fixtureName(format),
        readFixture(fixtureName(format)),
        "&dryRun=true",
      );
      expect(response.statusCode, `${format}: ${response.body.slice(0, 300)}`).toBe(200);
      const outcome = response.json<Outcome>();
      expect(outcome, format).toMatchObject({
        kind: "created",
        dryRun: true,
        revision: 1,
        counts: { tasks: 14, milestones: 38, added: 38, removed: 0, changed: 0, unchanged: 0 },
      });
      // The plan as read, to check before confirming: the table with its merged task cells.
      if (outcome.kind === "unchanged") throw new Error(`${format}: nothing to import`);
      expect(
        outcome.plan?.tasks.map((task) => task.no),
        format,
      ).toEqual(expected.tasks.map((task) => task.no));
      expect(outcome.plan?.tasks.find((task) => task.no === 202)?.milestones).toHaveLength(5);
      expect(outcome.newUnits, format).toContain(LEAD_UNIT);
      expect(outcome.diagnostics, format).toContainEqual({
        severity: "warning",
        code: "unit.created",
        message: {
          zh: expect.stringContaining(`「${LEAD_UNIT}」`) as unknown,
          en: expect.stringContaining(`"${LEAD_UNIT}"`) as unknown,
        },
        location: { file: fixtureName(format), text: LEAD_UNIT },
      });
    }
    expect(await snapshot(w)).toEqual(before);
  });

  it("imports the .docx as a plan (201), then finds the same content in every other form (200)", async () => {
    const w = world();
    const first = await upload(w, fixtureName("docx"), readFixture(fixtureName("docx")));
    expect(first.statusCode, first.body.slice(0, 300)).toBe(201);
    // Not necessarily plan 1: on PostgreSQL the dry runs above used up sequence numbers.
    const created = first.json<Outcome>();
    expect(created).toMatchObject({
      kind: "created",
      revision: 1,
      dryRun: false,
      counts: { tasks: 14, milestones: 38, added: 38 },
    });
    // The units the table names were new: each is reported.
    expect(created.diagnostics.filter((d) => d.code === "unit.created")).toHaveLength(18);

    const after = await snapshot(w);
    for (const format of REFERENCE_FORMATS.filter((f) => f !== "docx")) {
      const again = await upload(w, fixtureName(format), readFixture(fixtureName(format)));
      expect(again.statusCode, format).toBe(200);
      expect(again.json<Outcome>(), format).toMatchObject({
        kind: "unchanged",
        reason: "same_content",
        planId: created.planId,
        revision: 1,
        dryRun: false,
      });
    }
    const same = await upload(w, "renamed.docx", readFixture(fixtureName("docx")));
    expect(same.json<Outcome>()).toMatchObject({ kind: "unchanged", reason: "same_file" });
    expect(await snapshot(w)).toEqual(after);

    const revisions = await w.admin.call("GET", `/api/plans/${created.planId}/revisions`);
    expect(revisions.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        number: 1,
        actor: "user:admin",
        file: expect.objectContaining({ name: fixtureName("docx"), format: "docx" }) as unknown,
      }),
    ]);
    const log = await w.admin.call("GET", "/api/audit-events?action=plan.imported");
    expect(log.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        actor: "user:admin",
        userId: w.admin.userId,
        objectId: String(created.planId),
      }),
    ]);
  });

  it("previews a revision with its diff and the plan as read, and reads the diff back", async () => {
    const w = world();
    const planId = (await w.admin.call("GET", "/api/plans")).json<{ items: { id: number }[] }>()
      .items[0]?.id;
    const revised = readFileSync(
      await writeRevisedReference(mkdtempSync(join(tmpdir(), "duban-"))),
    );
    const dry = await upload(w, "revised.xlsx", revised, `&dryRun=true&planId=${planId}`);
    expect(dry.statusCode, dry.body.slice(0, 300)).toBe(200);
    const preview = dry.json<Outcome>();
    if (preview.kind !== "revised") throw new Error(`not a revision: ${dry.body.slice(0, 300)}`);
    // The response schema passes on every field the service sends (`duban import --json`'s).
    const direct = await importPlanFile(w.db, {
      bytes: revised,
      fileName: "revised.xlsx",
      dryRun: true,
      planId,
      actor: shellActor("cli:test"),
    });
    expect(preview).toEqual(JSON.parse(JSON.stringify(importOutcomeJson(direct))));
    expect(preview.plan?.tasks.find((task) => task.no === 204)?.milestones).toHaveLength(4);
    expect(preview.diff.counts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 36 });
    expect(preview.diff.milestones).toEqual([
      {
        kind: "changed",
        before: { taskKey: "202", taskIndex: 1, milestoneIndex: 1 },
        after: { taskKey: "202", taskIndex: 1, milestoneIndex: 1 },
        changes: [{ field: "deadline", before: "10月31日", after: "11月30日" }],
        matchedBy: "number",
      },
      { kind: "removed", before: { taskKey: "203", taskIndex: 2, milestoneIndex: 1 } },
      { kind: "added", after: { taskKey: "204", taskIndex: 3, milestoneIndex: 3 } },
    ]);

    const stored = await upload(w, "revised.xlsx", revised, `&planId=${planId}`);
    expect(stored.statusCode).toBe(201);
    const outcome = stored.json<Outcome>();
    expect(outcome).toMatchObject({ kind: "revised", revision: 2, dryRun: false });
    expect(outcome).not.toHaveProperty("plan");
    const read = await w.admin.call("GET", `/api/plans/${planId}/revisions/2`);
    expect(read.statusCode, read.body.slice(0, 300)).toBe(200);
    expect(read.json<{ diff: unknown }>().diff).toEqual(preview.diff);
  });

  it("refuses a broken file with 422 and diagnostics that say where, storing nothing", async () => {
    const w = world();
    const before = await snapshot(w);
    const docx = readFixture(fixtureName("docx"));
    const truncated = await upload(w, "broken.docx", docx.subarray(0, Math.floor(docx.length / 3)));
    expect(truncated.statusCode).toBe(422);
    const truncatedError = errorOf(truncated);
    expect(truncatedError.code).toBe("import.invalid_file");
    expect(truncatedError.details).toEqual({
      diagnostics: [
        expect.objectContaining({
          severity: "error",
          code: "archive.corrupt",
          location: { file: "broken.docx" },
        }),
      ],
    });

    // A table whose deadline cannot be read: located by row, line, column and field.
    const csv = readFixture(fixtureName("csv")).toString("utf8").replace("7月31日", "七月底左右吧");
    const unreadable = await upload(w, "seed-2022-kjj-edited.csv", Buffer.from(csv));
    expect(unreadable.statusCode).toBe(422);
    const { diagnostics } = errorOf(unreadable).details as { diagnostics: Diagnostic[] };
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([
      {
        severity: "error",
        code: "deadline.unreadable",
        message: expect.objectContaining({
          zh: expect.stringContaining("七月底左右吧") as unknown,
        }) as unknown,
        location: {
          file: "seed-2022-kjj-edited.csv",
          row: 3,
          line: 3,
          column: 5,
          field: "完成时限",
          text: "七月底左右吧",
        },
      },
    ]);

    const empty = await upload(w, "empty.csv", new Uint8Array());
    expect(errorOf(empty)).toMatchObject({ status: 422, code: "import.invalid_file" });
    expect(await snapshot(w)).toEqual(before);
  });

  it("refuses a body over the upload limit, another media type and a missing file name", async () => {
    const w = world();
    const before = await snapshot(w);
    const tooLarge = await upload(w, "huge.csv", new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1));
    expect(tooLarge.statusCode).toBe(413);
    // The answer says the limit, for the person who chose the file.
    expect(errorOf(tooLarge)).toMatchObject({
      status: 413,
      code: "request.too_large",
      message: { zh: "文件超过 64 MiB 的上限", en: "The file exceeds the 64 MiB limit" },
    });

    const pdf = await w.admin.call(
      "POST",
      "/api/plans?fileName=seed-2022-kjj.csv",
      readFixture(fixtureName("csv")),
      { "content-type": "application/pdf" },
    );
    expect(pdf.statusCode).toBe(415);

    const nameless = await w.admin.call("POST", "/api/plans", readFixture(fixtureName("csv")));
    expect(nameless.statusCode).toBe(400);
    expect(errorOf(nameless)).toMatchObject({
      code: "validation.failed",
      field: "querystring.fileName",
    });
    expect(await snapshot(w)).toEqual(before);
  });
});

interface MilestonePage {
  readonly items: readonly {
    readonly id: number;
    readonly planId: number;
    readonly task: { readonly no: number | null; readonly title: string };
    readonly seq: number | null;
    readonly text: string;
    readonly status: string;
    readonly light: string;
    readonly due: string | null;
    readonly asOf: string;
  }[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly asOf: string;
}

/** "203（1）": a milestone as the table names it. */
const label = (m: MilestonePage["items"][number]) => `${m.task.no ?? ""}（${m.seq ?? ""}）`;

/** The reference's milestones from the hand-checked expected.json. */
const reference = expected.tasks.flatMap((task) =>
  task.milestones.map((m) => ({ ...m, taskNo: task.no, taskTitle: task.title })),
);

describeEachDatabaseWorld("milestone queries", { accounts: [] }, ({ world }) => {
  const query = async (params: string): Promise<MilestonePage> => {
    const response = await world().admin.call("GET", `/api/milestones?pageSize=200&${params}`);
    expect(response.statusCode, `${params}: ${response.body.slice(0, 300)}`).toBe(200);
    return response.json<MilestonePage>();
  };
  const unitId = (name: string): number => world().unitIds[name] ?? -1;

  it("filters by plan", async () => {
    expect((await query(`plan=${world().planId ?? 0}`)).total).toBe(38);
    expect((await query("plan=99")).total).toBe(0);
  });

  it("computes status as of a day: due soon is within 15 days, overdue is past due", async () => {
    // As of 2022-06-20: seven milestones are due on 6月30日, two were due in March and April.
    const soon = await query("asOf=2022-06-20&status=due_soon");
    expect(soon.asOf).toBe("2022-06-20");
    expect(soon.items.map(label)).toEqual([
      "203（1）",
      "205（1）",
      "205（2）",
      "206（2）",
      "206（3）",
      "206（4）",
      "207（1）",
    ]);
    expect(soon.items.every((m) => m.due === "2022-06-30" && m.light === "yellow")).toBe(true);

    const overdue = await query("asOf=2022-06-20&status=overdue");
    expect(overdue.items.map((m) => [label(m), m.due, m.light])).toEqual([
      ["204（1）", "2022-03-31", "red"],
      ["204（2）", "2022-04-30", "red"],
    ]);
    expect((await query("asOf=2022-06-20&status=overdue,due_soon")).total).toBe(9);
    const rest = await query("asOf=2022-06-20&status=not_started");
    expect(rest.total).toBe(38 - 9);
    expect(rest.items.every((m) => m.light === "green")).toBe(true);
    expect((await query("asOf=2022-06-20&status=done,in_progress")).total).toBe(0);

    // 7月31日 is 11 days after 2022-07-20, and nothing else falls before 8月4日.
    expect((await query("asOf=2022-07-20&status=due_soon")).items.map(label)).toEqual(["202（1）"]);
    // On the due day it is still due soon; the day after, overdue.
    expect((await query("asOf=2022-07-31&status=due_soon")).items.map(label)).toEqual(["202（1）"]);
    expect((await query("asOf=2022-08-01&status=overdue")).total).toBe(
      reference.filter((m) => m.due < "2022-08-01").length,
    );
  });

  it("computes today's status where the office is when no day is asked", async () => {
    const w = world();
    const real = w.clock.now;
    try {
      // 20:00 UTC on 19 June is already 20 June in Shanghai.
      w.clock.now = new Date("2022-06-19T20:00:00Z");
      const today = await query("status=due_soon");
      expect(today.asOf).toBe("2022-06-20");
      expect(today.total).toBe(7);
    } finally {
      w.clock.now = real;
    }
  });

  it("filters by unit and its role", async () => {
    const audit = unitId(COOPERATING_UNIT);
    const named = reference.filter((m) => m.units.includes(COOPERATING_UNIT));
    expect(named).toHaveLength(9);
    expect((await query(`unit=${audit}`)).items.map(label)).toEqual(
      named.map((m) => `${m.taskNo}（${m.seq ?? ""}）`),
    );
    expect((await query(`unit=${audit}&role=cooperating`)).total).toBe(9);
    expect((await query(`unit=${audit}&role=lead`)).total).toBe(0);
    expect((await query(`unit=${audit}&status=due_soon&asOf=2022-06-20`)).items.map(label)).toEqual(
      ["203（1）", "205（1）", "205（2）"],
    );

    const lead = unitId(LEAD_UNIT);
    expect((await query(`unit=${lead}&role=lead`)).total).toBe(38);
    expect((await query(`unit=${lead}&role=cooperating`)).total).toBe(0);

    // 市工业和信息化局 leads task 75 (its one milestone here is 市科技局's) and cooperates on 7.
    const industry = unitId("市工业和信息化局");
    expect((await query(`unit=${industry}`)).total).toBe(8);
    expect((await query(`unit=${industry}&role=lead`)).items.map(label)).toEqual(["75（5）"]);
    expect((await query(`unit=${industry}&role=cooperating`)).total).toBe(7);
    expect((await query(`unit=${unitId(OFFICE_UNIT)}`)).total).toBe(0);
  });

  it("filters by a window of due dates", async () => {
    expect((await query("dueFrom=2022-06-30&dueTo=2022-06-30")).total).toBe(7);
    expect((await query("dueTo=2022-04-30")).items.map(label)).toEqual(["204（1）", "204（2）"]);
    const december = await query("dueFrom=2022-12-01");
    expect(december.total).toBe(reference.filter((m) => m.due >= "2022-12-01").length);
    expect(december.items.every((m) => m.due === "2022-12-15")).toBe(true);
    expect((await query("dueFrom=2022-07-01&dueTo=2022-06-30")).total).toBe(0);
  });

  it("finds text in the milestone or its task, taking % and _ literally", async () => {
    // 中微子 is in task 207's title only: both its milestones match.
    expect((await query(`q=${encodeURIComponent("中微子")}`)).items.map(label)).toEqual([
      "207（1）",
      "207（2）",
    ]);
    const prize = await query(`q=${encodeURIComponent("大赛")}`);
    expect(prize.total).toBe(
      reference.filter((m) => m.text.includes("大赛") || m.taskTitle.includes("大赛")).length,
    );
    // Task 204 aims at "2.7%以上"; no text has an underscore.
    expect((await query(`q=${encodeURIComponent("2.7%")}`)).items.map(label)).toEqual([
      "204（1）",
      "204（2）",
      "204（3）",
    ]);
    expect((await query(`q=${encodeURIComponent("%")}`)).total).toBe(3);
    expect((await query(`q=${encodeURIComponent("_")}`)).total).toBe(0);
    expect((await query(`q=${encodeURIComponent("没有这样的文字")}`)).total).toBe(0);
  });

  it("sorts by table position, by due date either way, and worst status first", async () => {
    const position = await query("");
    expect(position.items.map(label).slice(0, 3)).toEqual(["75（5）", "202（1）", "202（2）"]);

    const due = (await query("sort=due")).items.map((m) => m.due ?? "");
    expect(due).toEqual([...due].sort());
    expect(due.slice(0, 2)).toEqual(["2022-03-31", "2022-04-30"]);
    const latest = (await query("sort=-due")).items.map((m) => m.due ?? "");
    expect(latest).toEqual([...latest].sort().reverse());

    const worst = (await query("sort=status&asOf=2022-06-20")).items.map((m) => m.status);
    expect(worst.slice(0, 9)).toEqual([
      ...Array<string>(2).fill("overdue"),
      ...Array<string>(7).fill("due_soon"),
    ]);
    expect(new Set(worst.slice(9))).toEqual(new Set(["not_started"]));
  });

  it("pages, and refuses a page size over 200", async () => {
    const all = (await query("")).items.map((m) => m.id);
    const pages: number[] = [];
    for (let page = 1; page <= 4; page += 1) {
      const response = await world().admin.call("GET", `/api/milestones?pageSize=10&page=${page}`);
      const body = response.json<MilestonePage>();
      expect(body).toMatchObject({ total: 38, page, pageSize: 10 });
      expect(body.items).toHaveLength(page < 4 ? 10 : 8);
      pages.push(...body.items.map((m) => m.id));
    }
    expect(pages).toEqual(all);
    const beyond = await world().admin.call("GET", "/api/milestones?pageSize=10&page=5");
    expect(beyond.json<MilestonePage>()).toMatchObject({ items: [], total: 38 });
    const defaults = await world().admin.call("GET", "/api/milestones");
    expect(defaults.json<MilestonePage>()).toMatchObject({ page: 1, pageSize: 50 });

    for (const [params, field] of [
      ["pageSize=201", "querystring.pageSize"],
      ["pageSize=0", "querystring.pageSize"],
      ["page=0", "querystring.page"],
      // The first of the comma-separated statuses is the one at fault.
      ["status=late", "querystring.status.0"],
      ["asOf=2022-02-30", "querystring.asOf"],
      ["sort=name", "querystring.sort"],
      ["role=owner", "querystring.role"],
    ] as const) {
      const response = await world().admin.call("GET", `/api/milestones?${params}`);
      expect(response.statusCode, params).toBe(400);
      expect(errorOf(response), params).toMatchObject({ code: "validation.failed", field });
    }
  });
});
