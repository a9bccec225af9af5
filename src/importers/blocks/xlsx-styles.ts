import { dateDisplay, formatCode, type DateDisplay } from "./xlsx-number-format.js";
import { parsePart } from "./office-xml-part.js";

/**
 * How each cell style (the index a cell's `s` names) shows numbers: its date
 * display, or undefined where numbers are shown as numbers. Only the number
 * format of xl/styles.xml matters to a reader of text.
 */
export type CellStyles = readonly (DateDisplay | undefined)[];

export const readStyles = (xml: Uint8Array, part: string, fileName: string): CellStyles => {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  // numFmt and xf also occur elsewhere (dxfs, cellStyleXfs): only these two lists count.
  let inNumFmts = false;
  let inCellXfs = false;
  parsePart(xml, part, fileName, {
    open(name, attributes) {
      if (name === "numFmts") inNumFmts = true;
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "numFmt" && inNumFmts) {
        const id = Number.parseInt(attributes.numFmtId ?? "", 10);
        if (Number.isInteger(id)) custom.set(id, attributes.formatCode ?? "");
      } else if (name === "xf" && inCellXfs) {
        formatIds.push(Number.parseInt(attributes.numFmtId ?? "0", 10));
      }
    },
    close(name) {
      if (name === "numFmts") inNumFmts = false;
      else if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  // Workbooks have a few dozen styles, and most share the same format.
  const byId = new Map<number, DateDisplay | undefined>();
  return formatIds.map((id) => {
    if (!byId.has(id)) byId.set(id, dateDisplay(formatCode(id, custom)));
    return byId.get(id);
  });
};
