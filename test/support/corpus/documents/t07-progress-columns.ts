import type { GeneratedDocument } from "../corpus-document.js";
import { xlsxOf } from "../xlsx-sheets.js";

/**
 * A quarterly progress report on the plan: 进展情况 and 完成情况 columns
 * whose dates and numbered lists are progress, not deadlines or steps.
 */
export const t07ProgressColumns: GeneratedDocument = {
  fileName: "t07-progress-columns.xlsx",
  build: () =>
    xlsxOf([
      {
        name: "一季度",
        rows: [
          ["江州市2024年重点工作任务第一季度进展情况表"],
          ["序号", "工作任务", "责任单位", "完成时限", "一季度进展情况", "完成情况"],
          [
            1,
            "新建5G基站1500个。",
            "市工业和信息化局、市通信发展办",
            "年底前",
            "截至3月31日，已建成5G基站420个。",
            "推进中",
          ],
          [
            2,
            "推进政务服务“跨省通办”，新增通办事项50项。",
            "市政务服务数据管理局",
            "6月30日",
            "1.已梳理事项清单；\n2.4月15日前上线首批20项。",
            "推进中",
          ],
          [3, "开展全市经济普查数据审核。", "市统计局", "第一季度", "已于3月20日完成。", "已完成"],
        ],
        merges: ["A1:F1"],
      },
    ]),
};
