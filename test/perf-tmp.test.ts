import { it } from "vitest";
import { buildPlan } from "../src/importers/shapes/build-plan.js";
import { readResponsibilityPhrase } from "../src/domain/responsibility-phrase.js";
import { findDeadlineInText } from "../src/domain/deadline-in-text.js";
import { proseDocument } from "./support/source-builder.js";
it("perf", () => {
  const ps: string[] = ["2023年政府工作报告重点工作任务分工方案"];
  for (let h = 1; h <= 20; h++) {
    ps.push(`第${h}组工作`.replace(/^/, "一、"));
    for (let t = 1; t <= 100; t++) {
      ps.push(
        `${(h - 1) * 100 + t}. 推进第${t}项工作，确保取得实效。（牵头单位：市发展改革委；配合单位：市财政局、各县（市、区）政府）`,
      );
      ps.push(`（1）3月底前，完成方案。`);
      ps.push(`（2）推进实施，年底前完成。`);
    }
  }
  let start = performance.now();
  for (let i = 0; i < 6000; i++)
    readResponsibilityPhrase("牵头单位：市发展改革委；配合单位：市财政局、各县（市、区）政府", {
      readLists: true,
      year: 2023,
    });
  console.log("phrase ms", performance.now() - start);
  start = performance.now();
  for (let i = 0; i < 6000; i++)
    findDeadlineInText("推进第1项工作，确保取得实效。", { year: 2023 });
  console.log("deadline ms", performance.now() - start);
  start = performance.now();
  const r = buildPlan(proseDocument(ps));
  console.log("ms", performance.now() - start, r.plan?.tasks.length, r.diagnostics.length);
  start = performance.now();
  buildPlan(proseDocument(ps));
  console.log("ms2", performance.now() - start);
});
