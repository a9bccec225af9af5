import { SaxesParser } from "saxes";
import { message } from "../../domain/message.js";
import { DocumentWalker } from "./docx-document-walker.js";
import { DocxListCounter } from "./docx-list-counter.js";
import { NO_NUMBERING, readNumbering } from "./docx-numbering.js";
import { NO_STYLES, readParagraphStyles } from "./docx-styles.js";
import { PropertyFilter } from "./docx-property-filter.js";
import { ImportFailure } from "../import-failure.js";
import type { ImportLimits } from "../limits.js";
import type { ProgressListener } from "../progress.js";
import { readZip } from "./read-zip.js";
import type { SourceDocument } from "../source-document.js";

const DOCUMENT_PART = "word/document.xml";
const NUMBERING_PART = "word/numbering.xml";
const STYLES_PART = "word/styles.xml";
const PARTS = new Set([DOCUMENT_PART, NUMBERING_PART, STYLES_PART]);
/** XML is fed to the parser, and progress reported, this many bytes at a time. */
const CHUNK_BYTES = 1024 * 1024;

export interface ReadDocxOptions {
  readonly limits: ImportLimits;
  readonly onProgress?: ProgressListener;
}

/**
 * Reads the body of a Word .docx as blocks: its paragraphs and tables in order.
 * Only word/document.xml is inflated, with the list definitions and the
 * paragraph styles that number and name its paragraphs (both small). The
 * body goes through the parser a megabyte
 * at a time, its formatting dropped first (docx-property-filter.ts), and is
 * never held as a DOM: a 20,000-row table (60 MB of XML) takes a second or
 * two, most of it inflating and tokenising.
 * Unreadable files throw ImportFailure; a document without a table is not
 * one of them.
 */
export const readDocx = (
  bytes: Uint8Array,
  fileName: string,
  options: ReadDocxOptions,
): SourceDocument => {
  const entries = readZip(bytes, fileName, options.limits, (path) => PARTS.has(path));
  const xml = entries.get(DOCUMENT_PART);
  if (!xml) {
    throw new ImportFailure({
      severity: "error",
      code: "docx.no_document",
      message: message(
        `文件中没有 Word 正文（缺少 ${DOCUMENT_PART}），不是有效的 .docx 文档`,
        `The file holds no Word body (${DOCUMENT_PART} is missing); it is not a valid .docx document`,
      ),
      location: { file: fileName },
    });
  }
  const numberingXml = entries.get(NUMBERING_PART);
  const stylesXml = entries.get(STYLES_PART);
  const numbering = numberingXml
    ? readNumbering(numberingXml, NUMBERING_PART, fileName)
    : NO_NUMBERING;
  const styles = stylesXml ? readParagraphStyles(stylesXml, STYLES_PART, fileName) : NO_STYLES;
  const walker = new DocumentWalker(
    fileName,
    options.limits,
    styles,
    new DocxListCounter(numbering, styles),
  );
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on("opentag", (tag) => {
    walker.open(tag);
  });
  parser.on("closetag", (tag) => {
    walker.close(tag.name);
  });
  parser.on("text", (text) => {
    walker.text(text);
  });
  try {
    // A UTF-8 byte order mark is dropped by the decoder; Word never writes UTF-16 parts.
    const decoder = new TextDecoder("utf-8");
    const filter = new PropertyFilter();
    for (let offset = 0; offset < xml.length; offset += CHUNK_BYTES) {
      const end = Math.min(offset + CHUNK_BYTES, xml.length);
      const final = end === xml.length;
      parser.write(
        decoder.decode(filter.push(xml.subarray(offset, end), final), { stream: !final }),
      );
      options.onProgress?.({ phase: "read", done: end, total: xml.length });
    }
    parser.close();
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw malformed(fileName, parser.line, error);
  }
  return { fileName, format: "docx", blocks: walker.blocks, diagnostics: [] };
};

const malformed = (fileName: string, line: number, error: unknown): ImportFailure => {
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportFailure({
    severity: "error",
    code: "docx.malformed_xml",
    message: message(
      `Word 文档的 ${DOCUMENT_PART} 第 ${line} 行不是有效的 XML，文件可能已损坏（${detail}）`,
      `${DOCUMENT_PART} of the Word document is not valid XML at line ${line}; the file may be corrupt (${detail})`,
    ),
    location: { file: fileName },
  });
};
