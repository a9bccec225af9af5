/**
 * RFC 5545 content lines, the little an iCalendar writer needs: TEXT values
 * escaped (3.3.11), lines folded at 75 octets without splitting a UTF-8
 * character (3.1), CRLF line ends. Written here rather than through a
 * generator library because feeds are fetched every hour by every
 * subscriber: ical-generator took 19 s for a 20,000-milestone feed, this
 * takes under one (docs/BENCHMARKS.md, "Calendar feed").
 */

const MAX_OCTETS = 75;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
export const icsText = (text: string): string =>
  text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");

const octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** One content line, folded: continuation lines start with a space, which counts in their 75 octets. */
export const foldedLine = (line: string): string => {
  let size = 0;
  for (const char of line) size += octets(char.codePointAt(0) ?? 0);
  if (size <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let part = "";
  let partSize = 0;
  for (const char of line) {
    const charSize = octets(char.codePointAt(0) ?? 0);
    // The first line holds 75 octets; every later one a space and 74.
    const room = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (partSize + charSize > room) {
      parts.push(part);
      part = "";
      partSize = 0;
    }
    part += char;
    partSize += charSize;
  }
  parts.push(part);
  return parts.join("\r\n ");
};

/** "2022-10-31" → "20221031", a DATE value. */
export const icsDate = (day: string): string => day.replaceAll("-", "");

/** An instant → "20220630T010000Z", a UTC DATE-TIME value. */
export const icsUtcTime = (instant: string): string =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** A DURATION value (3.3.6): 3600 → "PT1H", −1263600 → "-P14DT15H". */
export const icsDuration = (totalSeconds: number): string => {
  const sign = totalSeconds < 0 ? "-" : "";
  let rest = Math.abs(totalSeconds);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const time =
    (hours > 0 ? `${String(hours)}H` : "") +
    (minutes > 0 ? `${String(minutes)}M` : "") +
    (seconds > 0 ? `${String(seconds)}S` : "");
  const dayPart = days > 0 ? `${String(days)}D` : "";
  if (dayPart === "" && time === "") return "PT0S";
  return `${sign}P${dayPart}${time === "" ? "" : `T${time}`}`;
};
