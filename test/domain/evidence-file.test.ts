import { describe, expect, it } from "vitest";
import { sniffEvidenceType } from "../../src/domain/evidence-file.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === "string" ? Array.from(part, (c) => c.charCodeAt(0)) : part,
    ),
  );

describe("evidence types, read from the bytes", () => {
  it.each([
    [bytes("%PDF-1.7\n"), "a.pdf", "application/pdf"],
    [bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]), "a.png", "image/png"],
    [bytes([0xff, 0xd8, 0xff, 0xe0]), "photo.JPG", "image/jpeg"],
    [bytes("GIF89a"), "a.gif", "image/gif"],
    [bytes("RIFF", [0, 0, 0, 0], "WEBP"), "a.webp", "image/webp"],
    [
      bytes("PK", [3, 4]),
      "报告.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    [
      bytes("PK", [3, 4]),
      "台账.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
    [bytes("PK", [3, 4]), "公文.ofd", "application/ofd"],
    [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "old.doc", "application/msword"],
  ])("knows %#: %s", (content, name, type) => {
    expect(sniffEvidenceType(content, name)).toBe(type);
  });

  it("refuses what the bytes do not allow, whatever the name says", () => {
    expect(sniffEvidenceType(bytes("MZ", [0x90, 0]), "report.pdf")).toBeNull();
    expect(sniffEvidenceType(bytes("PK", [3, 4]), "payload.jar")).toBeNull();
    expect(sniffEvidenceType(bytes("<html>"), "page.docx")).toBeNull();
    expect(sniffEvidenceType(new Uint8Array(), "empty.pdf")).toBeNull();
  });
});
