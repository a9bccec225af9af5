import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Milestone, Plan, Task } from "../../src/domain/plan.js";
import { planToDocx } from "../../src/exporters/plan-docx.js";
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

const partsOf = async (plan: Plan): Promise<Record<string, string>> => {
  const files = unzipSync(await planToDocx(plan));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
};

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

  it("lays out landscape A4 with the government fonts and a “— n —” footer", async () => {
    const parts = await partsOf(referencePlan);
    const xml = parts["word/document.xml"] ?? "";
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const titles = paragraphsOf(xml.slice(0, xml.indexOf("<w:tbl>")));
    expect(titles).toEqual([referencePlan.title, referencePlan.subtitle]);
    for (const font of ["方正小标宋简体", "楷体_GB2312", "黑体"]) expect(xml).toContain(font);
    expect(parts["word/styles.xml"]).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"\/>/,
    );
    const footer = Object.entries(parts).find(([path]) => path.startsWith("word/footer"))?.[1];
    expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]* —<\/w:t>/);
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

  it("keeps a task without milestones as one row and escapes markup in text", async () => {
    const plan: Plan = {
      ...referencePlan,
      tasks: [task(7, [], []), task(8, [milestone("A&B <C>", ["市财政局"], null)])],
    };
    const grid = gridOf((await partsOf(plan))["word/document.xml"] ?? "");
    expect(grid.slice(1).map((row) => row.map((c) => c.paragraphs.join("|")))).toEqual([
      ["7", "任务7", "", "", ""],
      ["8", "任务8（牵头单位：市发展改革委）", "A&B <C>", "市财政局", "持续推进"],
    ]);
  });
});
