import { xmlText } from "./xml-text.js";

/**
 * The fonts of government documents (GB/T 9704) and what a machine without
 * them should use instead. Word, WPS and LibreOffice read word/fontTable.xml:
 * w:altName names the substitute, and panose, charset (86 = GB2312), family
 * and pitch let them choose a close face when even that is missing, so
 * 仿宋_GB2312, absent from every Windows since 7, falls back to 仿宋 rather
 * than to a Latin serif.
 */

export const FONTS = {
  title: "方正小标宋简体",
  subtitle: "楷体_GB2312",
  header: "黑体",
  body: "仿宋_GB2312",
  latin: "Times New Roman",
  footer: "宋体",
} as const;

interface FontEntry {
  readonly name: string;
  readonly altName: string | null;
  readonly panose: string;
  readonly charset: string;
  readonly family: "roman" | "modern" | "auto";
  readonly pitch: "fixed" | "variable";
}

/** Chinese faces: GB2312 charset; 仿宋, 楷体 and 黑体 are fixed-pitch, the Song faces are not. */
const chinese = (
  name: string,
  altName: string,
  panose: string,
  family: FontEntry["family"],
  pitch: FontEntry["pitch"],
): FontEntry => ({ name, altName, panose, charset: "86", family, pitch });

const FONT_TABLE: readonly FontEntry[] = [
  {
    name: FONTS.latin,
    altName: null,
    panose: "02020603050405020304",
    charset: "00",
    family: "roman",
    pitch: "variable",
  },
  chinese(FONTS.title, "宋体", "02000000000000000000", "roman", "variable"),
  chinese(FONTS.subtitle, "楷体", "02010609030101010101", "modern", "fixed"),
  chinese("楷体", "KaiTi", "02010609060101010101", "modern", "fixed"),
  chinese(FONTS.header, "SimHei", "02010609060101010101", "modern", "fixed"),
  chinese(FONTS.body, "仿宋", "02010609030101010101", "modern", "fixed"),
  chinese("仿宋", "FangSong", "02010609060101010101", "modern", "fixed"),
  chinese(FONTS.footer, "SimSun", "02010600030101010101", "auto", "variable"),
];

const fontXml = (font: FontEntry): string =>
  `<w:font w:name="${xmlText(font.name)}">` +
  (font.altName === null ? "" : `<w:altName w:val="${xmlText(font.altName)}"/>`) +
  `<w:panose1 w:val="${font.panose}"/><w:charset w:val="${font.charset}"/>` +
  `<w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`;

/** The content of word/fontTable.xml, without its declaration. */
export const fontTableXml = (namespace: string): string =>
  `<w:fonts xmlns:w="${namespace}">${FONT_TABLE.map(fontXml).join("")}</w:fonts>`;

/** A run's rFonts naming one face for every script. */
export const runFonts = (name: string): string => {
  const face = xmlText(name);
  return `<w:rFonts w:ascii="${face}" w:eastAsia="${face}" w:hAnsi="${face}" w:cs="${face}"/>`;
};
