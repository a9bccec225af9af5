import { Parser } from "htmlparser2";
import type { ImportLimits } from "../limits.js";
import type { ProgressListener } from "../progress.js";
import type { SourceDocument } from "../source-document.js";
import { decodeText } from "./decode-text.js";
import { HtmlWalker } from "./html-walker.js";

/** Characters fed to the parser, and progress reported, at a time. */
const CHUNK_CHARS = 1024 * 1024;

/** The charset a page declares in its first kilobyte (<meta charset> or http-equiv), where browsers look. */
const declaredCharset = (bytes: Uint8Array): string | undefined => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString(
    "latin1",
  );
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1];
    if (charset !== undefined) return charset;
  }
  return undefined;
};

/**
 * Reads an HTML page (a saved web page, Word's "save as web page", pasted
 * HTML) as blocks: its paragraphs and tables in document order. The page is
 * decoded by its BOM or <meta charset> (GB2312/GBK/GB18030 and UTF-8), then
 * streamed through htmlparser2, a forgiving SAX-style parser that closes
 * what HTML leaves implied (<p>, <li>, <td>, <tr>) and decodes entities, so
 * that no DOM is ever held: a 20,000-row table reads like the Word one.
 */
export const readHtml = (
  bytes: Uint8Array,
  fileName: string,
  options: { limits: ImportLimits; onProgress?: ProgressListener },
): SourceDocument => {
  const decoded = decodeText(bytes, fileName, "html", declaredCharset(bytes));
  const walker = new HtmlWalker(fileName, options.limits);
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        walker.open(name, attributes);
      },
      onclosetag: (name) => {
        walker.close(name);
      },
      ontext: (text) => {
        walker.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const { text } = decoded;
  for (let offset = 0; offset < text.length; offset += CHUNK_CHARS) {
    parser.write(text.slice(offset, offset + CHUNK_CHARS));
    options.onProgress?.({
      phase: "read",
      done: Math.min(offset + CHUNK_CHARS, text.length),
      total: text.length,
    });
  }
  parser.end();
  walker.finish();
  return { fileName, format: "html", blocks: walker.blocks, diagnostics: decoded.diagnostics };
};
