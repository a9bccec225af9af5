import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  type ILevelsOptions,
} from "docx";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/importers/blocks/read-docx.js";
import { DEFAULT_LIMITS } from "../../src/importers/limits.js";
import type { SourceDocument, SourceParagraph } from "../../src/importers/source-document.js";
import { buildDocx, paragraphXml } from "../support/docx-builder.js";

const read = (bytes: Uint8Array): SourceDocument =>
  readDocx(bytes, "n.docx", { limits: DEFAULT_LIMITS });

const paragraphs = (document: SourceDocument): SourceParagraph[] =>
  document.blocks.filter((block): block is SourceParagraph => block.kind === "paragraph");

const texts = (document: SourceDocument): string[] => paragraphs(document).map((p) => p.text);

const level = (level: number, format: string, text: string, start = 1): ILevelsOptions => ({
  level,
  format: format as ILevelsOptions["format"],
  text,
  start,
  alignment: AlignmentType.LEFT,
});

/** The outline levels of a 分工方案: 一、 › （一） › 1. › （1） › ①. */
const OUTLINE: readonly ILevelsOptions[] = [
  level(0, LevelFormat.CHINESE_COUNTING, "%1、"),
  level(1, LevelFormat.CHINESE_COUNTING, "（%2）"),
  level(2, LevelFormat.DECIMAL, "%3."),
  level(3, LevelFormat.DECIMAL, "（%4）"),
  level(4, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, "%5"),
];

const build = async (
  children: (Paragraph | Table)[],
  config: { reference: string; levels: readonly ILevelsOptions[] }[] = [
    { reference: "outline", levels: OUTLINE },
  ],
): Promise<SourceDocument> => {
  const document = new Document({
    numbering: { config: config.map((c) => ({ reference: c.reference, levels: [...c.levels] })) },
    sections: [{ children }],
  });
  return read(new Uint8Array(await Packer.toBuffer(document)));
};

const item = (text: string, depth: number, reference = "outline", instance?: number): Paragraph =>
  new Paragraph({
    text,
    numbering: { reference, level: depth, ...(instance === undefined ? {} : { instance }) },
  });

describe("readDocx list numbering (documents written by the docx package)", () => {
  it("renders an outline's labels in front of the text, restarting lower levels", async () => {
    const document = await build([
      new Paragraph({ text: "关于印发重点工作分工方案的通知", heading: HeadingLevel.TITLE }),
      item("总体要求", 0),
      item("重点任务", 0),
      item("推进科技创新", 1),
      item("实施高企培育", 2),
      item("组织申报", 3),
      item("3月底前完成", 4),
      item("6月底前完成", 4),
      item("开展评审", 3),
      item("落实奖补", 2),
      item("深化改革", 1),
      item("建设平台", 2),
      item("保障措施", 0),
      item("加强领导", 1),
    ]);
    expect(texts(document)).toEqual([
      "关于印发重点工作分工方案的通知",
      "一、总体要求",
      "二、重点任务",
      "（一）推进科技创新",
      "1.实施高企培育",
      "（1）组织申报",
      "①3月底前完成",
      "②6月底前完成",
      "（2）开展评审",
      "2.落实奖补",
      "（二）深化改革",
      "1.建设平台",
      "三、保障措施",
      "（一）加强领导",
    ]);
    const [title, first, , third] = paragraphs(document);
    expect(title).toMatchObject({ numbering: null, style: "Title" });
    // The docx package gives list items Word's "List Paragraph" style.
    expect(first).toMatchObject({
      numbering: { label: "一、", level: 0 },
      style: "List Paragraph",
    });
    expect(first?.location).toEqual({ file: "n.docx", paragraph: 2 });
    expect(third?.numbering).toEqual({ label: "（一）", level: 1 });
  });

  it("shows every w:numFmt the brief lists", async () => {
    const formats = [
      [LevelFormat.DECIMAL, "%1."],
      [LevelFormat.CHINESE_COUNTING, "%1、"],
      [LevelFormat.CHINESE_COUNTING_THOUSAND, "%1、"],
      [LevelFormat.IDEOGRAPH_TRADITIONAL, "%1、"],
      [LevelFormat.JAPANESE_COUNTING, "%1."],
      [LevelFormat.DECIMAL_ENCLOSED_CIRCLE, "%1"],
      [LevelFormat.DECIMAL_FULL_WIDTH, "%1．"],
      [LevelFormat.LOWER_LETTER, "%1)"],
      [LevelFormat.UPPER_LETTER, "%1."],
      [LevelFormat.LOWER_ROMAN, "%1."],
      [LevelFormat.UPPER_ROMAN, "%1."],
      [LevelFormat.BULLET, "●"],
      [LevelFormat.NONE, ""],
    ] as const;
    const document = await build(
      formats.flatMap(([format]) => [
        item(`${format}甲`, 0, format),
        item(`${format}乙`, 0, format),
        item(`${format}丙`, 0, format),
      ]),
      formats.map(([format, text]) => ({
        reference: format,
        levels: [level(0, format, text, format === LevelFormat.DECIMAL ? 11 : 1)],
      })),
    );
    const third = paragraphs(document).filter((_, index) => index % 3 === 2);
    expect(third.map((p) => p.text)).toEqual([
      "13.decimal丙",
      "三、chineseCounting丙",
      "三、chineseCountingThousand丙",
      "丙、ideographTraditional丙",
      "三.japaneseCounting丙",
      "③decimalEnclosedCircle丙",
      "３．decimalFullWidth丙",
      "c)lowerLetter丙",
      "C.upperLetter丙",
      "iii.lowerRoman丙",
      "III.upperRoman丙",
      "bullet丙",
      "none丙",
    ]);
    expect(third.at(-2)?.numbering).toBeNull();
    expect(third.at(-1)?.numbering).toBeNull();
  });

  it("restarts a list for a new instance (w:startOverride) and counts empty items", async () => {
    const document = await build([
      item("甲", 2),
      new Paragraph({ numbering: { reference: "outline", level: 2 } }),
      item("丙", 2),
      item("另一清单首项", 2, "outline", 1),
      item("另一清单次项", 2, "outline", 1),
    ]);
    expect(texts(document)).toEqual(["1.甲", "3.丙", "1.另一清单首项", "2.另一清单次项"]);
  });

  it("numbers paragraphs inside table cells in the same count", async () => {
    const cell = (text: string, numbered: boolean): TableCell =>
      new TableCell({
        children: [
          numbered
            ? new Paragraph({ text, numbering: { reference: "seq", level: 0 } })
            : new Paragraph(text),
        ],
      });
    const document = await build(
      [
        new Table({
          rows: [
            new TableRow({ children: [cell("序号", false), cell("工作任务", false)] }),
            new TableRow({ children: [cell("", true), cell("任务甲", false)] }),
            new TableRow({ children: [cell("", true), cell("任务乙", false)] }),
          ],
        }),
      ],
      [{ reference: "seq", levels: [level(0, LevelFormat.DECIMAL, "%1")] }],
    );
    const table = document.blocks[0];
    expect(table?.kind).toBe("table");
    if (table?.kind !== "table") return;
    expect(table.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ["序号", "工作任务"],
      ["1", "任务甲"],
      ["2", "任务乙"],
    ]);
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const numberedParagraph = (text: string, props: string): string =>
  `<w:p><w:pPr>${props}<w:spacing w:line="560"/><w:ind w:firstLine="640"/><w:rPr><w:b/></w:rPr></w:pPr>` +
  `<w:r><w:t>${text}</w:t></w:r></w:p>`;

const numbering = (abstracts: string, nums: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${abstracts}${nums}</w:numbering>`;

const lvl = (ilvl: number, format: string, text: string, extra = ""): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}` +
  `<w:lvlText w:val="${text}"/><w:pPr><w:ind w:left="420"/></w:pPr></w:lvl>`;

describe("readDocx list numbering (hand-written numbering.xml and styles.xml)", () => {
  it("takes the numbering and name of the paragraph's style, through w:basedOn", () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>` +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="二级标题"/><w:basedOn w:val="2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      "</w:styles>";
    const body = [
      numberedParagraph("总体要求", '<w:pStyle w:val="1"/>'),
      numberedParagraph("工作目标", '<w:pStyle w:val="a5"/>'),
      numberedParagraph("主要任务", '<w:pStyle w:val="2"/>'),
      numberedParagraph("不编号", '<w:pStyle w:val="2"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      numberedParagraph("重点任务", '<w:pStyle w:val="1"/>'),
    ].join("");
    const document = read(
      buildDocx(body, {
        extraParts: {
          "word/styles.xml": styles,
          "word/numbering.xml": numbering(
            `<w:abstractNum w:abstractNumId="3">${lvl(0, "chineseCounting", "%1、", '<w:pStyle w:val="1"/>')}${lvl(1, "chineseCounting", "（%2）")}</w:abstractNum>`,
            '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>',
          ),
        },
      }),
    );
    expect(paragraphs(document).map((p) => [p.text, p.style, p.numbering?.level ?? null])).toEqual([
      ["一、总体要求", "heading 1", 0],
      ["（一）工作目标", "二级标题", 1],
      ["（二）主要任务", "heading 2", 1],
      ["不编号", "heading 2", null],
      ["二、重点任务", "heading 1", 0],
    ]);
  });

  it("shares one count between instances of a definition, with w:lvlRestart, w:isLgl and start overrides", () => {
    const abstract =
      '<w:abstractNum w:abstractNumId="0">' +
      lvl(0, "decimal", "%1.") +
      lvl(1, "decimal", "%1.%2", '<w:lvlRestart w:val="0"/>') +
      lvl(2, "chineseCounting", "%1.%2.%3", "<w:isLgl/>") +
      "</w:abstractNum>";
    const nums =
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const numbered = (text: string, numId: number, ilvl: number): string =>
      numberedParagraph(
        text,
        `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`,
      );
    const body = [
      numbered("a", 1, 0),
      numbered("b", 1, 1),
      numbered("c", 2, 0),
      numbered("d", 2, 1),
      numbered("e", 1, 2),
      paragraphXml("正文"),
      numbered("f", 3, 0),
      numbered("g", 3, 0),
    ].join("");
    const document = read(
      buildDocx(body, { extraParts: { "word/numbering.xml": numbering(abstract, nums) } }),
    );
    expect(texts(document)).toEqual([
      "1.a",
      "1.1b",
      "2.c",
      // w:lvlRestart 0: level 1 goes on counting after level 0 moved on.
      "2.2d",
      // Legal numbering shows the chineseCounting level in digits.
      "2.2.1e",
      "正文",
      "5.f",
      "6.g",
    ]);
  });

  it("takes the levels of a list style (w:numStyleLink) from the definition that owns it (w:styleLink)", () => {
    const abstracts =
      `<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="a1"/>${lvl(0, "chineseCounting", "第%1条")}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="a1"/></w:abstractNum>';
    const nums = '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>';
    const body = numberedParagraph(
      "总则",
      '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>',
    );
    const document = read(
      buildDocx(body, { extraParts: { "word/numbering.xml": numbering(abstracts, nums) } }),
    );
    expect(texts(document)).toEqual(["第一条总则"]);
  });

  it("reads a document without numbering.xml or styles.xml, and ignores an unknown w:numId", () => {
    const document = read(
      buildDocx(
        numberedParagraph("文字", '<w:pStyle w:val="x"/><w:numPr><w:numId w:val="9"/></w:numPr>'),
      ),
    );
    expect(paragraphs(document)).toEqual([
      {
        kind: "paragraph",
        text: "文字",
        numbering: null,
        style: "x",
        location: { file: "n.docx", paragraph: 1 },
      },
    ]);
  });
});
