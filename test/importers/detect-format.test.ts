import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/importers/detect-format.js";

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const text = (content: string): Uint8Array => new TextEncoder().encode(content);

const formatOf = (bytes: Uint8Array, name: string): string => {
  const detected = detectFormat(bytes, name);
  return detected.ok ? detected.format : detected.diagnostic.code;
};

describe("detectFormat", () => {
  it.each([
    ["a.docx", "docx"],
    ["a.DOCM", "docx"],
    ["a.xlsx", "xlsx"],
    ["a.csv", "csv"],
    ["a.tsv", "csv"],
    ["a.txt", "txt"],
    ["a.html", "html"],
    ["a.HTM", "html"],
    ["a.pdf", "file.legacy_format"],
    ["a.pptx", "file.unknown_format"],
    ["noextension", "file.unknown_format"],
  ])("names %s as %s", (name, expected) => {
    expect(formatOf(text("序号,工作任务"), name)).toBe(expected);
  });

  it.each([
    "<!DOCTYPE html><html>",
    "\ufeff  <html xmlns:o='urn:schemas-microsoft-com:office:office'>",
    "<!-- saved from url -->\n<HTML><HEAD>",
    "\n<table border=1><tr><td>序号</td></tr></table>",
    '<meta charset="utf-8"><p>任务</p>',
  ])("reads %j as HTML whatever the name says", (content) => {
    for (const name of ["plan.xls", "plan.doc", "plan.txt", "plan", "plan.html"]) {
      expect(formatOf(text(content), name)).toBe("html");
    }
  });

  it("keeps text that only mentions a tag later on as text", () => {
    expect(formatOf(text("说明：见下表 <table>"), "plan.txt")).toBe("txt");
  });

  it.each([
    ["plan.doc", ".docx", "Word/WPS 文字"],
    ["plan.wps", ".docx", "Word/WPS 文字"],
    ["plan.xls", ".xlsx", "Excel/WPS 表格"],
    ["plan.et", ".xlsx", "Excel/WPS 表格"],
    ["plan.docx", ".docx", "Word/WPS 文字"],
    ["upload.bin", ".docx 或 .xlsx", "Word/WPS 文字"],
  ])("refuses the OLE compound file %s, asking to save it as %s", (name, target, app) => {
    const detected = detectFormat(OLE, name);
    expect(detected.ok).toBe(false);
    if (detected.ok) return;
    expect(detected.diagnostic).toMatchObject({
      severity: "error",
      code: "file.legacy_office",
      location: { file: name },
    });
    expect(detected.diagnostic.message.zh).toContain(`另存为 ${target} 格式`);
    expect(detected.diagnostic.message.zh).toContain(app);
    expect(detected.diagnostic.message.en).toContain(
      `save it as ${target.replace(" 或 ", " or ")}`,
    );
  });

  it("refuses the legacy extensions even when the bytes are not an OLE file", () => {
    expect(formatOf(text("{\\rtf1"), "plan.doc")).toBe("file.legacy_office");
    expect(formatOf(text("x"), "plan.et")).toBe("file.legacy_office");
  });
});
