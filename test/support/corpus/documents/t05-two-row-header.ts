import type { GeneratedDocument } from "../corpus-document.js";
import { xlsxOf } from "../xlsx-sheets.js";

/**
 * A header on two rows (节点安排 over 工作内容 and 完成时间, 责任主体 over
 * 牵头单位 and 配合单位), one header cell wrapped onto two lines.
 */
export const t05TwoRowHeader: GeneratedDocument = {
  fileName: "t05-two-row-header.xlsx",
  build: () =>
    xlsxOf([
      {
        name: "分解表",
        rows: [
          ["江州市2025年综合交通枢纽建设重点工作任务分解表", null, null, null, null, null],
          ["序号", "工作任务", "节点安排", null, "责任主体", null],
          [null, null, "工作内容", "完成\n时间", "牵头单位", "配合单位"],
          [
            1,
            "加快建设全国性综合交通枢纽城市。",
            "（1）江州北站改扩建工程开工。",
            "3月份",
            "市交通运输局",
            "市自然资源局",
          ],
          [null, null, "（2）开通江州至临海城际列车。", "12月下旬", null, "市发展改革委"],
          [
            2,
            "推动县域经济高质量发展。",
            "出台支持县域经济发展的若干政策措施。",
            "上半年",
            "市发展改革委",
            "市财政局、各县（市、区）政府",
          ],
        ],
        merges: ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2", "A4:A5", "B4:B5", "E4:E5"],
      },
    ]),
};
