import type { GeneratedDocument } from "../corpus-document.js";
import { xlsxOf } from "../xlsx-sheets.js";

/** Three tiers of units in their own columns: 牵头单位, 参与单位, 责任单位. */
export const t02ThreeTiers: GeneratedDocument = {
  fileName: "t02-three-tiers.xlsx",
  build: () =>
    xlsxOf([
      {
        name: "任务分解",
        rows: [
          ["江州市2024年生态环境保护重点任务分解表", null, null, null, null, null],
          ["序号", "工作任务", "牵头单位", "参与单位", "责任单位", "完成时限"],
          [
            1,
            "推进“无废城市”建设。",
            "市生态环境局",
            "市发展改革委、市住房城乡建设局",
            "各县（市、区）政府",
            "年底前",
          ],
          [
            2,
            "深化河湖长制，开展河湖“清四乱”专项行动。",
            "市水利局",
            "市生态环境局",
            "各县（市、区）政府",
            "每半年",
          ],
          [3, "推进农业面源污染治理。", "市农业农村局", null, "各县（市、区）政府", "9月底前"],
        ],
        merges: ["A1:F1"],
      },
    ]),
};
