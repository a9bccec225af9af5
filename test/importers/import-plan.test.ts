import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importPlanBytes, importPlanFile } from "../../src/importers/import-plan.js";
import { buildDocx } from "../support/docx-builder.js";
import { readFixture } from "../support/fixtures.js";

const errorCodes = (result: Awaited<ReturnType<typeof importPlanBytes>>): string[] =>
  result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code);

const expectRefused = async (
  bytes: Uint8Array,
  fileName: string,
  code: string,
  limits?: Parameters<typeof importPlanBytes>[2],
): Promise<void> => {
  const result = await importPlanBytes(bytes, fileName, limits);
  expect(result.ok).toBe(false);
  expect(errorCodes(result)).toContain(code);
  for (const d of result.diagnostics) {
    expect(d.location.file).toBe(fileName);
    expect(d.message.zh).not.toBe("");
    expect(d.message.en).not.toBe("");
  }
};

const csv = (text: string): Uint8Array => new TextEncoder().encode(text);
const HEADER = "序号,工作任务,节点计划,责任单位,完成时限\n";

describe("importPlanBytes refuses bad input with its place, and never half reads it", () => {
  const docx = readFixture("seed-2022-kjj.docx");
  const xlsx = readFixture("seed-2022-kjj.xlsx");

  it("a corrupt Word file", async () => {
    const corrupt = Uint8Array.from(docx);
    corrupt.fill(0x41, 200, 4000);
    await expectRefused(corrupt, "corrupt.docx", "archive.corrupt");
  });

  it("a truncated Word file", async () => {
    await expectRefused(docx.subarray(0, docx.length >> 1), "cut.docx", "archive.corrupt");
  });

  it("a truncated Excel file", async () => {
    await expectRefused(xlsx.subarray(0, xlsx.length >> 1), "cut.xlsx", "archive.corrupt");
  });

  it("a file that is not what its name says", async () => {
    await expectRefused(csv("序号,工作任务"), "table.docx", "archive.not_zip");
  });

  it("a zip bomb, stopped at the inflated-size limit", async () => {
    const bomb = zipSync(
      { "word/document.xml": new Uint8Array(64 * 1024 * 1024).fill(0x20) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(200_000);
    await expectRefused(bomb, "bomb.docx", "archive.too_large_inflated", {
      limits: { maxInflatedBytes: 16 * 1024 * 1024, maxCompressionRatio: 10_000 },
    });
  });

  it("a file over the size limit, before it is read", async () => {
    await expectRefused(docx, "big.docx", "file.too_large", { limits: { maxFileBytes: 1000 } });
  });

  it("the old binary .doc format, with advice", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectRefused(ole, "plan.doc", "file.legacy_office");
  });

  it("an unknown kind of file", async () => {
    await expectRefused(csv("hello"), "plan.pptx", "file.unknown_format");
  });

  it("a Word document with neither a table nor numbered items", async () => {
    const bytes = buildDocx("<w:p><w:r><w:t>2022年市政府重点工作任务分解表</w:t></w:r></w:p>");
    await expectRefused(bytes, "empty.docx", "document.no_plan");
  });

  it("a table with no recognisable header", async () => {
    await expectRefused(csv("甲,乙,丙\n1,2,3\n"), "plan-2022.csv", "table.no_header");
  });

  it("a milestone with no unit", async () => {
    await expectRefused(
      csv(`${HEADER}1,任务,（1）一,,6月30日\n`),
      "plan-2022.csv",
      "milestone.no_unit",
    );
  });

  it("an unreadable deadline, naming the row and cell", async () => {
    const result = await importPlanBytes(
      csv(`${HEADER}1,任务,（1）一,市科技局,下个月\n`),
      "plan-2022.csv",
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics.find((d) => d.severity === "error")?.location).toEqual({
      file: "plan-2022.csv",
      row: 2,
      line: 2,
      column: 5,
      field: "完成时限",
      text: "下个月",
    });
  });

  it("a duplicate 序号", async () => {
    await expectRefused(
      csv(`${HEADER}1,任务甲,（1）一,市科技局,6月30日\n1,任务乙,（1）一,市科技局,6月30日\n`),
      "plan-2022.csv",
      "task.duplicate_no",
    );
  });

  it("a file that does not exist", async () => {
    const result = await importPlanFile("/nonexistent/plan.docx");
    expect(errorCodes(result)).toEqual(["file.unreadable"]);
  });
});
