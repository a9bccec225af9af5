import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldedLine,
  icsDate,
  icsDuration,
  icsText,
  icsUtcTime,
} from "../../src/exporters/ics-content-lines.js";

const octets = (text: string): number => Buffer.byteLength(text, "utf8");
const unfolded = (text: string): string => text.replaceAll("\r\n ", "");

describe("iCalendar content lines (RFC 5545)", () => {
  it("escapes backslash, semicolon, comma and line breaks in TEXT", () => {
    expect(icsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("leaves a line of 75 octets whole and folds a longer one", () => {
    expect(foldedLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldedLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("folds any text into lines of at most 75 octets, never inside a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldedLine(line);
        for (const physical of folded.split("\r\n"))
          expect(octets(physical)).toBeLessThanOrEqual(75);
        // No replacement character: no UTF-8 sequence was cut.
        expect(unfolded(folded)).toBe(line);
      }),
      { numRuns: 200 },
    );
  });

  it("writes dates, UTC times and durations", () => {
    expect(icsDate("2022-10-31")).toBe("20221031");
    expect(icsUtcTime("2022-06-30T09:00:00+08:00")).toBe("20220630T010000Z");
    expect(icsDuration(3600)).toBe("PT1H");
    expect(icsDuration(-(15 * 86_400 - 9 * 3600))).toBe("-P14DT15H");
    expect(icsDuration(-(86_400 - 9 * 3600))).toBe("-PT15H");
    expect(icsDuration(9 * 3600)).toBe("PT9H");
    expect(icsDuration(-(2 * 86_400))).toBe("-P2D");
    expect(icsDuration(90)).toBe("PT1M30S");
    expect(icsDuration(0)).toBe("PT0S");
  });
});
