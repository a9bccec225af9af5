import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { PlanJson } from "../../src/exporters/plan-json.js";
import { runDuban } from "../support/cli-run.js";
import { describeEachDatabaseWorld } from "../support/http-session.js";
import { parseWithoutSources } from "../support/without-sources.js";

/**
 * A plan read from a file comes back from storage as `duban parse --json`
 * printed it, whatever the readers make of the file: task-level other roles,
 * persons and a progress column included. (Event deadlines and initial
 * progress, which no reader on this branch produces yet, are checked on a
 * built plan in test/services/plan-roles-storage.test.ts.)
 */

const TABLE = [
  "2022年市政府重点工作任务分解表",
  "序号,工作任务,节点计划,责任单位,责任领导,完成时限,进展情况",
  "1,推进城市更新项目建设（牵头单位：市住房城乡建设局；数据提供单位：市统计局、市财政局）,（1）完成旧城改造项目立项。,市住房城乡建设局、市自然资源局,张三,3月15日,已完成立项批复。",
  ",,（2）启动安置房建设。,市住房城乡建设局,李四,5月底前,完成选址。",
  "2,推进数据共享（牵头单位：市政务服务数据管理局）,汇总政务数据目录。,市政务服务数据管理局、市统计局,王五,每季度末,",
].join("\n");

interface PlanBody {
  readonly content: Record<string, unknown>;
  readonly ids: readonly { readonly task: number; readonly milestones: readonly number[] }[];
}

describeEachDatabaseWorld(
  "a plan's content over the API",
  { plan: false, accounts: [] },
  ({ world }) => {
    it("is the plan JSON duban parse --json prints for the file", async () => {
      const file = join(mkdtempSync(join(tmpdir(), "duban-content-")), "2022-roles.csv");
      writeFileSync(file, TABLE);
      const parsed = await runDuban(["parse", file, "--json"]);
      expect(parsed.code, parsed.stderr).toBe(0);
      const printed = JSON.parse(parsed.stdout) as PlanJson;
      // The file's plan says where each task was read; the stored one does not.
      expect(printed.tasks[0]?.source).toEqual({ file: "2022-roles.csv", row: 3, line: 3 });
      const content = parseWithoutSources(parsed.stdout) as PlanJson & { diagnostics?: unknown };
      delete content.diagnostics;
      // The file holds what the store used to drop: other roles and persons.
      expect(JSON.stringify(printed)).toContain("数据提供单位");
      expect(JSON.stringify(printed)).toContain("张三");

      const w = world();
      const upload = await w.admin.call(
        "POST",
        "/api/plans?fileName=2022-roles.csv",
        readFileSync(file),
      );
      expect(upload.statusCode, upload.body.slice(0, 300)).toBe(201);
      const { planId } = upload.json<{ planId: number }>();
      const read = await w.admin.call("GET", `/api/plans/${planId}`);
      expect(read.statusCode).toBe(200);
      const body = read.json<PlanBody>();
      expect(body.content).toEqual(content);

      const taskId = body.ids[0]?.task ?? 0;
      const task = await w.admin.call("GET", `/api/tasks/${taskId}`);
      expect(task.json<{ otherRoles: unknown }>().otherRoles).toEqual({
        数据提供单位: ["市统计局", "市财政局"],
      });
    });
  },
);
