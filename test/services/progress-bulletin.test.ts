import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { unitsOf } from "../../src/domain/plan.js";
import { readDocx } from "../../src/importers/blocks/read-docx.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { DEFAULT_LIMITS } from "../../src/importers/limits.js";
import { shellActor } from "../../src/policies/actor.js";
import { claimEmptyDatabaseForDemo } from "../../src/services/demo/demo-database.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import { bulletinFile } from "../../src/services/exports/bulletin-file.js";
import { CONTENT_TYPES } from "../../src/services/exports/export-file.js";
import { progressBulletin } from "../../src/services/exports/progress-bulletin.js";
import { planStatus } from "../../src/services/plan-status.js";
import { readPlan } from "../../src/services/plans.js";
import { describeEachDatabase } from "../support/databases.js";

const SHELL = shellActor("cli:test");
const AS_OF = "2022-06-30";

const seeded = async (db: Database): Promise<number> => {
  expect(await claimEmptyDatabaseForDemo(db, new Date("2026-03-02T03:04:05Z"))).toBe(true);
  return seedDemo(db);
};

/**
 * Counted by hand from the reference table and the demo script
 * (src/services/demo/demo-script.ts), as of 30 June 2022: the 市科技局 part
 * has tasks 202–213 and the steps 75（5） and 228（4） it leads in others'
 * tasks, 38 milestones.
 *   done: 202（1） (approved 4-18), 205（2） (5-23), 206（2） (3-17), all before due;
 *   overdue: 204（1） (due 3-31, extension refused), 204（2） (due 4-30, completion returned);
 *   due that day: 203（1）, 205（1） (completion awaiting review), 206（4） (extension awaiting),
 *   207（1）; 206（3） was extended to 30 September;
 *   never reported: 75（5）, 210, 228（4）, and 205（5）–（7） acknowledged only;
 *   tasks: 204 is overdue, none is done, the other 13 are under way;
 *   instructions: 207's was closed on 3-21, 204（1）'s of 6-20 is open, unanswered.
 */
const HAND_COUNTED_SUMMARY =
  "截至6月30日，14项重点工作任务中已完成0项，正在推进13项，逾期1项；38个节点计划中已完成3个，" +
  "正在推进23个，即将到期4个，逾期2个，未启动6个，完成率7.9%，按时完成率100%。领导批示尚未办结1件。";

/** The figures on the demo's day: planStatus's, and those counted by hand; the instructions in March. */
const sameFiguresAsDashboard = async (db: Database, planId: number) => {
  const bulletin = await progressBulletin(db, SHELL, { planId, asOf: AS_OF });
  const status = await planStatus(db, SHELL, { planId, asOf: AS_OF });

  expect(bulletin.title).toBe("2022年市科技局重点工作任务进展情况通报（截至6月30日）");
  expect(bulletin.period).toBe("2022年第二季度");
  expect(bulletin.summary).toBe(HAND_COUNTED_SUMMARY);
  // The same figures as the dashboard's source, word for word.
  const c = status.counts;
  expect(bulletin.summary).toContain(
    `${String(status.total)}个节点计划中已完成${String(c.done)}个，正在推进${String(c.inProgress)}个，` +
      `即将到期${String(c.dueSoon)}个，逾期${String(c.overdue)}个，未启动${String(c.notStarted)}个`,
  );
  const lead = status.byUnit.find((u) => u.unit === "市科技局")?.lead;
  expect(bulletin.units).toEqual([
    {
      unit: "市科技局",
      responsible: lead?.total,
      done: lead?.counts.done,
      onTime: 3,
      overdue: lead?.counts.overdue,
      completionRate: lead?.completionRate,
    },
    // They lead tasks 75 and 228 (task-level), so the steps 75（5） and 228（4） are theirs too,
    // as their own dashboards and My unit count them.
    { unit: "市工业和信息化局", responsible: 1, done: 0, onTime: 0, overdue: 0, completionRate: 0 },
    { unit: "市金融局", responsible: 1, done: 0, onTime: 0, overdue: 0, completionRate: 0 },
  ]);
  expect(bulletin.units[0]).toMatchObject({ responsible: 38, done: 3, overdue: 2 });

  expect(bulletin.overdue.map((l) => [l.ref, l.days, l.units])).toEqual([
    ["204（1）", 91, ["市科技局"]],
    ["204（2）", 61, ["市科技局"]],
  ]);
  expect(bulletin.dueSoon.map((l) => [l.ref, l.days])).toEqual([
    ["203（1）", 0],
    ["205（1）", 0],
    ["206（4）", 0],
    ["207（1）", 0],
  ]);
  expect(bulletin.instructions).toEqual([
    {
      issuedBy: "市长",
      text: "研发经费投入强度是考核硬指标，请市科技局说明滞后原因，提出整改措施。",
      target: expect.stringMatching(/^204（1） 将研发经费投入水平/) as unknown,
      issuedOn: "2022-06-20",
      responseDue: "2022-07-05",
      answeredBy: [],
    },
  ]);
  expect(bulletin.tasks.map((t) => t.label)).toEqual([
    "75",
    ...Array.from({ length: 12 }, (_, i) => String(202 + i)),
    "228",
  ]);

  // Mid-March: 207's instruction was open and 市科技局 had answered it; 204's did not exist yet.
  const march = await progressBulletin(db, SHELL, { planId, asOf: "2022-03-15" });
  expect(march.period).toBeNull();
  expect(march.instructions.map((i) => [i.target.slice(0, 3), i.answeredBy])).toEqual([
    ["207", ["市科技局"]],
  ]);
};

/** The files read back: the summary paragraph, and the annex through the table importer. */
const filesReadBack = async (db: Database, planId: number) => {
  const docx = await bulletinFile(db, SHELL, { planId, asOf: AS_OF, format: "docx" });
  const xlsx = await bulletinFile(db, SHELL, { planId, asOf: AS_OF, format: "xlsx" });
  expect(docx.fileName).toBe("2022年市科技局重点工作任务进展情况通报（截至6月30日）.docx");
  expect([docx.contentType, xlsx.contentType]).toEqual([CONTENT_TYPES.docx, CONTENT_TYPES.xlsx]);

  const bytes = docx.body as Uint8Array;
  const paragraphs = readDocx(bytes, docx.fileName, { limits: DEFAULT_LIMITS }).blocks.flatMap(
    (b) => (b.kind === "paragraph" ? [b.text] : []),
  );
  expect(paragraphs).toContain(HAND_COUNTED_SUMMARY);

  const { content } = await readPlan(db, SHELL, { planId });
  for (const file of [docx, xlsx]) {
    const read = await importPlanBytes(file.body as Uint8Array, file.fileName, { year: 2022 });
    if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
    // The annex is the one table with a 状态 column; the lists before it read as tables too.
    const annex = read.plan.tasks.filter((t) => t.milestones.some((m) => "状态" in m.remarks));
    expect(annex.map((t) => [t.label, t.title, t.leadUnits])).toEqual(
      content.plan.tasks.map((t) => [t.label, t.title, t.leadUnits]),
    );
    const steps = annex.flatMap((t) => t.milestones);
    expect(steps.map((m) => [m.seq, m.text, unitsOf(m), m.deadline])).toEqual(
      content.plan.tasks.flatMap((t) =>
        t.milestones.map((m) => [m.seq, m.text, unitsOf(m), m.deadline]),
      ),
    );
    const at = (label: string, seq: number) =>
      annex.find((t) => t.label === label)?.milestones.find((m) => m.seq === seq);
    expect(at("204", 1)?.remarks["状态"]).toBe("逾期91天");
    expect(at("204", 1)?.initialProgress[0]?.text).toBe(
      "一季度工作按计划推进，阶段性任务基本完成。（3月24日报送）",
    );
    expect(at("202", 1)?.remarks["状态"]).toBe("已完成（4月14日）");
    expect(at("207", 1)?.remarks["状态"]).toBe("临期（今日到期）");
    expect(at("207", 1)?.initialProgress[0]?.text).toMatch(
      /^不锈钢主结构安装已完成.*（6月23日报送）$/,
    );
    expect(at("205", 5)?.remarks["状态"]).toBe("未启动");
  }
};

/**
 * 量化指标完成情况: the confirmed targets as of the demo's day, with the lights
 * the demo script played (高新技术企业 green, 省级以上科创平台 yellow, the
 * research spending's share red, the rest not reported), no light before
 * the first quarter's figures; the Word file's table says the same.
 */
const targetsSection = async (db: Database, planId: number) => {
  const bulletin = await progressBulletin(db, SHELL, { planId, asOf: AS_OF });
  const lit = bulletin.targets.filter((line) => line.light !== null);
  expect(lit.map((line) => [line.ref, line.subject, line.light])).toEqual([
    ["202", "高新技术企业", "green"],
    ["204", "全社会研发经费占地区生产总值比重", "red"],
    ["206", "省级以上科创平台", "yellow"],
  ]);
  expect(bulletin.targets.length).toBeGreaterThan(lit.length);
  expect(bulletin.targets.every((line) => line.latest === null || line.latest.asOf <= AS_OF)).toBe(
    true,
  );
  const january = await progressBulletin(db, SHELL, { planId, asOf: "2022-01-31" });
  expect(january.targets.map((line) => line.light)).toEqual(bulletin.targets.map(() => null));

  const docx = await bulletinFile(db, SHELL, { planId, asOf: AS_OF, format: "docx" });
  const tables = readDocx(docx.body as Uint8Array, docx.fileName, {
    limits: DEFAULT_LIMITS,
  }).blocks.flatMap((b) =>
    b.kind === "table" ? [b.rows.map((r) => r.cells.map((c) => c.text))] : [],
  );
  const section = tables.find((rows) => rows[0]?.[0] === "序号" && rows[0][5] === "灯");
  expect(section?.slice(1).map((row) => [row[0], row[1], row[5]])).toEqual(
    bulletin.targets.map((line) => [
      line.ref,
      line.subject,
      line.light === null ? "—" : { red: "红灯", yellow: "黄灯", green: "绿灯" }[line.light],
    ]),
  );
};

/** A unit's bulletin: its own figures, and errors for what does not exist. */
const aUnitsBulletin = async (db: Database, planId: number) => {
  const status = await planStatus(db, SHELL, { planId, asOf: AS_OF, unit: "市税务局" });
  const bulletin = await progressBulletin(db, SHELL, { planId, asOf: AS_OF, unit: "市税务局" });
  expect(bulletin.title).toBe("2022年市税务局重点工作任务进展情况通报（截至6月30日）");
  // It leads nothing and cooperates on 202's five steps and 204's three.
  expect(status.total).toBe(0);
  expect(status.cooperating?.total).toBe(8);
  expect(bulletin.summary).toBe(
    "截至6月30日，市税务局承担的2项重点工作任务中已完成0项，正在推进1项，逾期1项；" +
      "牵头的0个节点计划中已完成0个，正在推进0个，即将到期0个，逾期0个，未启动0个，完成率0%。" +
      "另配合推进节点计划8个。领导批示尚未办结1件。",
  );
  expect(bulletin.tasks.map((t) => [t.label, t.milestones.length])).toEqual([
    ["202", 5],
    ["204", 3],
  ]);
  expect(bulletin.overdue.map((l) => l.ref)).toEqual(["204（1）", "204（2）"]);

  await expect(
    progressBulletin(db, SHELL, { planId, asOf: AS_OF, unit: "不存在的局" }),
  ).rejects.toMatchObject({ code: "unit.not_found" });
  await expect(
    progressBulletin(db, SHELL, { planId: planId + 99, asOf: AS_OF }),
  ).rejects.toMatchObject({ code: "plan.not_found" });
};

describeEachDatabase("the progress bulletin of the played demo", ({ open }) => {
  // One seeding for all: playing the half-year is most of the time.
  it("gives the dashboard's figures (and the hand-counted ones), reads back from Word and Excel, and does a unit's", async () => {
    const db = await open();
    const planId = await seeded(db);
    await sameFiguresAsDashboard(db, planId);
    await filesReadBack(db, planId);
    await targetsSection(db, planId);
    await aUnitsBulletin(db, planId);
  }, 60_000);
});
