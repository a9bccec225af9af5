import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostic.js";
import { readTxt } from "../../src/importers/blocks/read-txt.js";
import { ImportFailure } from "../../src/importers/import-failure.js";
import { DEFAULT_LIMITS } from "../../src/importers/limits.js";
import type { SourceDocument } from "../../src/importers/source-document.js";

const read = (text: string): SourceDocument =>
  readTxt(new TextEncoder().encode(text), "t.txt", { limits: DEFAULT_LIMITS });

/** The blocks in short: a paragraph's text, a table's rows of cell texts. */
const outline = (document: SourceDocument): (string | string[][])[] =>
  document.blocks.map((block) =>
    block.kind === "paragraph"
      ? block.text
      : block.rows.map((row) => row.cells.map((cell) => cell.text)),
  );

const failure = (text: string): Diagnostic => {
  try {
    read(text);
  } catch (error) {
    if (error instanceof ImportFailure) return error.diagnostic;
    throw error;
  }
  throw new Error("expected an ImportFailure");
};

const TABLE = [
  ["序号", "工作任务", "责任单位", "完成时限"],
  ["1", "推进科技创新", "市科技局", "6月底前"],
  ["2", "优化营商环境", "市发展改革委、市市场监管局", "全年"],
];

describe("readTxt on pasted tables", () => {
  it("reads rows separated by | with or without edge bars, skipping a Markdown rule", () => {
    const text = [
      "2024年重点工作任务分解表",
      "| 序号 | 工作任务 | 责任单位 | 完成时限 |",
      "|---|:---|---|---:|",
      "| 1 | 推进科技创新 | 市科技局 | 6月底前 |",
      "2 | 优化营商环境 | 市发展改革委、市市场监管局 | 全年",
      "",
      "注：以上为节选。",
    ].join("\n");
    const document = read(text);
    expect(outline(document)).toEqual(["2024年重点工作任务分解表", TABLE, "注：以上为节选。"]);
    const table = document.blocks[1];
    expect(table?.kind === "table" && table.rows[2]?.cells[2]?.location).toEqual({
      file: "t.txt",
      row: 3,
      line: 5,
      column: 3,
      text: "市发展改革委、市市场监管局",
    });
    const note = document.blocks[2];
    expect(note?.kind === "paragraph" && note.location).toEqual({ file: "t.txt", line: 7 });
  });

  it("reads an Excel paste: tab-separated cells, quoted cells holding line breaks, empty cells kept", () => {
    const text =
      "标题\r\n序号\t工作任务\t责任单位\t完成时限\r\n1\t推进科技创新\t市科技局\t6月底前\r\n" +
      '2\t优化营商环境\t"市发展改革委\r\n市市场监管局"\t全年\r\n\t（2）节点\t\t9月底前\r\n';
    expect(outline(read(text))).toEqual([
      "标题",
      [
        TABLE[0],
        TABLE[1],
        ["2", "优化营商环境", "市发展改革委\n市市场监管局", "全年"],
        ["", "（2）节点", "", "9月底前"],
      ],
    ]);
  });

  it("reads rows whose cells are separated by runs of spaces or ideographic spaces under a header", () => {
    const text = [
      "序号  工作任务  责任单位  完成时限",
      "1   推进科技创新　　市科技局    6月底前",
      "2\u3000优化营商环境\u3000市发展改革委、市市场监管局\u3000全年",
    ].join("\n");
    expect(outline(read(text))).toEqual([TABLE]);
  });

  it("reads a table flattened one cell per line, checked by its 序号", () => {
    const text = [
      "重点工作任务分解表",
      "序号",
      "工作任务",
      "责任单位",
      "完成时限",
      "1",
      "推进科技创新",
      "市科技局",
      "6月底前",
      "",
      "2.",
      "优化营商环境",
      "市发展改革委、市市场监管局",
      "全年",
      "附件：说明",
    ].join("\n");
    const document = read(text);
    expect(outline(document)).toEqual([
      "重点工作任务分解表",
      [TABLE[0], TABLE[1], ["2.", ...(TABLE[2] ?? []).slice(1)]],
      "附件：说明",
    ]);
    const table = document.blocks[1];
    expect(table?.kind === "table" && table.rows[1]?.cells[3]?.location).toEqual({
      file: "t.txt",
      row: 2,
      line: 9,
      column: 4,
      text: "6月底前",
    });
  });
});

describe("readTxt on prose", () => {
  it("gives one paragraph per non-blank line, with its line, for numbered prose", () => {
    const text = [
      "关于印发2024年重点工作分工方案的通知",
      "",
      "　　一、推进科技创新",
      "　　1. 实施高新技术企业培育行动。（牵头单位：市科技局；配合单位：市财政局）",
      "　　2. 建设创新平台。  市科技局牵头，各区政府按职责分工负责。",
      "",
      "市人民政府办公室　　　　2024年3月1日",
    ].join("\n");
    const document = read(text);
    expect(outline(document)).toEqual([
      "关于印发2024年重点工作分工方案的通知",
      "一、推进科技创新",
      "1. 实施高新技术企业培育行动。（牵头单位：市科技局；配合单位：市财政局）",
      "2. 建设创新平台。  市科技局牵头，各区政府按职责分工负责。",
      "市人民政府办公室　　　　2024年3月1日",
    ]);
    expect(document.blocks.map((block) => block.kind === "paragraph" && block.location)).toEqual(
      [1, 3, 4, 5, 7].map((line) => ({ file: "t.txt", line })),
    );
  });

  it("does not take lines with wrap spaces for a table without a header of short names", () => {
    const text = [
      "1. 实施培育行动  （牵头单位：市科技局）",
      "2. 建设创新平台  （牵头单位：市科技局）",
      "3. 推进成果转化  （牵头单位：市科技局）",
    ].join("\n");
    expect(outline(read(text))).toHaveLength(3);
  });
});

describe("readTxt refuses tables it cannot split", () => {
  it("refuses |-rows whose cell counts differ, at the odd line", () => {
    expect(failure("序号|任务|单位\n1|任务甲|市科技局\n2|任务乙\n")).toMatchObject({
      severity: "error",
      code: "txt.unsplittable",
      location: { file: "t.txt", line: 3 },
      message: {
        zh: expect.stringContaining("表头有 3 个") as unknown,
        en: expect.stringContaining("line 3 has 2") as unknown,
      },
    });
  });

  it("refuses tab rows whose cell counts differ, and an unclosed quote", () => {
    expect(failure("序号\t任务\t单位\n1\t任务甲\n")).toMatchObject({
      code: "txt.unsplittable",
      location: { line: 2 },
    });
  });

  it("refuses space-separated rows under a header when an empty cell or a split cell shifts them", () => {
    expect(
      failure(
        "序号  工作任务  责任单位  完成时限\n1  推进科技创新  市科技局  6月底前\n2  优化营商环境  全年\n",
      ),
    ).toMatchObject({ code: "txt.unsplittable", location: { line: 3 } });
  });

  it("refuses a flattened table whose rows do not follow the 序号 sequence", () => {
    const spanning = [
      "序号",
      "工作任务",
      "责任单位",
      "1",
      "任务甲",
      "市科技局",
      "市税务局",
      "2",
      "任务乙",
      "市财政局",
    ];
    expect(failure(spanning.join("\n"))).toMatchObject({
      code: "txt.unsplittable",
      location: { line: 7 },
    });
    const emptied = ["序号", "工作任务", "责任单位", "1", "任务甲", "2", "任务乙", "市财政局"];
    expect(failure(emptied.join("\n"))).toMatchObject({
      code: "txt.unsplittable",
      location: { line: 7 },
    });
  });

  it("refuses a flattened table whose last row is cut short", () => {
    expect(failure(["序号", "工作任务", "责任单位", "1", "任务甲"].join("\n"))).toMatchObject({
      code: "txt.unsplittable",
      location: { line: 4 },
    });
  });
});
