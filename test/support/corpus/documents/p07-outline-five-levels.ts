import type { GeneratedDocument } from "../corpus-document.js";
import { proseDocx, typed } from "../docx-prose.js";

/**
 * An outline of five typed levels, 一、 › （一） › 1. › （1） › ①: the
 * （1） items carry the responsibilities (tasks) and the ① steps under them
 * their own deadlines (milestones).
 */
export const p07OutlineFiveLevels: GeneratedDocument = {
  fileName: "p07-outline-five-levels.docx",
  build: () =>
    proseDocx(
      typed(
        "江州市2025年国家生态园林城市创建重点任务分解",
        "一、完善城市生态系统",
        "（一）提升城市绿地建设水平",
        "1．推进公园城市建设",
        "（1）新建改造城市公园和口袋公园30个。（牵头单位：市城市管理局；配合单位：市自然资源局、各县（市、区）政府）",
        "①3月底前，完成年度建设项目选址。",
        "②9月底前，完成主体工程建设。",
        "③12月中旬，组织开园验收。",
        "（2）实施城市绿道贯通工程，新增绿道50公里。（牵头单位：市城市管理局；完成时限：年底前）",
        "2．加强城市生物多样性保护",
        "（1）开展城市生物多样性本底调查。（牵头单位：市生态环境局；配合单位：市林业局；完成时限：10月底前）",
        "（二）提升城市水环境质量",
        "1．推进城市黑臭水体治理",
        "（1）巩固建成区黑臭水体治理成效。（牵头单位：市住房城乡建设局；配合单位：市生态环境局、市水利局）",
        "①每季度，开展一次水质监测。",
        "②5月底前，完成沿河排口整治。",
      ),
    ),
};
