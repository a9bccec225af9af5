import { Paragraph } from "docx";
import type { GeneratedDocument } from "../corpus-document.js";
import { docxOf } from "../docx-prose.js";
import { tableOf } from "../docx-table.js";

/**
 * A Word table whose header spans two rows: 责任单位 over 牵头单位 and
 * 配合单位 (w:gridSpan), the other header cells merged down (w:vMerge).
 */
export const t15WordTwoRowHeader: GeneratedDocument = {
  fileName: "t15-word-two-row-header.docx",
  build: () =>
    docxOf([
      new Paragraph({ text: "江州市2023年文化旅游重点工作任务分解表" }),
      tableOf([
        [
          { text: "序号", rowSpan: 2 },
          { text: "主要任务", rowSpan: 2 },
          { text: "责任单位", columnSpan: 2 },
          { text: "完成时间", rowSpan: 2 },
        ],
        ["牵头单位", "配合单位"],
        ["1", "创建国家全域旅游示范区。", "市文化广电旅游局", "各县（市、区）政府", "11月底前"],
        ["2", "举办江州国际龙舟节。", "市文化广电旅游局", "市体育局、市公安局", "6月上旬"],
      ]),
    ]),
};
