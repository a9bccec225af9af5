import { describe, expect, it } from "vitest";
import { readSearchQuery, searchFold, snippetOf } from "../../src/domain/search-text.js";

describe("search text", () => {
  it("folds full-width forms and case, one UTF-16 unit for one", () => {
    expect(searchFold("ＡＢＣ推进会（第３次）　Ok")).toBe("abc推进会(第3次) ok");
    // A lower case of another length stays as written, so offsets keep.
    expect(searchFold("İ")).toBe("İ");
    for (const text of ["已召开ＡＢＣ推进会", "İstanbul", "𠀀（１）"]) {
      expect(searchFold(text)).toHaveLength(text.length);
    }
  });

  it("reads a 序号 and a milestone's number, in either width, with spaces", () => {
    expect(readSearchQuery("204")).toEqual({ text: "204", taskNo: 204, milestoneSeq: null });
    expect(readSearchQuery("205（3）")).toEqual({ text: "205(3)", taskNo: 205, milestoneSeq: 3 });
    expect(readSearchQuery(" ２０５ ( 3 ) ")).toMatchObject({ taskNo: 205, milestoneSeq: 3 });
    expect(readSearchQuery("2022年")).toMatchObject({ taskNo: null, milestoneSeq: null });
    expect(readSearchQuery(" \u3000 ")).toBeNull();
  });

  it("cuts a snippet around the first match and highlights every match inside it", () => {
    expect(snippetOf("已召开ＡＢＣ推进会，ABC", "abc")).toEqual({
      text: "已召开ＡＢＣ推进会，ABC",
      highlights: [
        { start: 3, length: 3 },
        { start: 10, length: 3 },
      ],
    });
    const long = `${"前".repeat(100)}目标${"后".repeat(100)}`;
    const cut = snippetOf(long, "目标");
    expect(cut.text.startsWith("…")).toBe(true);
    expect(cut.text.endsWith("…")).toBe(true);
    const [first] = cut.highlights;
    expect(first && cut.text.slice(first.start, first.start + first.length)).toBe("目标");
    expect(snippetOf("没有匹配", "")).toEqual({ text: "没有匹配", highlights: [] });
    // A match near the end shows the end, not a window past it.
    const tail = snippetOf(`${"字".repeat(200)}末尾`, "末尾");
    expect(tail.text.endsWith("末尾")).toBe(true);
    expect(tail.highlights).toHaveLength(1);
  });

  it("never cuts a character outside the BMP in two", () => {
    // 𠀾 is two UTF-16 units: every window edge must fall between characters.
    for (let pad = 0; pad < 4; pad += 1) {
      const body = `${"𠀾".repeat(60)}${"的".repeat(pad)}目标${"𠀾".repeat(60)}`;
      const { text, highlights } = snippetOf(body, "目标");
      expect(text).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u,
      );
      const [first] = highlights;
      expect(first && text.slice(first.start, first.start + first.length)).toBe("目标");
    }
  });
});
