import { chineseDate, type IsoDate } from "../../domain/iso-date.js";
import { STATUS_TEXT } from "../../exporters/milestone-data.js";
import type { ExportFormat } from "./export-file.js";
import type { ExportFilter } from "./export-request.js";

/** Characters no file system (or mail client) takes in a name. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|]/g;

/** Control characters (C0 and DEL), which would break a Content-Disposition header or a mail. */
const withoutControls = (text: string): string =>
  Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? "" : character;
  }).join("");

/**
 * A file's name as offices name theirs: the document's title, what part it
 * is and as of when, and the format's extension
 * ("2022年…分解表（市科技局牵头部分）截至2022年6月30日.csv").
 */
export const exportFileName = (
  title: string,
  format: ExportFormat,
  qualifiers: readonly string[] = [],
): string => {
  const base = withoutControls(`${title}${qualifiers.join("")}`.replace(UNSAFE_IN_NAME, "")).trim();
  return `${base === "" ? "duban" : base}.${format}`;
};

/**
 * The line under a filtered table's title that says which rows it holds,
 * so that a printed page is never taken for the whole plan.
 */
export const filterLine = (
  filter: ExportFilter,
  responsible: string | null,
  asOf: IsoDate,
): string => {
  const parts: string[] = [];
  if (responsible !== null) {
    const role = filter.role === "lead" ? "牵头" : filter.role === "cooperating" ? "配合" : "负责";
    parts.push(`${responsible}${role}`);
  }
  if (filter.status !== undefined && filter.status.length > 0) {
    parts.push(
      `截至${chineseDate(asOf)}${filter.status.map((status) => STATUS_TEXT[status]).join("或")}`,
    );
  }
  if (filter.dueFrom !== undefined || filter.dueTo !== undefined) {
    const from = filter.dueFrom === undefined ? "" : `${chineseDate(filter.dueFrom)}起`;
    const to = filter.dueTo === undefined ? "" : `至${chineseDate(filter.dueTo)}`;
    parts.push(`完成时限${from}${to}`);
  }
  if (filter.text !== undefined && filter.text !== "") parts.push(`含“${filter.text}”`);
  return `（筛选：${parts.join("；")}）`;
};
