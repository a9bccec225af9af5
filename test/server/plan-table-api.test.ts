import { beforeAll, expect, it } from "vitest";
import { describeEachDatabaseWorld, LEAD_UNIT, type World } from "../support/http-session.js";
import { milestoneIdsByNumber } from "../support/milestone-ids.js";

/**
 * What the plan table asks of GET /api/milestones: column sorts, the marks
 * on each row, the latest progress after an accepted completion, and
 * search by 序号 and unit name.
 */

interface MilestoneBody {
  readonly id: number;
  readonly task: { readonly id: number; readonly no: number | null };
  readonly seq: number | null;
  readonly due: string | null;
  readonly status: string;
  readonly light: string;
  readonly units: readonly { readonly unit: string; readonly role: string }[];
  readonly workflow: { readonly version: number };
  readonly latestReport: { readonly on: string; readonly text: string } | null;
  readonly marks: {
    readonly focus: boolean;
    readonly pendingReview: readonly string[];
    readonly openInstructions: number;
  };
}

interface MilestonePage {
  readonly total: number;
  readonly items: readonly MilestoneBody[];
}

const label = (m: MilestoneBody) => `${String(m.task.no)}（${String(m.seq ?? "")}）`;

const setToday = (w: World, day: string): void => {
  w.clock.now = new Date(`${day}T04:00:00Z`);
};

describeEachDatabaseWorld(
  "the plan table's listing",
  { accounts: ["supervisor", "leader"] },
  ({ world }) => {
    let ids = new Map<string, number>();
    const id = (taskNo: number, seq: number | null): number => {
      const found = ids.get(`${String(taskNo)}/${String(seq ?? "")}`);
      if (found === undefined) throw new Error(`no milestone ${String(taskNo)}（${String(seq)}）`);
      return found;
    };

    const query = async (search: string, who: "supervisor" | "leader" = "supervisor") => {
      const response = await world()
        .client(who)
        .call("GET", `/api/milestones?pageSize=200&${search}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<MilestonePage>();
    };
    const find = (text: string) => query(`q=${encodeURIComponent(text)}`);
    const one = async (milestoneId: number) =>
      (await query("")).items.find((m) => m.id === milestoneId) as MilestoneBody;

    const post = async (who: "supervisor" | "leader", url: string, body: unknown) => {
      const response = await world().client(who).call("POST", url, body);
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
      return response.json<{ requestId?: number }>();
    };

    beforeAll(async () => {
      ids = await milestoneIdsByNumber(world().admin);
    });

    it("finds rows by 序号, with full- or half-width brackets", async () => {
      expect((await find("204")).items.map(label)).toEqual(["204（1）", "204（2）", "204（3）"]);
      expect((await find("205（3）")).items.map(label)).toEqual(["205（3）"]);
      expect((await find("205(3)")).items.map(label)).toEqual(["205（3）"]);
      expect((await find(" 205 ( 3 ) ")).items.map(label)).toEqual(["205（3）"]);
      expect((await find("205（9）")).total).toBe(0);
    });

    it("finds rows by a lead or cooperating unit's name, or by its alias", async () => {
      // 五邑大学 cooperates on 208 only; every milestone has 市科技局 as its lead.
      expect((await find("五邑")).items.map(label)).toEqual(["208（1）", "208（2）"]);
      expect((await find(LEAD_UNIT)).total).toBe(38);
      const w = world();
      const university = w.unitIds["五邑大学"];
      if (university === undefined) throw new Error("no 五邑大学");
      const added = await w.admin.call("POST", `/api/units/${String(university)}/aliases`, {
        alias: "江门侨乡大学",
      });
      expect(added.statusCode, added.body).toBe(200);
      expect((await find("侨乡")).items.map(label)).toEqual(["208（1）", "208（2）"]);
      expect((await find("侨乡%")).total).toBe(0);
    });

    it("sorts by 序号 either way, by 责任单位 in pinyin order, and the worst light first", async () => {
      const position = (await query("")).items.map(label);
      expect((await query("sort=-position")).items.map(label)).toEqual([...position].reverse());

      // 市科技局 leads everything: the cooperating units decide, 各县（市、区）政府 (gè) first.
      const byUnit = (await query("sort=unit")).items;
      const cells = byUnit.map((m) => m.units.map((u) => u.unit).join("、"));
      const collator = new Intl.Collator("zh-CN-u-co-pinyin");
      expect(cells).toEqual([...cells].sort(collator.compare));
      expect(label(byUnit[0] as MilestoneBody)).toBe("75（5）");
      const reversed = (await query("sort=-unit")).items.map((m) =>
        m.units.map((u) => u.unit).join("、"),
      );
      expect(reversed).toEqual([...cells].sort(collator.compare).reverse());

      // On 2022-06-20: red before yellow before green; -status puts them last.
      const lights = (await query("sort=status&asOf=2022-06-20")).items.map((m) => m.light);
      expect(lights.slice(0, 2)).toEqual(["red", "red"]);
      expect(lights.indexOf("green")).toBeGreaterThan(lights.lastIndexOf("yellow"));
      const last = (await query("sort=-status&asOf=2022-06-20")).items.map((m) => m.light);
      expect(last.slice(-2)).toEqual(["red", "red"]);

      const refused = await world().admin.call("GET", "/api/milestones?sort=units");
      expect(refused.statusCode).toBe(400);
    });

    it("marks focus, pending review and open instructions on each row", async () => {
      const w = world();
      setToday(w, "2022-05-10");
      const m204 = id(204, 3);
      const m205 = id(205, 1);
      expect((await one(m204)).marks).toEqual({
        focus: false,
        pendingReview: [],
        openInstructions: 0,
      });

      const focused = await w
        .client("supervisor")
        .call("PUT", `/api/tasks/${String((await one(m204)).task.id)}/focus`, { focus: true });
      expect(focused.statusCode, focused.body).toBe(200);
      await post("supervisor", "/api/instructions", {
        targetType: "milestone",
        targetId: m205,
        text: "请加快推进。",
        issuedBy: "市长 张三",
      });
      await post("leader", `/api/milestones/${String(m205)}/extension-requests`, {
        version: (await one(m205)).workflow.version,
        newDue: "2022-12-31",
        reason: "等待上级批复。",
      });

      const all = (await query("")).items;
      const marked = all.filter(
        (m) => m.marks.focus || m.marks.pendingReview.length > 0 || m.marks.openInstructions > 0,
      );
      expect(marked.map((m) => [label(m), m.marks])).toEqual([
        ["204（1）", { focus: true, pendingReview: [], openInstructions: 0 }],
        ["204（2）", { focus: true, pendingReview: [], openInstructions: 0 }],
        ["204（3）", { focus: true, pendingReview: [], openInstructions: 0 }],
        ["205（1）", { focus: false, pendingReview: ["extension"], openInstructions: 1 }],
      ]);
      // The unit sees the same marks on its own rows.
      expect((await query("q=205（1）", "leader")).items[0]?.marks).toEqual(marked[3]?.marks);
    });

    it("shows an accepted completion's note as the latest progress", async () => {
      const w = world();
      const m = id(202, 2);
      setToday(w, "2022-05-20");
      await post("leader", `/api/milestones/${String(m)}/reports`, {
        version: (await one(m)).workflow.version,
        text: "已完成初稿。",
        percent: 60,
      });
      setToday(w, "2022-06-01");
      const { requestId } = await post("leader", `/api/milestones/${String(m)}/completion`, {
        version: (await one(m)).workflow.version,
        completedOn: "2022-05-31",
        text: "方案已印发实施。",
        attachmentIds: [],
      });
      // Waiting for review, the last report is still the progress.
      expect((await one(m)).latestReport).toMatchObject({ text: "已完成初稿。" });
      expect((await one(m)).marks.pendingReview).toEqual(["completion"]);

      setToday(w, "2022-06-02");
      await post("supervisor", `/api/requests/${String(requestId)}/decision`, {
        version: (await one(m)).workflow.version,
        decision: "approve",
        comment: "",
      });
      const done = await one(m);
      expect(done.status).toBe("done");
      expect(done.latestReport).toEqual({
        on: "2022-06-02",
        text: "方案已印发实施。",
        percent: 100,
      });
      expect(done.marks.pendingReview).toEqual([]);
      // As of a day before the decision, the report was the progress.
      const before = (await query("asOf=2022-06-01")).items.find((r) => r.id === m);
      expect(before?.latestReport).toMatchObject({ text: "已完成初稿。" });
    });
  },
);
