import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { countSearchMatches } from "../../src/db/queries/search.js";
import type { SearchKind } from "../../src/domain/search-kind.js";
import type { Actor } from "../../src/policies/actor.js";
import { issueInstruction, respondToInstruction } from "../../src/services/instructions.js";
import { search, type SearchInput, type SearchResults } from "../../src/services/search.js";
import { addUnitAlias } from "../../src/services/units.js";
import { decideMilestoneRequest } from "../../src/services/workflow/decide-request.js";
import { declareCompletion } from "../../src/services/workflow/declare-completion.js";
import { reportProgress } from "../../src/services/workflow/report-progress.js";
import { describeEachDatabase } from "../support/databases.js";
import { at, referenceWorkflow, refusal, SHELL } from "../support/reference-workflow.js";

/**
 * Search over the reference plan with a little of the year written through
 * the services: 市科技局 leads tasks 202–213; 市审计局 cooperates on
 * 203（1）（2） and 205（1）–（7）; 市档案馆 has no part in the plan.
 */

const ZONE = "Asia/Shanghai";

const world = async (db: Database) => {
  const w = await referenceWorkflow(db);
  const find = (actor: Actor, input: SearchInput) => search(db, actor, input, ZONE);
  // 202（1）: the lead reports, declares completion, and the office returns it with a comment.
  const m202 = w.milestoneId(202, 1);
  await reportProgress(
    db,
    w.staff,
    {
      milestoneId: m202,
      version: 0,
      text: "已召开ＡＢＣ推进会（第一次）",
      percent: 30,
      attachmentIds: [],
      cites: [],
    },
    at("2022-03-10"),
  );
  const declared = await declareCompletion(
    db,
    w.leader,
    { milestoneId: m202, version: 1, completedOn: "2022-04-01", text: "已完成", attachmentIds: [] },
    at("2022-04-02"),
  );
  await decideMilestoneRequest(
    db,
    w.office,
    {
      requestId: declared.requestId ?? -1,
      version: 2,
      decision: "reject",
      comment: "请补充会议纪要100%_原件",
    },
    at("2022-04-05"),
  );
  // 205（1）: 市审计局 cooperates and sends its input.
  await reportProgress(
    db,
    w.audit,
    {
      milestoneId: w.milestoneId(205, 1),
      version: 0,
      text: "审计意见已反馈",
      percent: null,
      attachmentIds: [],
      cites: [],
    },
    at("2022-05-06"),
  );
  const instruction = await issueInstruction(
    db,
    w.office,
    {
      target: { type: "milestone", id: w.milestoneId(204, 1) },
      text: "请抓紧研究落实督导方案",
      issuedBy: "市长 张三",
      responseDue: null,
    },
    at("2022-06-01"),
  );
  await respondToInstruction(
    db,
    w.staff,
    { instructionId: instruction.id, text: "已按批示部署专项督导" },
    at("2022-06-03"),
  );
  return { ...w, find };
};

const kindsOf = (results: SearchResults): SearchKind[] => results.items.map((item) => item.kind);

describeEachDatabase("search", ({ open }) => {
  it("finds every kind of text, with the plan, ids to open it, units, day and highlights", async () => {
    const db = await open();
    const w = await world(db);

    const report = await w.find(w.office, { q: "ａｂｃ推进会" });
    expect(report.items).toHaveLength(1);
    expect(report.items[0]).toMatchObject({
      kind: "report",
      plan: { id: w.planId },
      taskNo: 202,
      milestoneId: w.milestoneId(202, 1),
      milestoneSeq: 1,
      units: ["市科技局"],
      day: "2022-03-10",
      snippet: "已召开ＡＢＣ推进会（第一次）",
      highlights: [{ start: 3, length: 6 }],
    });
    expect(report.totals.report).toBe(1);

    const review = await w.find(w.office, { q: "会议纪要" });
    expect(review.items[0]).toMatchObject({ kind: "review", taskNo: 202, day: "2022-04-05" });

    const answer = await w.find(w.office, { q: "专项督导" });
    // 204's own text mentions 专项督导 nowhere in the reference plan: the instruction's answer does.
    expect(kindsOf(answer)).toContain("answer");

    const instruction = await w.find(w.office, { q: "督导方案" });
    expect(instruction.items[0]).toMatchObject({
      kind: "instruction",
      taskNo: 204,
      milestoneSeq: 1,
    });

    const unit = await w.find(w.office, { q: "档案馆" });
    expect(unit.items).toEqual([
      expect.objectContaining({
        kind: "unit",
        plan: null,
        units: ["市档案馆"],
        snippet: "市档案馆",
      }),
    ]);
    await addUnitAlias(
      db,
      SHELL,
      (await w.unitId("市科技局")) ?? -1,
      "江门市科学技术局",
      new Date("2022-06-05T02:00:00Z"),
    );
    const alias = await w.find(w.office, { q: "科学技术局" });
    expect(alias.items[0]).toMatchObject({ kind: "unit", snippet: "市科技局（江门市科学技术局）" });
  });

  it("finds tasks and milestones by title and text, and by 序号 first", async () => {
    const db = await open();
    const w = await world(db);
    const byNumber = await w.find(w.office, { q: "204" });
    expect(byNumber.items[0]).toMatchObject({
      kind: "task",
      taskNo: 204,
      numbered: true,
      highlights: [],
    });

    for (const q of ["205（3）", "205(3)", " 205 (3) "]) {
      const step = await w.find(w.office, { q });
      expect(step.items[0], q).toMatchObject({
        kind: "milestone",
        taskNo: 205,
        milestoneSeq: 3,
        milestoneId: w.milestoneId(205, 3),
        numbered: true,
      });
    }
    const title = await w.find(w.office, { q: "科技", kind: "task" });
    expect(title.items.length).toBeGreaterThan(0);
    expect(title.items.every((item) => item.kind === "task")).toBe(true);
    expect(title.totals.milestone).toBe(0);
  });

  it("answers queries of one and two characters, and reads % and _ as themselves", async () => {
    const db = await open();
    const w = await world(db);
    const one = await w.find(w.office, { q: "纪" });
    expect(kindsOf(one)).toContain("review");
    expect(one.items.find((item) => item.kind === "review")?.highlights).toEqual([
      { start: 5, length: 1 },
    ]);
    const two = await w.find(w.office, { q: "纪要" });
    expect(two.totals.review).toBe(1);

    // Two ideographs outside the basic plane: four UTF-16 units, still two characters.
    await reportProgress(
      db,
      w.staff,
      {
        milestoneId: w.milestoneId(203, 1),
        version: 0,
        text: "走访𠀀𠀁企业",
        percent: null,
        attachmentIds: [],
        cites: [],
      },
      at("2022-05-10"),
    );
    expect((await w.find(w.office, { q: "𠀀𠀁" })).items).toMatchObject([
      { kind: "report", highlights: [{ start: 2, length: 4 }] },
    ]);

    expect((await w.find(w.office, { q: "%" })).totals.review).toBe(1);
    expect((await w.find(w.office, { q: "0%_" })).totals.review).toBe(1);
    expect((await w.find(w.office, { q: "_" })).totals.review).toBe(1);
    expect((await w.find(w.office, { q: "纪%要" })).items).toEqual([]);
    expect((await w.find(w.office, { q: "纪_要" })).items).toEqual([]);
  });

  it("shows a unit only what it stands in, and every unit every unit's name", async () => {
    const db = await open();
    const w = await world(db);
    // 市审计局 shares 205（1）: it finds its own input there, and nothing on 202 or 204.
    const audit = await w.find(w.audit, { q: "审计意见" });
    expect(kindsOf(audit)).toEqual(["report"]);
    for (const q of ["推进会", "会议纪要", "督导方案", "专项督导"]) {
      const found = await w.find(w.audit, { q, kind: undefined });
      expect(
        found.items.filter((item) => item.kind !== "unit"),
        q,
      ).toEqual([]);
      expect(
        Object.values(found.totals).reduce((a, b) => a + b, 0),
        q,
      ).toBe(found.totals.unit);
    }
    // 市档案馆 has no part in the plan: no task, milestone or record, but the unit names.
    const idle = await w.find(w.idle, { q: "科技" });
    expect(kindsOf(idle).every((kind) => kind === "unit")).toBe(true);
    expect(kindsOf(idle)).toContain("unit");
    // The lead sees its own.
    expect((await w.find(w.staff, { q: "推进会" })).totals.report).toBe(1);
  });

  it("filters by plan, unit, days and kind, and limits the page but not the totals", async () => {
    const db = await open();
    const w = await world(db);
    const all = await w.find(w.office, { q: "科技" });
    const limited = await w.find(w.office, { q: "科技", limit: 2 });
    expect(limited.items).toHaveLength(2);
    expect(limited.totals).toEqual(all.totals);

    const march = await w.find(w.office, { q: "推进会", from: "2022-03-10", to: "2022-03-10" });
    expect(march.totals.report).toBe(1);
    const april = await w.find(w.office, { q: "推进会", from: "2022-03-11" });
    expect(april.totals.report).toBe(0);

    const auditUnit = (await w.unitId("市审计局")) ?? -1;
    const ofAudit = await w.find(w.office, { q: "审计意见", unitId: auditUnit });
    expect(ofAudit.totals.report).toBe(1);
    const notOfAudit = await w.find(w.office, { q: "推进会", unitId: auditUnit });
    expect(notOfAudit.totals.report).toBe(0);

    expect((await w.find(w.office, { q: "推进会", planId: w.planId })).totals.report).toBe(1);
    expect(await refusal(w.find(w.office, { q: "推进会", planId: 999 }))).toBe("plan.not_found");
    expect(await refusal(w.find(w.office, { q: "   " }))).toBe("search.invalid_query");
    expect(await refusal(w.find(w.office, { q: "x".repeat(101) }))).toBe("search.invalid_query");
    expect(await refusal(w.find(w.office, { q: "x", limit: 101 }))).toBe("search.invalid_query");
    expect(await refusal(w.find(w.office, { q: "x", from: "2022-05-01", to: "2022-04-01" }))).toBe(
      "search.invalid_query",
    );
  });

  it("stops counting each kind at the cap, and says the totals are lower bounds", async () => {
    const db = await open();
    await world(db);
    const filter = { text: "科技", visibleTo: { all: true } as const, withArchived: false };
    const whole = await countSearchMatches(db.kysely, filter, 10_000);
    const all = [...whole.byKind.values()].reduce((a, b) => a + b, 0);
    expect(whole.capped).toBe(false);
    expect(all).toBeGreaterThan(3);
    const capped = await countSearchMatches(db.kysely, filter, 3);
    expect(capped.capped).toBe(true);
    // Each kind apart: a kind with more says the cap, the others stay exact.
    for (const [kind, n] of whole.byKind) expect(capped.byKind.get(kind)).toBe(Math.min(n, 3));
    expect((await search(db, SHELL, { q: "科技" }, ZONE)).totalsCapped).toBe(false);
  });
});
