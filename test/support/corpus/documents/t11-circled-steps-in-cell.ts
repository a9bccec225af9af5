import type { GeneratedDocument } from "../corpus-document.js";
import { xlsxOf } from "../xlsx-sheets.js";

/**
 * ①②③ steps inside one cell, each with its own deadline at its start; a
 * step that names none takes the 完成时限 column's.
 */
export const t11CircledStepsInCell: GeneratedDocument = {
  fileName: "t11-circled-steps-in-cell.xlsx",
  build: () =>
    xlsxOf([
      {
        name: "Sheet1",
        rows: [
          ["江州市2024年城市基础设施建设重点任务分解表"],
          ["序号", "工作任务", "工作措施", "牵头单位", "配合单位", "完成时限"],
          [
            1,
            "推进城市地下管网更新改造。",
            "①3月底前，完成管网普查。\n②6月底前，制定改造计划。\n③完成改造管网120公里。",
            "市住房城乡建设局",
            "市城市管理局",
            "年底前",
          ],
          [
            2,
            "实施城市内涝治理工程。",
            "新建改造雨水管网40公里。",
            "市住房城乡建设局",
            "市水利局",
            "5月底前完工",
          ],
        ],
        merges: ["A1:F1"],
      },
    ]),
};
