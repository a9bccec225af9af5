import { expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/domain/plan-settings.js";
import { describeEachDatabaseWorld, errorOf, type World } from "../support/http-session.js";
import { readNotice } from "../support/read-notice.js";

interface NoticeBody {
  readonly id: number;
  readonly number: number;
  readonly numberText: string;
  readonly recipientUnit: string;
  readonly issuedOn: string;
  readonly replyDue: string;
  readonly daysOverdue: number;
  readonly documentUrl: string;
}

/** Task 202's first step, 市科技局's, due 2022-07-31. */
const milestone202 = async (w: World): Promise<number> => {
  const plan = (await w.admin.call("GET", `/api/plans/${String(w.planId)}`)).json<{
    ids: { milestones: number[] }[];
  }>();
  const id = plan.ids[1]?.milestones[0];
  if (id === undefined) throw new Error("no task 202");
  return id;
};

describeEachDatabaseWorld("supervision notices over HTTP", {}, ({ world }) => {
  it("are issued by the office, listed, downloaded with their Chinese name, and refused to units", async () => {
    const w = world();
    const id = await milestone202(w);
    const url = `/api/milestones/${String(id)}/notices`;

    w.clock.now = new Date("2022-07-20T02:00:00Z");
    const early = await w.client("supervisor").call("POST", url, {});
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe("milestone.invalid_state");

    w.clock.now = new Date("2022-08-15T02:00:00Z");
    expect((await w.client("leader").call("POST", url, {})).statusCode).toBe(403);
    expect((await w.client("idleStaff").call("POST", url, {})).statusCode).toBe(404);
    const issued = await w.client("supervisor").call("POST", url, {});
    expect(issued.statusCode, issued.body).toBe(201);
    const notice = issued.json<NoticeBody>();
    expect(notice).toMatchObject({
      numberText: `〔2022〕第${String(notice.number)}号`,
      recipientUnit: "市科技局",
      issuedOn: "2022-08-15",
      replyDue: "2022-08-22",
      daysOverdue: 15,
      documentUrl: `/api/notices/${String(notice.id)}/document`,
    });

    const listed = await w.client("staff").call("GET", url);
    expect(listed.json<{ notices: NoticeBody[] }>().notices.map((n) => n.id)).toContain(notice.id);
    const history = await w.client("staff").call("GET", `/api/milestones/${String(id)}/history`);
    expect(
      history
        .json<{ entries: { entry: { kind: string; noticeId?: number } }[] }>()
        .entries.filter((e) => e.entry.kind === "notice_issued")
        .map((e) => e.entry.noticeId),
    ).toContain(notice.id);
    expect(
      (await w.client("supervisor").call("GET", `/api/milestones/${String(id)}`)).json<{
        can: { issueNotice: boolean };
      }>().can.issueNotice,
    ).toBe(true);

    const document = await w.client("staff").call("GET", notice.documentUrl);
    expect(document.statusCode).toBe(200);
    expect(document.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(document.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent(`督办通知单${notice.numberText}.docx`)}`,
    );
    const read = readNotice(document.rawPayload);
    expect(read.paragraphs[1]).toBe(notice.numberText);
    expect(read.field("承办单位")).toBe("市科技局");
    expect((await w.client("idleStaff").call("GET", notice.documentUrl)).statusCode).toBe(404);
  });

  it("never give two notices the same number, however many are issued at once", async () => {
    const w = world();
    const id = await milestone202(w);
    w.clock.now = new Date("2022-09-01T02:00:00Z");
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        w.client("supervisor").call("POST", `/api/milestones/${String(id)}/notices`, {}),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array.from({ length: 10 }, () => 201));
    const numbers = answers.map((a) => a.json<NoticeBody>().number);
    expect(new Set(numbers).size).toBe(10);
    expect(Math.max(...numbers) - Math.min(...numbers)).toBe(9);
  });

  it("take their template from the plan's settings, which must write the number", async () => {
    const w = world();
    const settingsUrl = `/api/plans/${String(w.planId)}/settings`;
    const { version } = (await w.admin.call("GET", settingsUrl)).json<{ version: number }>();
    const noNumber = await w.admin.call("PUT", settingsUrl, {
      version,
      settings: {
        ...DEFAULT_PLAN_SETTINGS,
        notice: { ...DEFAULT_PLAN_SETTINGS.notice, numberTemplate: "〔{year}〕号" },
      },
    });
    expect(noNumber.statusCode).toBe(400);
    expect(errorOf(noNumber).field).toBe("body.settings.notice.numberTemplate");
    const saved = await w.admin.call("PUT", settingsUrl, {
      version,
      settings: {
        ...DEFAULT_PLAN_SETTINGS,
        notice: {
          office: "江州市政府督查室",
          numberTemplate: "江督〔{year}〕{n}号",
          replyWorkingDays: 3,
        },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    w.clock.now = new Date("2022-09-02T02:00:00Z");
    const issued = await w
      .client("supervisor")
      .call("POST", `/api/milestones/${String(await milestone202(w))}/notices`, {});
    const notice = issued.json<NoticeBody & { office: string }>();
    expect(notice.numberText).toBe(`江督〔2022〕${String(notice.number)}号`);
    expect(notice.office).toBe("江州市政府督查室");
    // Friday 2 September + 3 working days.
    expect(notice.replyDue).toBe("2022-09-07");
  });
});
