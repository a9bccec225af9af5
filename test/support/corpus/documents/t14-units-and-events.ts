import { Paragraph } from "docx";
import type { GeneratedDocument } from "../corpus-document.js";
import { docxOf } from "../docx-prose.js";
import { tableOf } from "../docx-table.js";

/**
 * Unit lists as offices write them (a prefix written once, 、 inside brackets,
 * 〈含…〉 qualifiers, spaces and ； as separators, a trailing 等) and deadlines
 * that name their event (5月底前动工).
 */
export const t14UnitsAndEvents: GeneratedDocument = {
  fileName: "t14-units-and-events.docx",
  build: () =>
    docxOf([
      new Paragraph({ text: "江州市2025年重大项目建设重点工作任务分解表" }),
      tableOf([
        ["序号", "工作任务", "责任单位", "完成时限"],
        [
          "1",
          "建设江州市第一人民医院新院区。",
          "市卫生健康委、发展改革委、住房城乡建设局",
          "5月底前动工",
        ],
        [
          "2",
          "推进城市燃气管道老化更新改造。",
          "各县（市、区）政府〈含江州经济技术开发区〉、市住房城乡建设局",
          "6月底前开工",
        ],
        ["3", "开展安全生产治本攻坚行动。", "市应急管理局 市消防救援支队 市公安局", "每月底"],
        [
          "4",
          "实施“江州英才”计划，引进青年人才2万名。",
          "市委组织部（市委人才办）、市人力资源社会保障局等",
          "全年",
        ],
        ["5", "推进全域土地综合整治试点。", "市自然资源局；市农业农村局", "10月底前完成验收"],
      ]),
    ]),
};
