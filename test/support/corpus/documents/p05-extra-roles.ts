import type { GeneratedDocument } from "../corpus-document.js";
import { proseDocx, typed } from "../docx-prose.js";

/**
 * Named roles beyond lead and cooperating (数据提供单位, 技术支撑单位), and a
 * task whose sub-items are followed by one bracket that covers them all.
 */
export const p05ExtraRoles: GeneratedDocument = {
  fileName: "p05-extra-roles.docx",
  build: () =>
    proseDocx(
      typed(
        "江州市2024年统计监测重点工作分工方案",
        "一、强化统计监测",
        "1．建立重点指标月度监测机制。（牵头单位：市统计局；配合单位：市发展改革委；数据提供单位：市税务局、国家统计局江州调查队）",
        "2．开展第五次全国经济普查数据开发。",
        "（1）3月底前，完成普查数据审核验收。",
        "（2）8月底前，发布主要数据公报。",
        "（3）11月底前，完成普查资料汇编。",
        "（牵头单位：市统计局；配合单位：各县（市、区）政府；技术支撑单位：市大数据中心）",
      ),
    ),
};
