import type { GeneratedDocument } from "../corpus-document.js";
import { proseDocx } from "../docx-prose.js";

/**
 * Word list numbering on four levels, tasks at 1. with a 责任单位 bracket
 * that does not say which unit leads (the document states no rule), and
 * （1） steps whose deadlines sit inside their text.
 */
export const p09WordNumberingSteps: GeneratedDocument = {
  fileName: "p09-word-numbering-steps.docx",
  build: () =>
    proseDocx([
      { text: "江州市2024年扩大内需促进消费工作任务分解" },
      { text: "促进消费提质升级", listLevel: 0 },
      { text: "培育消费新场景", listLevel: 1 },
      { text: "打造夜间经济集聚区。（责任单位：市商务局、市文化广电旅游局）", listLevel: 2 },
      { text: "制定夜间经济集聚区认定办法，4月底前印发。", listLevel: 3 },
      { text: "认定市级夜间经济集聚区5个，10月底前完成。", listLevel: 3 },
      {
        text: "举办“江州消费季”系列活动。（责任单位：市商务局、各县（市、区）政府）",
        listLevel: 2,
      },
      { text: "稳定大宗消费", listLevel: 1 },
      { text: "开展汽车以旧换新活动。（责任单位：市商务局、市财政局）", listLevel: 2 },
    ]),
};
