import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xmlText } from "../../src/exporters/xml-text.js";
import { xmlElements } from "../support/office-xml.js";

/** What XML 1.0 can hold: the text with its forbidden characters (and lone surrogates) taken out. */
const allowed = (text: string): string =>
  Array.from(text)
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code >= 0xd800 && code <= 0xdfff) return false;
      if (code === 0xfffe || code === 0xffff) return false;
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join("");

/** Control characters, markup, CJK, and surrogates alone or paired: what can go wrong. */
const awkwardText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.constantFrom(0x4e2d, 0x3001, 0xd83d, 0xde00, 0xd800, 0xdfff, 0xfffe, 0xffff, 0x85),
    ),
    { maxLength: 24 },
  )
  .map((codes) => String.fromCharCode(...codes));

describe("xmlText", () => {
  it("gives text that reads back the same in an element and in an attribute", () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        const xml = `<a b="${xmlText(text)}">${xmlText(text)}</a>`;
        const [element] = xmlElements(xml);
        // An XML reader turns CR into LF in text, and CR, LF and tab into spaces in attributes.
        const expected = allowed(text).replace(/\r\n?/g, "\n");
        expect(element?.text).toBe(expected);
        expect(element?.attributes.b).toBe(expected.replace(/[\n\t]/g, " "));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves ordinary text as it is", () => {
    expect(xmlText("2022年市政府重点工作任务分解表")).toBe("2022年市政府重点工作任务分解表");
    expect(xmlText('A&B <C> "D"')).toBe("A&amp;B &lt;C&gt; &quot;D&quot;");
  });
});
