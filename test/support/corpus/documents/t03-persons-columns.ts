import type { GeneratedDocument } from "../corpus-document.js";
import { xlsxOf } from "../xlsx-sheets.js";

/** A 牵头市领导 column (people, not units) beside the unit columns, merged down over a task. */
export const t03PersonsColumns: GeneratedDocument = {
  fileName: "t03-persons-columns.xlsx",
  build: () =>
    xlsxOf([
      {
        name: "Sheet1",
        rows: [
          ["江州市2023年重点项目推进工作任务分解表"],
          ["序号", "重点任务", "工作举措", "牵头市领导", "牵头单位", "配合单位", "完成时限"],
          [
            1,
            "推进江州港多式联运示范工程。",
            "（1）完成铁路专用线主体工程。",
            "陈志强",
            "市交通运输局",
            "江州港集团",
            "6月底前",
          ],
          [
            null,
            null,
            "（2）开通海铁联运班列。",
            null,
            null,
            "江州港集团、中国铁路江州车务段",
            "10月份",
          ],
          [
            2,
            "打造省级现代服务业集聚区3个。",
            "开展集聚区认定和考核评价。",
            "陈志强、刘敏",
            "市发展改革委",
            "市商务局",
            "第四季度",
          ],
        ],
        merges: ["A3:A4", "B3:B4", "D3:D4", "E3:E4"],
      },
    ]),
};
