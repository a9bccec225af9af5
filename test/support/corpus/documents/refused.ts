import type { GeneratedDocument } from "../corpus-document.js";
import { docxOf } from "../docx-prose.js";
import { xlsxOf } from "../xlsx-sheets.js";

/** The OLE2 compound-file signature an old .doc/.xls/.wps starts with. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The header of a compound file, then its first sector, empty. */
const compoundFile = (): Promise<Uint8Array> => {
  const bytes = new Uint8Array(1024);
  bytes.set(OLE2_SIGNATURE);
  return Promise.resolve(bytes);
};

/** The refusal cases that are binary files (refused/ holds the text ones as written). */
export const REFUSED_DOCUMENTS: readonly GeneratedDocument[] = [
  // Word 97–2003 and WPS Office's own format: both are compound files.
  { fileName: "r01-legacy-word.doc", build: compoundFile },
  { fileName: "r09-kingsoft-writer.wps", build: compoundFile },
  { fileName: "r06-empty.docx", build: () => docxOf([]) },
  {
    fileName: "r07-duplicate-no.xlsx",
    build: () =>
      xlsxOf([
        {
          name: "Sheet1",
          rows: [
            ["江州市2024年重点工作任务分解表"],
            ["序号", "工作任务", "责任单位", "完成时限"],
            [1, "推进城市更新行动。", "市住房城乡建设局", "年底前"],
            [1, "加快建设区域医疗中心。", "市卫生健康委", "6月底前"],
          ],
        },
      ]),
  },
  {
    fileName: "r08-title-only.xlsx",
    build: () => xlsxOf([{ name: "Sheet1", rows: [["江州市2024年重点工作任务分解表"]] }]),
  },
];
