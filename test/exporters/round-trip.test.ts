import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE_UNITS, PHRASES } from "../../bench/master-vocabulary.js";
import { generateMasterPlan } from "../../bench/generate-master.js";
import { parseDeadline } from "../../src/domain/parse-deadline.js";
import type {
  Milestone,
  OutlineHeading,
  Plan,
  Responsibility,
  Task,
} from "../../src/domain/plan.js";
import { withoutSources } from "../../src/domain/plan-sources.js";
import { sliceOf } from "../../src/domain/slice.js";
import { planToDocx } from "../../src/exporters/plan-docx.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { PLAN_TABLE_HEADERS } from "../../src/exporters/plan-table-layout.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { testPlan } from "../support/plan-builder.js";
import { referencePlan } from "../support/reference-plan.js";

/**
 * A plan written as the office's five-column table and read back by our own
 * importer is the same plan. What the five columns cannot carry is left out of
 * the generated plans, on purpose:
 * - persons (责任领导), remarks (备注) and initial progress (进展情况) need
 *   columns of their own, which the office's table does not have;
 * - outline headings are written as rows across the table (一、…, （一）…) when a
 *   task enters them, so a task that leaves a level without entering another
 *   at that level stays under the heading above it; the generated outlines
 *   number level 1 and 2 the way their rows are written;
 * - a milestone with no unit, or with cooperating units only, reads back led
 *   by its task's lead (the importer fills a step's lead from its task);
 * - responsibilities come back leads first, then cooperating units, then the
 *   other roles by label, whatever order the plan held them in;
 * - a deadline of kind "none" is an empty cell, which the importer warns about;
 * - the plan's columns come back as the five headers written.
 */

const EXPORTS = { docx: planToDocx, xlsx: planToXlsx } as const;
type Format = keyof typeof EXPORTS;

const reimport = async (
  plan: Plan,
  format: Format,
  options?: Parameters<typeof planToDocx>[1],
): Promise<Plan> => {
  const result = await importPlanBytes(await EXPORTS[format](plan, options), `plan.${format}`);
  expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  if (!result.ok) throw new Error("re-import failed");
  return result.plan;
};

const sameContent = (back: Plan, plan: Plan): void => {
  expect(planToJson(withoutSources(back))).toEqual(planToJson(plan));
};

describe("a plan written as the office's table reads back as the same plan", () => {
  it.each(["docx", "xlsx"] as const)("the reference plan through .%s", async (format) => {
    sameContent(await reimport(referencePlan, format), referencePlan);
  });

  it.each(["docx", "xlsx"] as const)(
    "a generated city-wide master through .%s, and 市科技局's slice of it is the reference",
    async (format) => {
      const master = generateMasterPlan({
        tasks: 240,
        milestones: 900,
        units: 60,
        seed: 7,
        includeReference: true,
      });
      const back = await reimport(master, format);
      sameContent(back, master);
      sameContent(sliceOf(back, "市科技局").plan, referencePlan);
    },
  );

  it.each(["docx", "xlsx"] as const)(
    "a slice's header counts line is read and checked through .%s",
    async (format) => {
      const stated = "（牵头重点工作任务11项，牵头重点工作任务节点计划2项）";
      const bytes = await EXPORTS[format](referencePlan, { subtitle: stated });
      const result = await importPlanBytes(bytes, `plan.${format}`);
      expect(result.diagnostics.map((d) => d.code)).toContain("plan.header_counts_mismatch");
    },
  );
});

const YEAR = 2022;
const UNITS = BASE_UNITS.slice(0, 12);
const CHINESE_NUMBERS = "一二三四五六七八九十";

const sentence = fc
  .uniqueArray(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 4 })
  .map((phrases) => `${phrases.join("，").replace(/#/g, "12")}。`);

/** Deadlines as offices write them, read by the same rules the importer uses. */
const deadline = fc
  .constantFrom(
    "6月30日",
    "12月15日",
    "9月底前",
    "年底前",
    "每季度",
    "每月",
    "持续推进",
    "2023年3月",
  )
  .map((text) => {
    const parsed = parseDeadline(text, { year: YEAR });
    if (!parsed.ok) throw new Error(`unreadable deadline ${text}`);
    return parsed.deadline;
  });

/** Leads, cooperating units and a 数据提供单位, all distinct, in the order the importer gives them. */
const responsibilities = fc
  .tuple(
    fc.shuffledSubarray(UNITS, { minLength: 1, maxLength: 5 }),
    fc.integer({ min: 1, max: 2 }),
    fc.boolean(),
  )
  .map(([units, leads, withOther]): Responsibility[] =>
    units.map((unit, i) => {
      if (i < leads || units.length === 1) return { unit, role: "lead" };
      if (withOther && i === units.length - 1) {
        return { unit, role: "other", roleLabel: "数据提供单位" };
      }
      return { unit, role: "cooperating" };
    }),
  );

const milestones = fc
  .array(
    fc.record({
      text: sentence,
      deadline,
      // Consecutive steps often share their units, so that 责任单位 merges.
      sameUnitsAsBefore: fc.boolean(),
      responsibilities,
    }),
    { minLength: 1, maxLength: 4 },
  )
  .chain((steps) =>
    fc.boolean().map((unnumbered): Milestone[] => {
      let previous: readonly Responsibility[] | null = null;
      return steps.map((step, i) => {
        const units: readonly Responsibility[] =
          step.sameUnitsAsBefore && previous ? previous : step.responsibilities;
        previous = units;
        return {
          seq: unnumbered && steps.length === 1 ? null : i + 1,
          text: step.text,
          responsibilities: units,
          persons: [],
          deadline: step.deadline,
          remarks: {},
          initialProgress: [],
        };
      });
    }),
  );

const taskBody = fc.record({
  title: sentence,
  newSection: fc.boolean(),
  newSubsection: fc.boolean(),
  units: fc.shuffledSubarray(UNITS, { minLength: 1, maxLength: 5 }),
  leads: fc.integer({ min: 1, max: 2 }),
  dataProvider: fc.boolean(),
  milestones,
});

/** Headings of depth 0–2 over the tasks: 一、… sections, each with （一）… subsections. */
const outlines = (
  bodies: readonly { newSection: boolean; newSubsection: boolean }[],
  depth: number,
): OutlineHeading[][] => {
  let section = 0;
  let subsection = 0;
  return bodies.map(({ newSection, newSubsection }, i) => {
    if (depth === 0) return [];
    if (i === 0 || newSection) [section, subsection] = [section + 1, 1];
    else if (newSubsection) subsection += 1;
    const heading = (level: number, n: number, title: string): OutlineHeading => ({
      label: CHINESE_NUMBERS[n - 1] ?? "",
      title,
      level,
    });
    const top = heading(1, section, PHRASES[section]?.replace("#", "3") ?? "");
    if (depth === 1) return [top];
    return [top, heading(2, subsection, PHRASES[10 + subsection]?.replace("#", "5") ?? "")];
  });
};

const plans = fc
  .tuple(
    fc.array(taskBody, { minLength: 1, maxLength: 6 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([bodies, chineseLabels, depth]): Plan => {
    const headings = outlines(bodies, depth);
    return testPlan(
      bodies.map((body, i): Task => {
        const leads = body.units.slice(0, body.leads);
        const rest = body.units.slice(body.leads);
        const provider = body.dataProvider ? rest.slice(-1) : [];
        return {
          no: i + 1,
          label: chineseLabels ? (CHINESE_NUMBERS[i] ?? "") : String(i + 1),
          title: body.title,
          leadUnits: leads,
          cooperatingUnits: rest.slice(0, rest.length - provider.length),
          otherRoles: provider.length === 0 ? [] : [{ label: "数据提供单位", units: provider }],
          persons: [],
          outline: headings[i] ?? [],
          milestones: body.milestones,
          remarks: {},
        };
      }),
      { columns: [...PLAN_TABLE_HEADERS] },
    );
  });

describe("generated plans read back the same through the table", () => {
  it.each(["docx", "xlsx"] as const)(
    "through .%s, and so does each unit's slice",
    async (format) => {
      await fc.assert(
        fc.asyncProperty(plans, fc.constantFrom(...UNITS), async (plan, unit) => {
          sameContent(await reimport(plan, format), plan);
          const slice = sliceOf(plan, unit).plan;
          if (slice.tasks.length > 0) sameContent(await reimport(slice, format), slice);
        }),
        { numRuns: 15 },
      );
    },
  );
});
