import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvText, neutraliseCell } from "../../src/exporters/csv-text.js";

describe("CSV for Excel", () => {
  it("starts with the UTF-8 byte order mark and ends every line with CRLF", () => {
    const text = csvText([
      ["序号", "节点计划"],
      ["1", "完成立项"],
    ]);
    expect(text.startsWith("\uFEFF序号,节点计划\r\n")).toBe(true);
    expect(text).toBe("\uFEFF序号,节点计划\r\n1,完成立项\r\n");
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("quotes cells with commas, quotes and line breaks (RFC 4180), which a parser reads back", () => {
    const rows = [
      ["a,b", 'say "好"', "line\nbreak", "cr\r\nlf", "plain"],
      ["", "，全角逗号不用引号", "x", "y", "z"],
    ];
    const text = csvText(rows);
    expect(text).toContain('"a,b","say ""好""","line\nbreak","cr\r\nlf",plain\r\n');
    expect(text).toContain(",，全角逗号不用引号,");
    expect(parse(text, { bom: true })).toEqual(rows);
  });

  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+86 123", "'+86 123"],
    ["-1+1", "'-1+1"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "'\rCR"],
    ["2022-06-30", "2022-06-30"],
    ["正常 =1", "正常 =1"],
    ["", ""],
  ])("neutralises %j against formula injection as %j", (cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
  });

  it("neutralises inside the file too, and the apostrophe survives quoting", () => {
    const text = csvText([['=HYPERLINK("http://x","点我")', "-2"]]);
    expect(parse(text, { bom: true })).toEqual([['\'=HYPERLINK("http://x","点我")', "'-2"]]);
  });
});
