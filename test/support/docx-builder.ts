/**
 * Builds small Word .docx files in tests, from WordprocessingML body XML.
 * Only what a reader needs is written: [Content_Types].xml, the package
 * relationships and word/document.xml.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  "</Types>";

const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  "</Relationships>";

/** Escapes text for XML character data and attribute values. */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A complete word/document.xml around the given w:body content. */
export const documentXml = (bodyXml: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<w:document xmlns:w="${W_NS}" xmlns:mc="${MC_NS}"><w:body>${bodyXml}` +
  '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>' +
  "</w:body></w:document>";

export interface BuildDocxOptions {
  /** Deflate level of every part (0–9); 6 by default. */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Replaces word/document.xml as written, e.g. to test malformed XML. */
  readonly documentXml?: string;
  /** Leaves word/document.xml out of the archive. */
  readonly omitDocument?: boolean;
  /** Further parts by path, as text. */
  readonly extraParts?: Readonly<Record<string, string>>;
}

/** A .docx whose body is `bodyXml` (paragraphs and tables, see the helpers below). */
export const buildDocx = (bodyXml: string, options: BuildDocxOptions = {}): Uint8Array => {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(PACKAGE_RELS),
  };
  if (options.omitDocument !== true) {
    files["word/document.xml"] = strToU8(options.documentXml ?? documentXml(bodyXml));
  }
  for (const [path, text] of Object.entries(options.extraParts ?? {})) {
    files[path] = strToU8(text);
  }
  return zipSync(files, { level: options.level ?? 6 });
};

/** A run holding `text`; "\n" becomes w:br and "\t" becomes w:tab, as Word writes them. */
export const runXml = (text: string): string => {
  const inner = text
    .split(/(\n|\t)/)
    .map((part) => {
      if (part === "\n") return "<w:br/>";
      if (part === "\t") return "<w:tab/>";
      return part === "" ? "" : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`;
    })
    .join("");
  return `<w:r>${inner}</w:r>`;
};

/** A paragraph with one run of `text` (empty text gives an empty paragraph). */
export const paragraphXml = (text: string): string =>
  text === "" ? "<w:p/>" : `<w:p>${runXml(text)}</w:p>`;

/** A table cell (w:tc) for cellXml and rowXml. */
export interface CellSpec {
  /** The cell's text, one paragraph per line ("a\nb" gives two paragraphs). */
  readonly text?: string;
  /** The cell's content as XML (paragraphs, nested tables), instead of `text`. */
  readonly xml?: string;
  /** w:gridSpan. */
  readonly span?: number;
  /** w:vMerge: "restart", "continue", or "bare" for `<w:vMerge/>`. */
  readonly vMerge?: "restart" | "continue" | "bare";
  /** Further XML inside w:tcPr. */
  readonly tcPr?: string;
}

/** A table cell; a string is `{ text }`. */
export const cellXml = (cell: string | CellSpec): string => {
  const spec: CellSpec = typeof cell === "string" ? { text: cell } : cell;
  const props: string[] = [];
  if (spec.span !== undefined) props.push(`<w:gridSpan w:val="${spec.span}"/>`);
  if (spec.vMerge === "bare") props.push("<w:vMerge/>");
  else if (spec.vMerge !== undefined) props.push(`<w:vMerge w:val="${spec.vMerge}"/>`);
  if (spec.tcPr !== undefined) props.push(spec.tcPr);
  const tcPr = props.length > 0 ? `<w:tcPr>${props.join("")}</w:tcPr>` : "";
  const body = spec.xml ?? (spec.text ?? "").split("\n").map(paragraphXml).join("");
  // Word requires every cell to hold a paragraph.
  return `<w:tc>${tcPr}${body === "" ? "<w:p/>" : body}</w:tc>`;
};

export interface RowOptions {
  readonly header?: boolean;
  readonly gridBefore?: number;
  readonly gridAfter?: number;
}

/** A table row of the given cells (see cellXml). */
export const rowXml = (cells: readonly (string | CellSpec)[], options: RowOptions = {}): string => {
  const props: string[] = [];
  if (options.gridBefore !== undefined) props.push(`<w:gridBefore w:val="${options.gridBefore}"/>`);
  if (options.gridAfter !== undefined) props.push(`<w:gridAfter w:val="${options.gridAfter}"/>`);
  if (options.header === true) props.push('<w:tblHeader w:val="true"/>');
  const trPr = props.length > 0 ? `<w:trPr>${props.join("")}</w:trPr>` : "";
  return `<w:tr>${trPr}${cells.map(cellXml).join("")}</w:tr>`;
};

/** A table of `columns` grid columns around the given rows (from rowXml). */
export const tableXml = (columns: number, rows: readonly string[]): string => {
  const grid = '<w:gridCol w:w="1000"/>'.repeat(columns);
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' +
    `<w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
};
