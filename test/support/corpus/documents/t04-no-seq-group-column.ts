import { Paragraph } from "docx";
import type { GeneratedDocument } from "../corpus-document.js";
import { docxOf } from "../docx-prose.js";
import { tableOf } from "../docx-table.js";

/** No 序号 column; a merged 类别 column groups the tasks under （一）… labels. */
export const t04NoSeqGroupColumn: GeneratedDocument = {
  fileName: "t04-no-seq-group-column.docx",
  build: () =>
    docxOf([
      new Paragraph({ text: "江州市2023年稳经济促发展重点工作清单" }),
      tableOf([
        ["类别", "重点工作", "牵头单位", "配合单位", "完成时间"],
        [
          { text: "（一）扩大有效投资", rowSpan: 2 },
          "实施省市重点项目200个，完成投资800亿元。",
          "市发展改革委",
          "各县（市、区）政府",
          "12月31日",
        ],
        ["发行地方政府专项债券60亿元。", "市财政局", "市发展改革委", "第三季度末"],
        [
          "（二）提振消费信心",
          "举办汽车、家电促消费活动20场。",
          "市商务局",
          "市市场监管局",
          "11月底",
        ],
      ]),
    ]),
};
