import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseDisposition } from "content-disposition";
import type { LightMyRequestResponse } from "fastify";
import { expect, it } from "vitest";
import { withoutSources } from "../../src/domain/plan-sources.js";
import type { Plan } from "../../src/domain/plan.js";
import type { MilestoneDataJson } from "../../src/exporters/milestone-data.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { CONTENT_TYPES } from "../../src/services/exports/export-file.js";
import { describeEachDatabaseWorld, errorOf, type Client } from "../support/http-session.js";
import { revisedReference } from "../support/revised-table.js";
import { readIcs } from "../support/read-ics.js";

const TITLE = "2022年市政府重点工作任务分解表（市科技局牵头部分）";

const fileNameOf = (response: LightMyRequestResponse): string =>
  String(parseDisposition(String(response.headers["content-disposition"])).parameters.filename);

/** The table read back through Duban's own importer. */
const readBack = async (response: LightMyRequestResponse, name: string): Promise<Plan> => {
  const result = await importPlanBytes(response.rawPayload, name);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
  return withoutSources(result.plan);
};

const csvRows = (response: LightMyRequestResponse): string[][] =>
  parseCsv(response.rawPayload.toString("utf8"), { bom: true });

describeEachDatabaseWorld(
  "exporting a plan over the API",
  { accounts: ["staff", "auditStaff", "idleStaff"] },
  ({ world }) => {
    const get = (client: Client, query: string) =>
      client.call("GET", `/api/plans/${String(world().planId)}/export?${query}`);

    it("answers the whole table as .docx, named as the office names it, that reads back as the plan", async () => {
      const { admin } = world();
      const response = await get(admin, "format=docx");
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers["content-type"]).toBe(CONTENT_TYPES.docx);
      expect(response.headers["cache-control"]).toBe("private, no-store");
      expect(fileNameOf(response)).toBe(`${TITLE}.docx`);
      const stored = await admin.call("GET", `/api/plans/${String(world().planId)}`);
      const back = await readBack(response, "back.docx");
      expect(planToJson(back)).toEqual(stored.json<{ content: unknown }>().content);
    });

    it("answers a unit's part as .xlsx by name or id, with its header counts line", async () => {
      const { admin, unitIds } = world();
      const byName = await get(admin, `format=xlsx&unit=${encodeURIComponent("市科技局")}`);
      expect(byName.statusCode, byName.body.slice(0, 300)).toBe(200);
      expect(byName.headers["content-type"]).toBe(CONTENT_TYPES.xlsx);
      expect(fileNameOf(byName)).toBe(`${TITLE}.xlsx`);
      const slice = await readBack(byName, "slice.xlsx");
      // The reference table's own line: 12 tasks led whole, 2 milestones led in tasks of others.
      expect(slice.headerCounts).toEqual({ leadTasks: 12, leadMilestones: 2 });
      expect(slice.tasks.flatMap((t) => t.milestones)).toHaveLength(38);

      const byId = await get(admin, `format=xlsx&unit=${String(unitIds["市审计局"])}`);
      expect(fileNameOf(byId)).toBe("2022年市政府重点工作任务分解表（市审计局牵头部分）.xlsx");
      const empty = await readBack(byId, "audit.xlsx");
      expect(empty.subtitle).toBe("（牵头重点工作任务0项，牵头重点工作任务节点计划0项）");
    });

    it("answers milestones with status as CSV for Excel, with the dashboard's figures", async () => {
      const { admin } = world();
      const response = await get(admin, "format=csv&asOf=2022-06-20");
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers["content-type"]).toBe(CONTENT_TYPES.csv);
      expect(fileNameOf(response)).toBe(`${TITLE}截至2022年6月20日.csv`);
      expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(response.rawPayload.toString("utf8")).toContain("\r\n");
      const [header, ...rows] = csvRows(response);
      expect(header?.slice(0, 4)).toEqual(["序号", "工作任务", "节点序号", "节点计划"]);
      expect(rows).toHaveLength(38);
      const status = await admin.call(
        "GET",
        `/api/plans/${String(world().planId)}/status?asOf=2022-06-20`,
      );
      const counts = status.json<{ counts: { overdue: number; dueSoon: number } }>().counts;
      const statusColumn = header?.indexOf("状态") ?? -1;
      expect(rows.filter((row) => row[statusColumn] === "逾期")).toHaveLength(counts.overdue);
      expect(rows.filter((row) => row[statusColumn] === "临期")).toHaveLength(counts.dueSoon);
      const overdue = rows.find((row) => row[0] === "204" && row[2] === "1");
      expect(overdue?.slice(statusColumn)).toEqual(["逾期", "红灯", "逾期81天", "", "", ""]);
    });

    it("answers the plan view's filters as JSON and as a table that says it is filtered", async () => {
      const { admin } = world();
      const json = await get(admin, "format=json&asOf=2022-06-20&status=overdue");
      expect(json.headers["content-type"]).toBe(CONTENT_TYPES.json);
      const data = JSON.parse(json.rawPayload.toString("utf8")) as MilestoneDataJson;
      expect(data).toMatchObject({
        format: "duban.milestones",
        formatVersion: 1,
        asOf: "2022-06-20",
      });
      expect(data.milestones.map((m) => [m.taskNo, m.seq, m.status, m.lightReason])).toEqual([
        [204, 1, "overdue", { code: "overdue", days: 81 }],
        [204, 2, "overdue", { code: "overdue", days: 51 }],
      ]);

      const table = await get(
        admin,
        `format=docx&asOf=2022-06-20&status=overdue,due_soon&responsible=${encodeURIComponent("市审计局")}`,
      );
      expect(fileNameOf(table)).toBe(`${TITLE}（筛选）.docx`);
      const filtered = await readBack(table, "filtered.docx");
      expect(filtered.subtitle).toBe("（筛选：市审计局负责；截至2022年6月20日逾期或临期）");
      for (const milestone of filtered.tasks.flatMap((t) => t.milestones)) {
        expect(milestone.responsibilities.map((r) => r.unit)).toContain("市审计局");
      }
    });

    it("gives a unit's people what they see, their own part only, and the plan in force", async () => {
      const w = world();
      const audit = w.client("auditStaff");
      const seen = await get(audit, "format=csv&asOf=2022-06-20");
      expect(seen.statusCode).toBe(200);
      expect(fileNameOf(seen)).toBe(`${TITLE}（市审计局相关部分）截至2022年6月20日.csv`);
      const rows = csvRows(seen).slice(1);
      expect(rows).toHaveLength(9);
      for (const row of rows) expect(row[5]).toContain("市审计局");

      const own = await get(audit, `format=xlsx&unit=${encodeURIComponent("市审计局")}`);
      expect(own.statusCode).toBe(200);
      const other = await get(audit, `format=xlsx&unit=${encodeURIComponent("市科技局")}`);
      expect(other.statusCode).toBe(403);
      expect((await get(audit, "format=docx&revision=2")).statusCode).toBe(403);
      const idle = await get(w.client("idleStaff"), "format=csv");
      expect(idle.statusCode).toBe(404);
      expect(errorOf(idle).code).toBe("plan.not_found");
    });

    it("answers a unit's calendar (.ics) once: the events its feed would hold", async () => {
      const { admin } = world();
      const response = await get(admin, `format=ics&unit=${encodeURIComponent("市审计局")}`);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers["content-type"]).toBe(CONTENT_TYPES.ics);
      expect(fileNameOf(response)).toBe(`督办日历·市审计局·${TITLE}.ics`);
      const calendar = readIcs(response.body);
      // 市审计局 shares 203 (2 steps) and 205 (7 steps).
      expect(calendar.events).toHaveLength(9);
      expect(calendar.events.every((event) => event.allDay)).toBe(true);
    });

    it("refuses bad input with a clear error, changing nothing", async () => {
      const { admin } = world();
      const format = await get(admin, "format=pdf");
      expect(format.statusCode).toBe(400);
      expect(errorOf(format).field).toBe("querystring.format");

      // A calendar holds the plan in force: no revision.
      const ics = await get(admin, "format=ics&revision=1");
      expect(ics.statusCode).toBe(400);
      expect(errorOf(ics)).toMatchObject({
        code: "export.unavailable",
        field: "querystring.revision",
      });
      expect(errorOf(await get(admin, "format=docx&bulletin=true")).code).toBe(
        "export.unavailable",
      );

      const unit = await get(admin, `format=docx&unit=${encodeURIComponent("市不存在局")}`);
      expect(unit.statusCode).toBe(404);
      expect(errorOf(unit)).toMatchObject({ code: "unit.not_found" });
      expect(errorOf(unit).message.zh).toContain("市不存在局");

      const day = await get(admin, "format=csv&asOf=2022-02-30");
      expect(day.statusCode).toBe(400);
      expect(errorOf(day).field).toBe("querystring.asOf");
      expect(errorOf(await get(admin, "format=csv&status=late")).field).toMatch(
        /^querystring\.status/,
      );

      const role = await get(admin, "format=csv&role=lead");
      expect(role.statusCode).toBe(400);
      expect(errorOf(role).field).toBe("querystring.role");

      const revision = await get(admin, "format=docx&revision=9");
      expect(revision.statusCode).toBe(404);
      expect(errorOf(revision).code).toBe("revision.not_found");
      expect((await admin.call("GET", "/api/plans/999/export?format=docx")).statusCode).toBe(404);
    });

    // Last: it revises the world's plan.
    it("answers the table as it stood at an earlier revision, for the supervision office", async () => {
      const { admin } = world();
      const planId = String(world().planId);
      const revised = await admin.call(
        "POST",
        `/api/plans?fileName=revised.xlsx&planId=${planId}`,
        await planToXlsx(revisedReference),
      );
      expect(revised.statusCode, revised.body.slice(0, 300)).toBe(201);

      const earlier = await get(admin, "format=docx&revision=1");
      expect(earlier.statusCode).toBe(200);
      expect(fileNameOf(earlier)).toBe(`${TITLE}（第1版）.docx`);
      const stored = await admin.call("GET", `/api/plans/${planId}?revision=1`);
      const back = await readBack(earlier, "revision-1.docx");
      expect(planToJson(back)).toEqual(stored.json<{ content: unknown }>().content);
      const task204 = (plan: Plan) => plan.tasks.find((task) => task.no === 204)?.milestones;
      expect(task204(back)).toHaveLength(3);

      const current = await readBack(await get(admin, "format=xlsx"), "current.xlsx");
      expect(task204(current)).toHaveLength(4);
      expect(current.tasks.find((task) => task.no === 203)?.milestones).toHaveLength(1);
    });
  },
);
