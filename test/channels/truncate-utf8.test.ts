import { describe, expect, it } from "vitest";
import { truncateUtf8, utf8Length } from "../../src/channels/truncate-utf8.js";

describe("truncateUtf8", () => {
  it("leaves text within the limit alone", () => {
    expect(truncateUtf8("督办", 6)).toBe("督办");
    expect(truncateUtf8("", 0)).toBe("");
  });

  it("cuts at a character boundary, the ellipsis included in the limit", () => {
    // 督 and 办 are 3 bytes each, … is 3.
    expect(truncateUtf8("督办督办", 11)).toBe("督办…");
    expect(truncateUtf8("督办督办", 8)).toBe("督…");
    expect(truncateUtf8("ab督办", 7)).toBe("ab…");
    expect(truncateUtf8("督办", 3)).toBe("…");
    expect(truncateUtf8("督办", 2)).toBe("");
  });

  it("never splits a surrogate pair or an emoji sequence", () => {
    const family = "👨‍👩‍👧"; // 18 bytes, one grapheme
    const text = `a${family}b`;
    for (let limit = 0; limit < utf8Length(text); limit++) {
      const cut = truncateUtf8(text, limit);
      expect(utf8Length(cut)).toBeLessThanOrEqual(limit);
      expect(Buffer.from(cut, "utf8").toString("utf8")).toBe(cut);
      expect(["", "…", "a…", `a${family}…`]).toContain(cut);
    }
  });

  it("uses the ellipsis it is given", () => {
    expect(truncateUtf8("abcdef", 5, "...")).toBe("ab...");
    expect(truncateUtf8("abcdef", 3, "")).toBe("abc");
  });
});
