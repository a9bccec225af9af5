import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostic.js";
import { readDocx } from "../../src/importers/blocks/read-docx.js";
import { readHtml } from "../../src/importers/blocks/read-html.js";
import { ImportFailure } from "../../src/importers/import-failure.js";
import { DEFAULT_LIMITS, type ImportLimits } from "../../src/importers/limits.js";
import type {
  SourceDocument,
  SourceParagraph,
  SourceTable,
} from "../../src/importers/source-document.js";
import { readFixture } from "../support/fixtures.js";

const read = (html: string | Uint8Array, limits: Partial<ImportLimits> = {}): SourceDocument =>
  readHtml(typeof html === "string" ? new TextEncoder().encode(html) : html, "p.html", {
    limits: { ...DEFAULT_LIMITS, ...limits },
  });

/** The blocks in short: a paragraph's text, a table's grid ("^" vertical, "<" horizontal continuation). */
const outline = (document: SourceDocument): (string | string[][])[] =>
  document.blocks.map((block) =>
    block.kind === "paragraph"
      ? block.text
      : block.rows.map((row) =>
          row.cells.map((cell) =>
            cell.continuation === "vertical"
              ? "^"
              : cell.continuation === "horizontal"
                ? "<"
                : cell.text,
          ),
        ),
  );

const tables = (document: SourceDocument): SourceTable[] =>
  document.blocks.filter((block): block is SourceTable => block.kind === "table");

const paragraphs = (document: SourceDocument): SourceParagraph[] =>
  document.blocks.filter((block): block is SourceParagraph => block.kind === "paragraph");

const failure = (action: () => unknown): Diagnostic => {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportFailure) return error.diagnostic;
    throw error;
  }
  throw new Error("expected an ImportFailure");
};

describe("readHtml blocks", () => {
  it("gives paragraphs and tables in document order, skipping what is not shown", () => {
    const document = read(`<!DOCTYPE html><html><head><title>标题栏</title>
      <style>p { color: red }</style><script>var x = "<p>不是正文</p>";</script></head>
      <body><h1>2024年重点工作任务分解表</h1>
      <p>（牵头任务<b>3</b>项）</p>
      <noscript>请启用脚本</noscript><template><p>模板</p></template>
      <div style="display: none">隐藏</div><p style='mso-hide:all'>也隐藏</p>
      <table></table>
      <table><tr><th>序号</th><th>工作任务</th></tr><tr><td>1</td><td>任务甲</td></tr></table>
      <div>附件文字<p>段落</p>尾巴</div>第一行<br>第二行<br/>
      </body></html>`);
    expect(outline(document)).toEqual([
      "2024年重点工作任务分解表",
      "（牵头任务3项）",
      [
        ["序号", "工作任务"],
        ["1", "任务甲"],
      ],
      "附件文字",
      "段落",
      "尾巴",
      "第一行",
      "第二行",
    ]);
    expect(document.format).toBe("html");
    expect(paragraphs(document)[0]).toEqual({
      kind: "paragraph",
      text: "2024年重点工作任务分解表",
      numbering: null,
      style: "heading 1",
      location: { file: "p.html", paragraph: 1 },
    });
    expect(tables(document)[0]?.name).toBe("表1");
    expect(tables(document)[0]?.rows[1]?.cells[1]?.location).toEqual({
      file: "p.html",
      table: 1,
      row: 2,
      column: 2,
      text: "任务甲",
    });
  });

  it("resolves rowspan and colspan to a grid with continuations, like the Word reader", () => {
    const document = read(`<table>
      <tr><td rowspan="3">1</td><td rowspan=2 colspan=2>任务甲</td><td>节点一</td></tr>
      <tr><td>节点二</td></tr>
      <tr><td>乙</td><td>丙</td><td>节点三</td></tr>
      <tr><td colspan="2">合计</td></tr>
      <tr><td>x</td><td rowspan="9">到表尾</td></tr>
      </table>`);
    expect(outline(document)).toEqual([
      [
        ["1", "任务甲", "<", "节点一"],
        ["^", "^", "<", "节点二"],
        ["^", "乙", "丙", "节点三"],
        ["合计", "<", "", ""],
        ["x", "到表尾", "", ""],
      ],
    ]);
  });

  it("reads a cell's lines, nested tables row by row, and implied end tags", () => {
    const document = read(`<table>
      <tr><td><p>市科技局</p><p>市税务局</p><td>a<br>b
      <tr><td><table><tr><td>内1</td><td>内2</td></tr><tr><td>内3</td></tr></table>外</td><td>
      <ol><li>三月<li>六月</ol></td>
      </table>`);
    expect(outline(document)).toEqual([
      [
        ["市科技局\n市税务局", "a\nb"],
        ["内1\n内2\n内3\n外", "1.三月\n2.六月"],
      ],
    ]);
  });

  it("collapses white space, drops source line breaks between Chinese characters, decodes entities", () => {
    const document = read(
      "<p>推进&nbsp;&nbsp;科技\r\n创新  工作 &amp; 改革\nreform&#x3002;</p><p>&lt;一&gt;&emsp;</p>",
    );
    expect(outline(document)).toEqual(["推进  科技创新 工作 & 改革 reform。", "<一>"]);
  });

  it("numbers ordered list items by type and start, and reads the labels of Word's lists", () => {
    const document = read(`
      <ol start="3"><li>甲</li><li value="7">乙</li><li>丙<ol type="a"><li>子</li></ol></li></ol>
      <ol style="list-style-type: cjk-ideographic"><li><p>总体要求</p></li></ol>
      <ul><li>无编号</li></ul>
      <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
      style='mso-list:Ignore'>（一）<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>加强领导</p>
      <p class=MsoListParagraph style='margin-left:21pt;mso-list:l0 level2 lfo1'><span lang=EN-US
      style='mso-fareast-font-family:宋体'><span style='mso-list:Ignore'>1.<span
      style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span>明确责任</p>
      <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span
      style='font-family:Wingdings'><span style='mso-list:Ignore'>Ø<span
      style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>项目符号</p>
      <table><tr><td><p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>二、</span>表内</p></td></tr></table>`);
    expect(paragraphs(document).map((p) => [p.text, p.numbering])).toEqual([
      ["3.甲", { label: "3.", level: 0 }],
      ["7.乙", { label: "7.", level: 0 }],
      ["8.丙", { label: "8.", level: 0 }],
      ["a.子", { label: "a.", level: 1 }],
      ["一、总体要求", { label: "一、", level: 0 }],
      ["无编号", null],
      ["（一）加强领导", { label: "（一）", level: 0 }],
      ["1.明确责任", { label: "1.", level: 1 }],
      ["项目符号", null],
    ]);
    expect(tables(document)[0]?.rows[0]?.cells[0]?.text).toBe("二、表内");
  });

  it("reads a table's caption as the paragraph before it, and a Word page's hidden width row not at all", () => {
    const document = read(`<table><caption>表1 任务分解</caption><tbody>
      <tr><td>序号</td><td>任务</td></tr>
      <![if !supportMisalignedColumns]><tr height=0 style='display:none'><td width=40></td><td width=300></td></tr><![endif]>
      </tbody></table>`);
    expect(outline(document)).toEqual(["表1 任务分解", [["序号", "任务"]]]);
  });
});

describe("readHtml on the reference table saved as a web page", () => {
  it("gives the Word reader's blocks, merges included", () => {
    const docx = readDocx(readFixture("seed-2022-kjj.docx"), "seed.docx", {
      limits: DEFAULT_LIMITS,
    });
    expect(outline(read(readFixture("seed-2022-kjj.htm")))).toEqual(outline(docx));
  });
});

describe("readHtml decoding", () => {
  const gbk = (text: string): Uint8Array => {
    // "重点工作" in GBK, inside an ASCII page.
    const encoded = new Uint8Array([0xd6, 0xd8, 0xb5, 0xe3, 0xb9, 0xa4, 0xd7, 0xf7]);
    const [before, after] = text.split("@");
    return new Uint8Array([
      ...new TextEncoder().encode(before),
      ...encoded,
      ...new TextEncoder().encode(after),
    ]);
  };

  it("decodes the charset a Word page declares, without a note", () => {
    const document = read(
      gbk(
        '<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body><p>@</p></body></html>',
      ),
    );
    expect(outline(document)).toEqual(["重点工作"]);
    expect(document.diagnostics).toEqual([]);
  });

  it("decodes <meta charset>, and guesses GB18030 for undeclared non-UTF-8 pages, noting it", () => {
    expect(outline(read(gbk('<meta charset="GBK"><p>@</p>')))).toEqual(["重点工作"]);
    const guessed = read(gbk("<p>@</p>"));
    expect(outline(guessed)).toEqual(["重点工作"]);
    expect(guessed.diagnostics.map((d) => d.code)).toEqual(["text.decoded_gb18030"]);
  });

  it("follows a UTF-8 BOM over a declaration", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="gb2312"><p>任务</p>'),
    ]);
    expect(outline(read(bytes))).toEqual(["任务"]);
  });
});

describe("readHtml limits", () => {
  it("refuses more rows than the limit, counted across tables", () => {
    const page =
      "<table><tr><td>a</td></tr><tr><td>b</td></tr></table><table><tr><td>c</td></tr></table>";
    expect(failure(() => read(page, { maxRows: 2 }))).toMatchObject({
      code: "table.too_many_rows",
      location: { file: "p.html", table: 2, row: 1 },
    });
  });

  it("refuses a cell longer than the limit, and a colspan past the grid bound", () => {
    expect(
      failure(() => read("<table><tr><td>abcdef</td></tr></table>", { maxCellChars: 5 })),
    ).toMatchObject({
      code: "table.cell_too_long",
      location: { file: "p.html", table: 1, row: 1, column: 1 },
    });
    const wide = `<table><tr>${"<td colspan=1000>x</td>".repeat(2)}</tr></table>`;
    expect(failure(() => read(wide))).toMatchObject({ code: "table.too_many_columns" });
  });

  it("refuses binary content", () => {
    expect(failure(() => read(new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01])))).toMatchObject({
      code: "html.binary",
    });
  });

  it("reads a 20,000-row table quickly", () => {
    const rows: string[] = [
      "<table><tr><th>序号</th><th>工作任务</th><th>节点计划</th><th>责任单位</th><th>完成时限</th></tr>",
    ];
    for (let row = 1; row <= 20_000; row += 1) {
      rows.push(
        `<tr><td>${row}</td><td>任务${row}</td><td>（1）节点${row}</td><td>市科技局</td><td>6月底前</td></tr>`,
      );
    }
    rows.push("</table>");
    // CPU time, not the wall clock: on a shared machine a scheduler pause is no slowness.
    const started = process.cpuUsage();
    const document = read(rows.join("\n"));
    const spent = process.cpuUsage(started);
    expect(tables(document)[0]?.rows).toHaveLength(20_001);
    expect(tables(document)[0]?.rows[20_000]?.cells[2]?.text).toBe("（1）节点20000");
    expect((spent.user + spent.system) / 1000, "CPU ms").toBeLessThan(5000);
  });
});
