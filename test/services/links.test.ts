import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { listAudit } from "../../src/db/queries/audit.js";
import { readLedger } from "../../src/db/queries/milestone-ledger.js";
import { LINK_DEFAULT_DAYS } from "../../src/domain/milestone-link.js";
import { userActor } from "../../src/policies/actor.js";
import { issueLink } from "../../src/services/links/issue-link.js";
import { openLink, submitLinkInput } from "../../src/services/links/link-access.js";
import { listLinks, revokeLink } from "../../src/services/links/manage-links.js";
import { mergeUnits } from "../../src/services/merge-units.js";
import { createUnit } from "../../src/services/units.js";
import { milestoneHistory } from "../../src/services/workflow/milestone-history.js";
import { reportProgress } from "../../src/services/workflow/report-progress.js";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { describeEachDatabase } from "../support/databases.js";
import { at, referenceWorkflow, refusal, SHELL } from "../support/reference-workflow.js";

const DAY = at("2022-05-06");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

const pdfUpload = () => {
  const path = join(mkdtempSync(join(tmpdir(), "duban-link-")), "0");
  writeFileSync(path, PDF);
  return { name: "审计意见.pdf", path, size: PDF.byteLength };
};

describeEachDatabase("milestone links", ({ open }) => {
  const world = async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const audit = (await w.unitId("市审计局")) ?? -1;
    return { db, w, audit };
  };

  it("lets a unit without an account read the named milestones and send input the lead cites", async () => {
    const { db, w, audit } = await world();
    const m205 = w.milestoneId(205, 1);
    const { token, row } = await issueLink(
      db,
      w.staff,
      { milestoneIds: [m205], unitId: audit, contact: "李四", days: null },
      DAY.now,
    );
    expect(token).toMatch(/^dubanlink_[\w-]{43}$/);
    expect(row).toMatchObject({
      unitName: "市审计局",
      contact: "李四",
      createdBy: "user:kjj.staff",
    });
    expect(Date.parse(row.expiresAt) - DAY.now.getTime()).toBe(LINK_DEFAULT_DAYS * 86_400_000);

    const page = await openLink(db, token, DAY.now);
    expect(page.unit).toBe("市审计局");
    expect(page.milestones.map((m) => [m.id, m.task.no, m.seq, m.open])).toEqual([
      [m205, 205, 1, true],
    ]);
    expect(page.milestones[0]?.units.map((u) => u.unit)).toContain("市科技局");

    const sent = await submitLinkInput(
      db,
      token,
      { milestoneId: m205, holder: "王五", text: "审计意见已反馈", files: [pdfUpload()] },
      DEFAULT_SERVER_SETTINGS.evidence,
      DAY,
    );
    expect(sent).toMatchObject({ milestoneId: m205, files: 1 });

    const [input] = await readLedger(db.kysely, [m205], { kinds: ["input"] });
    expect(input).toMatchObject({ actor: `link:${String(row.id)}:王五`, unitId: audit });
    expect(input?.entry).toMatchObject({ kind: "input", text: "审计意见已反馈" });
    const history = await milestoneHistory(db, w.staff, m205);
    expect(history.entries.at(-1)?.actorName).toBe(`王五 (链接 #${String(row.id)})`);
    expect(history.attachments.map((a) => a.name)).toEqual(["审计意见.pdf"]);
    const logged = await listAudit(db.kysely, { action: "milestone.input_reported" });
    expect(logged.entries.map((e) => e.actor)).toEqual([`link:${String(row.id)}:王五`]);

    // The lead's report cites it, as any cooperating unit's input.
    await reportProgress(
      db,
      w.staff,
      {
        milestoneId: m205,
        version: 1,
        text: "已汇总审计局意见",
        percent: 50,
        attachmentIds: [],
        cites: [input?.id ?? -1],
      },
      DAY,
    );
    expect((await openLink(db, token, DAY.now)).milestones[0]?.submissions).toMatchObject([
      { holder: "王五", text: "审计意见已反馈", files: 1 },
    ]);
    const [listed] = await listLinks(db, w.staff, DAY.now);
    expect(listed).toMatchObject({ readCount: 2, submissionCount: 1, standing: "live" });
  });

  it("never reaches a milestone the link does not name", async () => {
    const { db, w, audit } = await world();
    const { token } = await issueLink(
      db,
      w.office,
      { milestoneIds: [w.milestoneId(205, 1)], unitId: audit, contact: null, days: 3 },
      DAY.now,
    );
    for (const other of [w.milestoneId(205, 2), w.milestoneId(203, 1), w.milestoneId(202, 1)]) {
      expect(
        await refusal(
          submitLinkInput(
            db,
            token,
            { milestoneId: other, holder: "王五", text: "越权", files: [] },
            DEFAULT_SERVER_SETTINGS.evidence,
            DAY,
          ),
        ),
      ).toBe("milestone.not_found");
      expect(await readLedger(db.kysely, [other], { kinds: ["input"] })).toEqual([]);
    }
  });

  it("refuses revoked, unknown and expired links alike, writing nothing", async () => {
    const { db, w, audit } = await world();
    const m205 = w.milestoneId(205, 1);
    const issue = (days: number) =>
      issueLink(db, w.staff, { milestoneIds: [m205], unitId: audit, contact: null, days }, DAY.now);
    const revoked = await issue(5);
    await revokeLink(db, w.staff, revoked.row.id, DAY.now);
    const expired = await issue(1);
    const later = new Date(DAY.now.getTime() + 2 * 86_400_000);
    const send = (token: string, now = DAY.now) =>
      submitLinkInput(
        db,
        token,
        { milestoneId: m205, holder: "王五", text: "x", files: [] },
        DEFAULT_SERVER_SETTINGS.evidence,
        { now, today: DAY.today },
      );
    expect(await refusal(send(revoked.token))).toBe("link.not_found");
    expect(await refusal(send(`dubanlink_${"A".repeat(43)}`))).toBe("link.not_found");
    expect(await refusal(send(expired.token, later))).toBe("link.expired");
    expect(await refusal(openLink(db, revoked.token, DAY.now))).toBe("link.not_found");
    expect(await readLedger(db.kysely, [m205], { kinds: ["input"] })).toEqual([]);
  });

  it("is issued by the office for any milestone, by a lead unit for what it leads, to units working on each", async () => {
    const { db, w, audit } = await world();
    const idle = (await w.unitId("市档案馆")) ?? -1;
    const lead = (await w.unitId("市科技局")) ?? -1;
    const link = (
      actor: typeof w.staff,
      unitId: number,
      ids: number[],
      days: number | null = null,
    ) => issueLink(db, actor, { milestoneIds: ids, unitId, contact: null, days }, DAY.now);
    // 市审计局 only cooperates: it may not send links of its own.
    expect(await refusal(link(w.audit, audit, [w.milestoneId(205, 1)]))).toBe("auth.forbidden");
    // A unit with no part in the milestone, and the lead itself, take no link.
    await expect(link(w.office, idle, [w.milestoneId(205, 1)])).rejects.toMatchObject({
      code: "link.invalid",
      field: "body.unitId",
    });
    await expect(link(w.staff, lead, [w.milestoneId(205, 1)])).rejects.toMatchObject({
      code: "link.invalid",
      field: "body.unitId",
    });
    await expect(link(w.staff, audit, [w.milestoneId(205, 1)], 61)).rejects.toMatchObject({
      code: "link.invalid",
      field: "body.days",
    });
    await expect(link(w.staff, audit, [])).rejects.toMatchObject({ field: "body.milestoneIds" });
    const twice = [w.milestoneId(205, 1), w.milestoneId(205, 1)];
    await expect(link(w.staff, audit, twice)).rejects.toMatchObject({
      field: "body.milestoneIds.1",
    });
    // Another unit's milestones do not exist for a unit.
    expect(await refusal(link(w.idle, audit, [w.milestoneId(205, 1)]))).toBe("milestone.not_found");
    expect((await listAudit(db.kysely, { action: "link.issued" })).total).toBe(0);
    const made = await link(w.office, audit, [w.milestoneId(205, 1), w.milestoneId(203, 1)]);
    expect(made.row.milestones.map((m) => [m.taskNo, m.seq])).toEqual([
      [205, 1],
      [203, 1],
    ]);
  });

  it("lists and revokes: the office every link, a unit those it issued", async () => {
    const { db, w, audit } = await world();
    const ids = [w.milestoneId(205, 1)];
    const byUnit = await issueLink(
      db,
      w.staff,
      { milestoneIds: ids, unitId: audit, contact: null, days: null },
      DAY.now,
    );
    const byOffice = await issueLink(
      db,
      w.office,
      { milestoneIds: ids, unitId: audit, contact: null, days: null },
      DAY.now,
    );
    const shell = await issueLink(
      db,
      SHELL,
      { milestoneIds: ids, unitId: audit, contact: null, days: null },
      DAY.now,
    );
    expect((await listLinks(db, w.office, DAY.now)).map((l) => l.id)).toEqual([
      shell.row.id,
      byOffice.row.id,
      byUnit.row.id,
    ]);
    expect((await listLinks(db, w.leader, DAY.now)).map((l) => l.id)).toEqual([byUnit.row.id]);
    expect(await listLinks(db, w.idle, DAY.now)).toEqual([]);
    // Another unit's link does not exist for a unit; the office revokes any.
    expect(await refusal(revokeLink(db, w.staff, byOffice.row.id, DAY.now))).toBe("link.not_found");
    expect(await refusal(revokeLink(db, w.idle, byUnit.row.id, DAY.now))).toBe("link.not_found");
    const revoked = await revokeLink(db, w.office, byUnit.row.id, DAY.now);
    expect(revoked).toMatchObject({ standing: "revoked", revokedBy: "user:dcs" });
    await revokeLink(db, w.leader, byUnit.row.id, DAY.now);
    expect(
      (await listAudit(db.kysely, { action: "link.revoked" })).entries.map((e) => e.objectId),
    ).toEqual([String(byUnit.row.id)]);
  });

  it("takes parallel submissions through one link, each recorded once", async () => {
    const { db, w, audit } = await world();
    const m205 = w.milestoneId(205, 1);
    const { token } = await issueLink(
      db,
      w.staff,
      { milestoneIds: [m205], unitId: audit, contact: null, days: null },
      DAY.now,
    );
    await Promise.all(
      ["甲", "乙", "丙"].map((holder) =>
        submitLinkInput(
          db,
          token,
          { milestoneId: m205, holder, text: `${holder}的材料`, files: [] },
          DEFAULT_SERVER_SETTINGS.evidence,
          DAY,
        ),
      ),
    );
    const inputs = await readLedger(db.kysely, [m205], { kinds: ["input"] });
    expect(inputs.map((e) => e.actor.split(":")[2]).sort()).toEqual(["丙", "乙", "甲"].sort());
  });

  it("moves with a merge of the issuing unit, and goes with the unit it was sent to", async () => {
    const { db, w, audit } = await world();
    const ids = [w.milestoneId(205, 1)];
    const { row, token } = await issueLink(
      db,
      w.staff,
      { milestoneIds: ids, unitId: audit, contact: null, days: null },
      DAY.now,
    );
    const kept = await createUnit(db, SHELL, { name: "江门市科学技术局", kind: "unit" }, DAY.now);
    await mergeUnits(db, { keep: "江门市科学技术局", other: "市科技局", actor: SHELL });
    const keptStaff = userActor({
      id: 9,
      username: "jm.staff",
      unitId: kept.id,
      role: "unit_staff",
    });
    expect((await listLinks(db, keptStaff, DAY.now)).map((l) => l.id)).toEqual([row.id]);
    await createUnit(db, SHELL, { name: "江门市审计局", kind: "unit" }, DAY.now);
    await mergeUnits(db, { keep: "江门市审计局", other: "市审计局", actor: SHELL });
    expect(await refusal(openLink(db, token, DAY.now))).toBe("link.not_found");
  });
});
