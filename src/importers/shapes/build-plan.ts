import { cleanText } from "../../domain/normalize-text.js";
import { readOutlineLabel } from "../../domain/outline-label.js";
import { diagnostic } from "../build-diagnostic.js";
import type { SourceDocument } from "../source-document.js";
import { readProseShape } from "./prose/read-prose-shape.js";
import { findHeader } from "./table/find-header.js";
import {
  readTableShape,
  type BuildPlanOptions,
  type BuildPlanResult,
} from "./table/read-table-shape.js";
import { tablesOf } from "./tables-of.js";

export type { BuildPlanOptions, BuildPlanResult } from "./table/read-table-shape.js";

const refused = (
  document: SourceDocument,
  code: string,
  zh: string,
  en: string,
): BuildPlanResult => ({
  plan: null,
  diagnostics: [
    ...document.diagnostics,
    diagnostic("error", code, { file: document.fileName }, zh, en),
  ],
});

/** Why a document with no plan table and no numbered items naming units is refused. */
const noPlan = (document: SourceDocument): BuildPlanResult => {
  const paragraphs = document.blocks.filter((block) => block.kind === "paragraph");
  if (paragraphs.every((paragraph) => cleanText(paragraph.text) === "")) {
    return refused(
      document,
      "document.empty",
      "文件中没有任何文字",
      "The file holds no text at all",
    );
  }
  if (paragraphs.some((paragraph) => readOutlineLabel(cleanText(paragraph.text)) !== null)) {
    return refused(
      document,
      "document.no_responsibilities",
      "文件有编号条目，但没有一条写明责任单位：请在条目后的括号里或下一行写明，如“（牵头单位：X；配合单位：Y）”“责任单位：X”“X牵头”",
      "The file has numbered items, but none names a responsible unit: write them in a bracket after the item or on the line below, e.g. （牵头单位：X；配合单位：Y）, 责任单位：X, X牵头",
    );
  }
  return refused(
    document,
    "document.no_plan",
    "没有找到表格，也没有找到带责任单位的编号条目：表格应有“工作任务”“责任单位”“完成时限”等表头；" +
      "编号条目（一、（一）1.（1）①）应在括号里或下一行写明单位，如“（牵头单位：X；配合单位：Y）”“责任单位：X”“X牵头”",
    "Found neither a table nor numbered items that name responsible units: a table needs a header naming " +
      "columns such as 工作任务, 责任单位, 完成时限; numbered items (一、（一）1.（1）①) must name their units " +
      "in a bracket or on the line below, e.g. （牵头单位：X；配合单位：Y）, 责任单位：X, X牵头",
  );
};

/**
 * The logical layer: recognises the shape of a document's blocks and reads
 * the plan from it. A table with a plan header wins (a notice with the plan
 * attached as a table); otherwise a numbered outline that names responsible
 * units; a table without a recognisable header is then refused as such.
 */
export const buildPlan = (
  document: SourceDocument,
  options: BuildPlanOptions = {},
): BuildPlanResult => {
  if (tablesOf(document).some((table) => findHeader(table) !== null)) {
    return readTableShape(document, options);
  }
  const prose = readProseShape(document, options);
  if (prose) return prose;
  if (document.blocks.some((block) => block.kind === "table")) {
    return readTableShape(document, options);
  }
  return noPlan(document);
};
