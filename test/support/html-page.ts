/**
 * Writes a document's blocks as an HTML page the way Word's "save as web
 * page" does: paragraphs as <p class=MsoNormal>, merged cells as rowspan and
 * colspan, a cell's lines as paragraphs, a declared charset.
 */
import type { SourceBlock, SourceTable } from "../../src/importers/source-document.js";

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const paragraphs = (text: string): string =>
  text
    .split("\n")
    .map((line) => `<p class=MsoNormal><span lang=EN-US>${escapeHtml(line)}</span></p>`)
    .join("\n");

const tableHtml = (table: SourceTable): string => {
  const rows = table.rows.map((row, r) => {
    const cells = row.cells.flatMap((cell, c) => {
      if (cell.continuation) return [];
      let colspan = 1;
      while (row.cells[c + colspan]?.continuation === "horizontal") colspan += 1;
      let rowspan = 1;
      while (table.rows[r + rowspan]?.cells[c]?.continuation === "vertical") rowspan += 1;
      const spans =
        (rowspan > 1 ? ` rowspan=${rowspan}` : "") + (colspan > 1 ? ` colspan=${colspan}` : "");
      return [
        `<td${spans} valign=top style='border:solid windowtext 1.0pt'>\n${paragraphs(cell.text)}</td>`,
      ];
    });
    return ` <tr style='height:20.0pt'>\n${cells.join("\n")}\n </tr>`;
  });
  return `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n${rows.join("\n")}\n</table>`;
};

export const htmlPage = (blocks: readonly SourceBlock[]): string =>
  '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n' +
  '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n' +
  "<style>\n<!-- p.MsoNormal {margin:0cm;} -->\n</style>\n</head>\n<body lang=ZH-CN>\n<div class=WordSection1>\n" +
  blocks
    .map((block) => (block.kind === "paragraph" ? paragraphs(block.text) : tableHtml(block)))
    .join("\n") +
  "\n</div>\n</body>\n</html>\n";
