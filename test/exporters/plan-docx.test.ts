import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Milestone, Plan, Task } from "../../src/domain/plan.js";
import { generateMasterPlan } from "../../bench/generate-master.js";
import { planToDocx, writePlanDocx } from "../../src/exporters/plan-docx.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import {
  elementsNamed,
  packageProblems,
  readStream,
  xmlElements,
  zipTexts,
} from "../support/office-xml.js";
import { referencePlan } from "../support/reference-plan.js";

type Merge = "restart" | "continue" | "none";
interface GridCell {
  readonly merge: Merge;
  readonly paragraphs: string[];
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const paragraphsOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((p) =>
    decode(
      [...(p[1] ?? "").matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
    ),
  );

const mergeOf = (tcPr: string): Merge => {
  if (tcPr.includes('<w:vMerge w:val="restart"/>')) return "restart";
  return /<w:vMerge(?: w:val="continue")?\/>/.test(tcPr) ? "continue" : "none";
};

/** The table of a document.xml as rows of cells: how each merges and its paragraphs' text. */
const gridOf = (documentXml: string): GridCell[][] => {
  const table = /<w:tbl>([\s\S]*)<\/w:tbl>/.exec(documentXml)?.[1] ?? "";
  return [...table.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => {
      const xml = cell[1] ?? "";
      const merge = mergeOf(/<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(xml)?.[0] ?? "");
      // A covered cell's paragraph is a placeholder, not content.
      return { merge, paragraphs: merge === "continue" ? [] : paragraphsOf(xml) };
    }),
  );
};

const partsOf = async (plan: Plan, options?: Parameters<typeof planToDocx>[1]) =>
  zipTexts(await planToDocx(plan, options));

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

const milestone = (text: string, units: string[], seq: number | null = 1): Milestone => ({
  seq,
  text,
  responsibilities: units.map((unit, i) => ({ unit, role: i === 0 ? "lead" : "cooperating" })),
  persons: [],
  initialProgress: [],
  deadline: { kind: "ongoing", text: "持续推进" },
  remarks: {},
});

const task = (no: number, milestones: Milestone[], leadUnits = ["市发展改革委"]): Task => ({
  no,
  label: String(no),
  title: `任务${no}`,
  leadUnits,
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: [],
  milestones,
  remarks: {},
});

describe("planToDocx on the reference plan", () => {
  it("draws the same grid as the reference document: texts, unit paragraphs and merges", async () => {
    const ours = gridOf((await partsOf(referencePlan))["word/document.xml"] ?? "");
    const fixture = unzipSync(
      readFileSync(new URL("../fixtures/seed-2022-kjj.docx", import.meta.url)),
    );
    const reference = gridOf(strFromU8(fixture["word/document.xml"] ?? new Uint8Array()));
    expect(ours).toHaveLength(1 + 38);
    expect(ours).toEqual(reference);
  });

  it("writes Word's vertical merges: 30 openings and 72 covered cells", async () => {
    const xml = (await partsOf(referencePlan))["word/document.xml"] ?? "";
    expect(count(xml, /<w:vMerge w:val="restart"\/>/g)).toBe(30);
    expect(count(xml, /<w:vMerge(?: w:val="continue")?\/>/g)).toBe(72);
  });

  it("repeats only the header row on every page", async () => {
    const xml = (await partsOf(referencePlan))["word/document.xml"] ?? "";
    const rows = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1] ?? "");
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.filter((r) => r.includes("<w:tblHeader"))).toHaveLength(1);
  });

  it("lays out landscape A4 with the title and subtitle lines above the table", async () => {
    const xml = (await partsOf(referencePlan))["word/document.xml"] ?? "";
    const [size] = elementsNamed(xml, "w:pgSz");
    expect(size?.attributes).toEqual({ "w:w": "16838", "w:h": "11906", "w:orient": "landscape" });
    const titles = paragraphsOf(xml.slice(0, xml.indexOf("<w:tbl>")));
    expect(titles).toEqual([referencePlan.title, referencePlan.subtitle]);
    expect(referencePlan.subtitle).toBe("（牵头重点工作任务12项，牵头重点工作任务节点计划2项）");
  });

  it("sets the government fonts: 方正小标宋简体 title, 黑体 header, 仿宋_GB2312 text", async () => {
    const parts = await partsOf(referencePlan);
    const xml = parts["word/document.xml"] ?? "";
    const eastAsia = (part: string) =>
      elementsNamed(part, "w:rFonts").map((f) => f.attributes["w:eastAsia"]);
    const [title, subtitle, ...header] = eastAsia(xml);
    expect([title, subtitle]).toEqual(["方正小标宋简体", "楷体_GB2312"]);
    expect(header).toEqual(Array(5).fill("黑体"));
    expect(eastAsia(parts["word/styles.xml"] ?? "")).toEqual(["仿宋_GB2312"]);
    expect(
      elementsNamed(parts["word/styles.xml"] ?? "", "w:rFonts")[0]?.attributes["w:ascii"],
    ).toBe("Times New Roman");
  });

  it("gives every font it uses a fallback in word/fontTable.xml", async () => {
    const parts = await partsOf(referencePlan);
    const used = new Set(
      ["word/document.xml", "word/styles.xml", "word/footer1.xml"].flatMap((path) =>
        elementsNamed(parts[path] ?? "", "w:rFonts").flatMap((f) => Object.values(f.attributes)),
      ),
    );
    const table = xmlElements(parts["word/fontTable.xml"] ?? "");
    const fonts = new Map<string, Record<string, string>>();
    let current: Record<string, string> = {};
    for (const element of table) {
      if (element.name === "w:font") fonts.set(element.attributes["w:name"] ?? "", (current = {}));
      else if (element.depth === 2) current[element.name] = element.attributes["w:val"] ?? "";
    }
    for (const name of used) expect(fonts.has(name), name).toBe(true);
    expect(fonts.get("仿宋_GB2312")).toMatchObject({
      "w:altName": "仿宋",
      "w:charset": "86",
      "w:family": "modern",
      "w:pitch": "fixed",
    });
    expect(fonts.get("方正小标宋简体")).toMatchObject({ "w:altName": "宋体", "w:family": "roman" });
    expect(fonts.get("楷体_GB2312")?.["w:altName"]).toBe("楷体");
    expect(fonts.get("黑体")?.["w:altName"]).toBe("SimHei");
    for (const font of fonts.values()) expect(font["w:panose1"]).toMatch(/^[0-9A-F]{20}$/);
  });

  it("numbers the pages “— n —” with a PAGE field in the footer the section names", async () => {
    const parts = await partsOf(referencePlan);
    const [reference] = elementsNamed(parts["word/document.xml"] ?? "", "w:footerReference");
    const relations = elementsNamed(parts["word/_rels/document.xml.rels"] ?? "", "Relationship");
    const target = relations.find((r) => r.attributes.Id === reference?.attributes["r:id"]);
    expect(target?.attributes.Type).toMatch(/\/footer$/);
    const footer = xmlElements(parts[`word/${target?.attributes.Target ?? ""}`] ?? "");
    expect(footer.filter((e) => e.name === "w:instrText").map((e) => e.text.trim())).toEqual([
      "PAGE",
    ]);
    const texts = footer.filter((e) => e.name === "w:t").map((e) => e.text);
    expect(texts[0]).toBe("— ");
    expect(texts.at(-1)).toBe(" —");
  });

  it("is a complete package: every part well-formed, typed and reached from the main part", async () => {
    const parts = await partsOf(referencePlan);
    expect(packageProblems(parts)).toEqual([]);
    const targets = elementsNamed(parts["word/_rels/document.xml.rels"] ?? "", "Relationship").map(
      (r) => `word/${r.attributes.Target ?? ""}`,
    );
    expect(targets.sort()).toEqual([
      "word/fontTable.xml",
      "word/footer1.xml",
      "word/settings.xml",
      "word/styles.xml",
    ]);
    for (const target of targets) expect(parts[target], target).toBeDefined();
    const main = elementsNamed(parts["_rels/.rels"] ?? "", "Relationship");
    expect(main.map((r) => r.attributes.Target)).toContain("word/document.xml");
    // Word refuses a table cell without a paragraph.
    const xml = parts["word/document.xml"] ?? "";
    expect(count(xml, /<w:tc>/g)).toBe(count(xml, /<w:tc>(?:(?!<\/w:tc>).)*?<w:p>/g));
  });
});

describe("writePlanDocx", () => {
  it("streams in several chunks the same document planToDocx gives", async () => {
    const master = generateMasterPlan({ tasks: 200, milestones: 1000, units: 60, seed: 3 });
    const { bytes, chunks } = await readStream(writePlanDocx(master));
    expect(chunks).toBeGreaterThan(3);
    const streamed = zipTexts(bytes);
    const whole = await partsOf(master);
    expect(Object.keys(streamed).sort()).toEqual(Object.keys(whole).sort());
    expect(streamed["word/document.xml"]).toBe(whole["word/document.xml"]);
  });

  it("takes another title and subtitle, or none", async () => {
    const lines = async (options: Parameters<typeof planToDocx>[1]) => {
      const xml = (await partsOf(referencePlan, options))["word/document.xml"] ?? "";
      return paragraphsOf(xml.slice(0, xml.indexOf("<w:tbl>")));
    };
    expect(await lines({ title: "科技创新任务", subtitle: "（截至6月30日）" })).toEqual([
      "科技创新任务",
      "（截至6月30日）",
    ]);
    expect(await lines({ subtitle: null })).toEqual([referencePlan.title]);
  });
});

describe("planToDocx on other shapes", () => {
  it("leaves the subtitle out when the plan has none", async () => {
    const xml = (await partsOf({ ...referencePlan, subtitle: null }))["word/document.xml"] ?? "";
    expect(paragraphsOf(xml.slice(0, xml.indexOf("<w:tbl>")))).toEqual([referencePlan.title]);
  });

  it("merges 责任单位 only over consecutive milestones naming the same units", async () => {
    const plan: Plan = {
      ...referencePlan,
      tasks: [
        task(1, [
          milestone("甲", ["市发展改革委", "市财政局"], 1),
          milestone("乙", ["市发展改革委", "市财政局"], 2),
          milestone("丙", ["市财政局", "市发展改革委"], 3),
        ]),
      ],
    };
    const grid = gridOf((await partsOf(plan))["word/document.xml"] ?? "");
    expect(grid.slice(1).map((row) => row.map((c) => c.merge))).toEqual([
      ["restart", "restart", "none", "restart", "none"],
      ["continue", "continue", "none", "continue", "none"],
      ["continue", "continue", "none", "none", "none"],
    ]);
    expect(grid[3]?.[3]?.paragraphs).toEqual(["市财政局", "市发展改革委"]);
    expect(grid[1]?.[1]?.paragraphs).toEqual(["任务1（牵头单位：市发展改革委）"]);
  });

  it("keeps a task without milestones as one row, escapes markup, drops what XML cannot hold", async () => {
    const plan: Plan = {
      ...referencePlan,
      tasks: [task(7, [], []), task(8, [milestone('A&B <C> "D"\u0001\u000b', ["市财政局"], null)])],
    };
    const xml = (await partsOf(plan))["word/document.xml"] ?? "";
    expect(() => xmlElements(xml)).not.toThrow();
    expect(
      gridOf(xml)
        .slice(1)
        .map((row) => row.map((c) => c.paragraphs.join("|"))),
    ).toEqual([
      ["7", "任务7", "", "", ""],
      ["8", "任务8（牵头单位：市发展改革委）", 'A&B <C> "D"', "市财政局", "持续推进"],
    ]);
  });

  it("writes a line break inside a text as Word's soft break, which reads back as one", async () => {
    const plan: Plan = {
      ...referencePlan,
      tasks: [task(1, [milestone("甲。\n乙。", ["市财政局"])])],
    };
    const bytes = await planToDocx(plan);
    const xml = zipTexts(bytes)["word/document.xml"] ?? "";
    expect(xml).toContain(
      '<w:t xml:space="preserve">（1）甲。</w:t><w:br/><w:t xml:space="preserve">乙。</w:t>',
    );
    const back = await importPlanBytes(bytes, "plan.docx");
    expect(back.ok && back.plan.tasks[0]?.milestones.map((m) => m.text)).toEqual(["甲。\n乙。"]);
  });

  it("writes each outline heading a task enters as a row across the table", async () => {
    const section = { label: "一", title: "科技创新", level: 1 };
    const plan: Plan = {
      ...referencePlan,
      tasks: [
        { ...task(1, [milestone("甲", ["市财政局"])]), outline: [section] },
        {
          ...task(2, [milestone("乙", ["市财政局"])]),
          outline: [section, { label: "一", title: "研发投入", level: 2 }],
        },
      ],
    };
    const xml = (await partsOf(plan))["word/document.xml"] ?? "";
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1] ?? "");
    const spanning = rows.filter((r) => r.includes('<w:gridSpan w:val="5"/>'));
    expect(spanning.map((r) => paragraphsOf(r))).toEqual([["一、科技创新"], ["（一）研发投入"]]);
    expect(rows.slice(1).map((r) => (r.includes("gridSpan") ? "heading" : "task"))).toEqual([
      "heading",
      "task",
      "heading",
      "task",
    ]);
  });

  it("writes roles a plain list cannot say in the words of a bracket, one role per line", async () => {
    const both: Milestone = {
      ...milestone("甲", []),
      responsibilities: [
        { unit: "市财政局", role: "lead" },
        { unit: "市税务局", role: "lead" },
        { unit: "市统计局", role: "other", roleLabel: "数据提供单位" },
      ],
    };
    const coordinated: Task = {
      ...task(1, [both]),
      cooperatingUnits: ["市审计局"],
      otherRoles: [{ label: "数据提供单位", units: ["市统计局"] }],
    };
    const grid = gridOf(
      (await partsOf({ ...referencePlan, tasks: [coordinated] }))["word/document.xml"] ?? "",
    );
    expect(grid[1]?.[1]?.paragraphs).toEqual([
      "任务1（牵头单位：市发展改革委；配合单位：市审计局；数据提供单位：市统计局）",
    ]);
    expect(grid[1]?.[3]?.paragraphs).toEqual([
      "牵头单位：市财政局、市税务局",
      "数据提供单位：市统计局",
    ]);
  });
});
