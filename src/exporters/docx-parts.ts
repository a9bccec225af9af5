import { FONTS, fontTableXml, runFonts } from "./docx-fonts.js";
import { packageParts, relationshipType, xmlPart } from "./office-package.js";
import type { ZipPart } from "./zip-stream.js";

/**
 * The fixed parts of the table's .docx, around word/document.xml: styles,
 * settings, fonts with their fallbacks, the page-number footer, and the
 * package's content types and relationships, in the order ECMA-376 expects.
 */

export const W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/** word/document.xml's relationships, in this order: the footer is rId1, as sectPr names it. */
export const FOOTER_RELATIONSHIP = "rId1";

/** Body text: 仿宋_GB2312 for Chinese, Times New Roman for digits and Latin, 12 pt (小四). */
const stylesXml = (): string =>
  `<w:styles xmlns:w="${W_NAMESPACE}"><w:docDefaults><w:rPrDefault><w:rPr>` +
  `<w:rFonts w:ascii="${FONTS.latin}" w:eastAsia="${FONTS.body}" w:hAnsi="${FONTS.latin}" w:cs="${FONTS.latin}"/>` +
  '<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>' +
  '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
  "<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>" +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
  '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr></w:style>' +
  "</w:styles>";

const settingsXml = (): string =>
  `<w:settings xmlns:w="${W_NAMESPACE}"><w:zoom w:percent="100"/>` +
  '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  "</w:settings>";

/** "— n —" centred in 4号宋体, the page number of government documents; 1 until a reader updates the field. */
const footerXml = (): string => {
  const run = (content: string) =>
    `<w:r><w:rPr>${runFonts(FONTS.footer)}<w:sz w:val="28"/></w:rPr>${content}</w:r>`;
  return (
    `<w:ftr xmlns:w="${W_NAMESPACE}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>` +
    run('<w:t xml:space="preserve">— </w:t>') +
    run('<w:fldChar w:fldCharType="begin"/>') +
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    run('<w:fldChar w:fldCharType="separate"/>') +
    run("<w:t>1</w:t>") +
    run('<w:fldChar w:fldCharType="end"/>') +
    run('<w:t xml:space="preserve"> —</w:t>') +
    "</w:p></w:ftr>"
  );
};

/** Every part but word/document.xml, which the caller streams. */
export const docxPackageParts = (title: string, created: Date): ZipPart[] => [
  ...packageParts({
    mainPart: "word/document.xml",
    typedParts: [
      ["word/document.xml", `${WORD_TYPE}.document.main+xml`],
      ["word/styles.xml", `${WORD_TYPE}.styles+xml`],
      ["word/settings.xml", `${WORD_TYPE}.settings+xml`],
      ["word/fontTable.xml", `${WORD_TYPE}.fontTable+xml`],
      ["word/footer1.xml", `${WORD_TYPE}.footer+xml`],
    ],
    mainRelationships: [
      [relationshipType("footer"), "footer1.xml"],
      [relationshipType("styles"), "styles.xml"],
      [relationshipType("settings"), "settings.xml"],
      [relationshipType("fontTable"), "fontTable.xml"],
    ],
    title,
    created,
  }),
  xmlPart("word/styles.xml", stylesXml()),
  xmlPart("word/settings.xml", settingsXml()),
  xmlPart("word/fontTable.xml", fontTableXml(W_NAMESPACE)),
  xmlPart("word/footer1.xml", footerXml()),
];
