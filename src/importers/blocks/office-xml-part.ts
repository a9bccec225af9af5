import { SaxesParser } from "saxes";
import { message } from "../../domain/message.js";
import { ImportFailure } from "../import-failure.js";

/**
 * What a reader of one part of an Office archive does with it. Element
 * names come without their namespace prefix: Excel writes none, but some
 * generators write every element as `x:c`, `x:v`; Word writes `w:lvl`.
 */
export interface PartHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/** XML is decoded and fed to the parser this many bytes at a time, so no part is ever one string. */
const CHUNK_BYTES = 256 * 1024;

const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
};

/**
 * Streams one part of the workbook through `handler`; `onChunk` hears how
 * many of its bytes have been parsed. XML that is not well-formed is an
 * `xlsx.unreadable` failure naming the part and the line.
 */
export const parsePart = (
  xml: Uint8Array,
  part: string,
  fileName: string,
  handler: PartHandler,
  onChunk?: (bytesDone: number) => void,
): void => {
  streamPart(xml, handler, onChunk, (line, detail) =>
    failure(
      fileName,
      "xlsx.unreadable",
      `Excel 工作簿的 ${part} 第 ${line} 行不是有效的 XML，文件可能已损坏（${detail}）`,
      `${part} of the Excel workbook is not valid XML at line ${line}; the file may be corrupt (${detail})`,
    ),
  );
};

/**
 * Streams one part of a Word document other than its body (numbering,
 * styles) through `handler`. XML that is not well-formed is a
 * `docx.malformed_xml` failure naming the part and the line.
 */
export const parseWordPart = (
  xml: Uint8Array,
  part: string,
  fileName: string,
  handler: PartHandler,
): void => {
  streamPart(xml, handler, undefined, (line, detail) =>
    failure(
      fileName,
      "docx.malformed_xml",
      `Word 文档的 ${part} 第 ${line} 行不是有效的 XML，文件可能已损坏（${detail}）`,
      `${part} of the Word document is not valid XML at line ${line}; the file may be corrupt (${detail})`,
    ),
  );
};

const streamPart = (
  xml: Uint8Array,
  handler: PartHandler,
  onChunk: ((bytesDone: number) => void) | undefined,
  malformed: (line: number, detail: string) => ImportFailure,
): void => {
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on("opentag", (tag) => {
    handler.open(localName(tag.name), tag.attributes);
  });
  parser.on("closetag", (tag) => {
    handler.close(localName(tag.name));
  });
  parser.on("text", (text) => {
    handler.text(text);
  });
  parser.on("cdata", (text) => {
    handler.text(text);
  });
  try {
    // A UTF-8 byte order mark is dropped by the decoder; Office never writes UTF-16 parts.
    const decoder = new TextDecoder("utf-8");
    for (let offset = 0; offset < xml.length; offset += CHUNK_BYTES) {
      const end = Math.min(offset + CHUNK_BYTES, xml.length);
      parser.write(decoder.decode(xml.subarray(offset, end), { stream: end < xml.length }));
      onChunk?.(end);
    }
    parser.close();
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw malformed(parser.line, error instanceof Error ? error.message : String(error));
  }
};

const failure = (file: string, code: string, zh: string, en: string): ImportFailure =>
  new ImportFailure({ severity: "error", code, message: message(zh, en), location: { file } });
