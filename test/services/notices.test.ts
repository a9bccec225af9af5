import { expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { listAudit } from "../../src/db/queries/audit.js";
import { readLedger } from "../../src/db/queries/milestone-ledger.js";
import { readStates } from "../../src/db/queries/milestone-states.js";
import { DEFAULT_PLAN_SETTINGS } from "../../src/domain/plan-settings.js";
import { issueNotice } from "../../src/services/notices/issue-notice.js";
import { getNotice, listNotices, noticeFile } from "../../src/services/notices/notices.js";
import { mergeUnits } from "../../src/services/merge-units.js";
import { updatePlanSettings } from "../../src/services/plan-settings.js";
import { createUnit } from "../../src/services/units.js";
import { decideMilestoneRequest } from "../../src/services/workflow/decide-request.js";
import { reportProgress } from "../../src/services/workflow/report-progress.js";
import { requestExtension } from "../../src/services/workflow/request-extension.js";
import { describeEachDatabase } from "../support/databases.js";
import { at, referenceWorkflow, refusal, SHELL } from "../support/reference-workflow.js";
import { readNotice } from "../support/read-notice.js";

/**
 * Supervision notices on the reference plan: 市科技局 leads task 202, whose
 * step (1) is due 2022-07-31 and step (2) 2022-10-31; 市审计局 cooperates on
 * 203 only; 市档案馆 has no part in the plan.
 */

const setUp = async (db: Database) => {
  const reference = await referenceWorkflow(db);
  return { ...reference, milestone: reference.milestoneId };
};

const versionOf = async (db: Database, milestoneId: number): Promise<number> =>
  (await readStates(db.kysely, [milestoneId])).get(milestoneId)?.version ?? 0;

describeEachDatabase("supervision notices", ({ dialect, open }) => {
  it("go to the lead unit of an overdue milestone, numbered, recorded and downloadable", async () => {
    const db = await open();
    const w = await setUp(db);
    const m1 = w.milestone(202, 1);
    await reportProgress(
      db,
      w.staff,
      {
        milestoneId: m1,
        version: await versionOf(db, m1),
        text: "已完成两场宣讲。",
        percent: 40,
        attachmentIds: [],
        cites: [],
      },
      at("2022-07-20"),
    );
    // Not overdue yet on its due day: nothing to supervise.
    expect(await refusal(issueNotice(db, w.office, { milestoneId: m1 }, at("2022-07-31")))).toBe(
      "milestone.invalid_state",
    );
    const versionBefore = await versionOf(db, m1);

    const notice = await issueNotice(db, w.office, { milestoneId: m1 }, at("2022-08-15"));
    expect(notice).toMatchObject({
      milestoneId: m1,
      planId: w.planId,
      year: 2022,
      number: 1,
      numberText: "〔2022〕第1号",
      office: "市政府督查室",
      recipientUnit: "市科技局",
      issuedBy: "user:dcs",
      issuedOn: "2022-08-15",
      // Monday 15 August + 5 working days.
      replyDue: "2022-08-22",
      daysOverdue: 15,
    });
    expect(notice.facts).toMatchObject({
      cooperating: ["市税务局"],
      originalDeadline: { due: "2022-07-31" },
      currentDue: "2022-07-31",
      escalationLevel: "督办通知",
      latestReport: { on: "2022-07-20", text: "已完成两场宣讲。" },
    });
    // The workflow did not move: a unit's pending write still goes through.
    expect(await versionOf(db, m1)).toBe(versionBefore);

    // Recorded in the milestone's ledger and in the audit log.
    const ledger = await readLedger(db.kysely, [m1]);
    expect(ledger.at(-1)).toMatchObject({
      actor: "user:dcs",
      entry: {
        kind: "notice_issued",
        on: "2022-08-15",
        noticeId: notice.id,
        numberText: "〔2022〕第1号",
        recipient: "市科技局",
        replyDue: "2022-08-22",
        daysOverdue: 15,
      },
    });
    const audit = await listAudit(db.kysely, { action: "milestone.notice_issued" });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({ objectType: "milestone", objectId: String(m1) });

    // The lead unit reads and downloads it; the document shows what was frozen at issue.
    expect((await listNotices(db, w.staff, m1)).map((n) => n.id)).toEqual([notice.id]);
    const file = await noticeFile(db, w.staff, notice.id);
    expect(file.fileName).toBe("督办通知单〔2022〕第1号.docx");
    expect(file.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const read = readNotice(file.body as Uint8Array);
    expect(read.paragraphs[1]).toBe("〔2022〕第1号");
    expect(read.field("承办单位")).toBe("市科技局");
    expect(read.field("逾期情况")).toBe("截至2022年8月15日，已逾期15天，已达“督办通知”级");
    expect(read.field("反馈时限")).toBe("2022年8月22日前（5个工作日内）");

    // Later reports and settings change nothing in a notice already issued.
    await updatePlanSettings(
      db,
      w.office,
      {
        planId: w.planId,
        version: 0,
        settings: {
          ...DEFAULT_PLAN_SETTINGS,
          notice: {
            office: "江州市政府督查室",
            numberTemplate: "江督/〔{year}〕{n}号",
            replyWorkingDays: 3,
          },
        },
      },
      new Date("2022-08-16T02:00:00Z"),
    );
    const again = readNotice((await noticeFile(db, w.office, notice.id)).body as Uint8Array);
    expect(again.documentXml).toBe(read.documentXml);

    // The next one takes the next number, in the new template, from the new office.
    const second = await issueNotice(db, w.office, { milestoneId: m1 }, at("2022-08-17"));
    expect(second).toMatchObject({
      number: 2,
      numberText: "江督/〔2022〕2号",
      office: "江州市政府督查室",
      replyDue: "2022-08-22",
    });
    // No file system takes a "/" in a name: the file's name goes without it.
    expect((await noticeFile(db, w.office, second.id)).fileName).toBe(
      "督办通知单江督〔2022〕2号.docx",
    );
  });

  it("state the deadline as issued and the one an approved extension set", async () => {
    const db = await open();
    const w = await setUp(db);
    const m2 = w.milestone(202, 2);
    const { requestId } = await requestExtension(
      db,
      w.leader,
      {
        milestoneId: m2,
        version: await versionOf(db, m2),
        newDue: "2022-11-15",
        reason: "企业申报延后",
      },
      at("2022-10-20"),
    );
    await decideMilestoneRequest(
      db,
      w.office,
      { requestId, version: await versionOf(db, m2), decision: "approve", comment: "同意" },
      at("2022-10-21"),
    );
    expect(await refusal(issueNotice(db, w.office, { milestoneId: m2 }, at("2022-11-10")))).toBe(
      "milestone.invalid_state",
    );
    const notice = await issueNotice(db, w.office, { milestoneId: m2 }, at("2022-11-20"));
    expect(notice.daysOverdue).toBe(5);
    expect(notice.facts.originalDeadline.due).toBe("2022-10-31");
    expect(notice.facts.currentDue).toBe("2022-11-15");
    const read = readNotice((await noticeFile(db, w.office, notice.id)).body as Uint8Array);
    expect(read.field("现定时限")).toBe("2022年11月15日（经批准延期）");
  });

  it("are issued only by the office, and read only by those who see the milestone", async () => {
    const db = await open();
    const w = await setUp(db);
    const m1 = w.milestone(202, 1);
    const day = at("2022-08-15");
    expect(await refusal(issueNotice(db, w.staff, { milestoneId: m1 }, day))).toBe(
      "auth.forbidden",
    );
    expect(await refusal(issueNotice(db, w.leader, { milestoneId: m1 }, day))).toBe(
      "auth.forbidden",
    );
    expect(await refusal(issueNotice(db, w.idle, { milestoneId: m1 }, day))).toBe(
      "milestone.not_found",
    );
    const notice = await issueNotice(db, w.office, { milestoneId: m1 }, day);
    expect(await refusal(getNotice(db, w.idle, notice.id))).toBe("notice.not_found");
    expect(await refusal(noticeFile(db, w.audit, notice.id))).toBe("notice.not_found");
    expect(await refusal(listNotices(db, w.idle, m1))).toBe("milestone.not_found");
    expect(await refusal(noticeFile(db, w.office, notice.id + 100))).toBe("notice.not_found");
    expect((await listAudit(db.kysely, { action: "milestone.notice_issued" })).total).toBe(1);

    // Merged into another unit, the recipient is that unit; the notice keeps the name it was sent to.
    await createUnit(db, SHELL, { name: "市科学技术局", kind: "unit" }, new Date());
    await mergeUnits(db, { keep: "市科学技术局", other: "市科技局", actor: SHELL });
    const merged = await getNotice(db, w.office, notice.id);
    expect(merged.recipientUnitId).toBe(await w.unitId("市科学技术局"));
    expect(merged.recipientUnit).toBe("市科技局");
  });

  it("never share a number, however many are issued at once", async () => {
    const db = await open();
    const w = await setUp(db);
    // PostgreSQL: two pools racing. SQLite's writers are processes (test/cli/notice-command.test.ts):
    // a second connection in this thread would block on the lock the first one holds.
    const other = dialect === "postgres" ? openDatabase(db.config) : db;
    try {
      const ids = [w.milestone(202, 1), w.milestone(202, 2), w.milestone(202, 3)];
      const issued = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          issueNotice(
            i % 2 === 0 ? db : other,
            w.office,
            { milestoneId: ids[i % 3] ?? 0 },
            at("2022-11-20"),
          ),
        ),
      );
      expect(issued.map((n) => n.number).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      // A new year starts its own sequence.
      const next = await issueNotice(db, w.office, { milestoneId: ids[0] ?? 0 }, at("2023-01-04"));
      expect(next.numberText).toBe("〔2023〕第1号");
    } finally {
      if (other !== db) await other.close();
    }
  });
});
