import { strToU8, unzipSync, zipSync } from "fflate";
import { FONTS, fontTableXml } from "./docx-fonts.js";
import { W_NAMESPACE } from "./docx-parts.js";
import { XML_DECLARATION } from "./office-package.js";

/**
 * For documents made with the docx package (the bulletin, the notice): its
 * run fonts, and the table export's font table in place of the package's,
 * so that a machine without the government fonts substitutes the same faces
 * in every document Duban writes.
 */

/** A face for every script, as the docx package's run options name it. */
export const packageFont = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name });

/** Body text: 仿宋_GB2312 for Chinese, Times New Roman for digits and Latin. */
export const PACKAGE_TEXT_FONT = {
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  eastAsia: FONTS.body,
} as const;

const FONT_TABLE_PART = "word/fontTable.xml";

/** The packed .docx with the font table that names each face's substitute. */
export const withFontFallbacks = (docx: Uint8Array): Uint8Array => {
  const parts = unzipSync(docx);
  parts[FONT_TABLE_PART] = strToU8(XML_DECLARATION + fontTableXml(W_NAMESPACE));
  return zipSync(parts, { level: 6 });
};
