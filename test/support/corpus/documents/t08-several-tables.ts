import { Paragraph } from "docx";
import type { GeneratedDocument } from "../corpus-document.js";
import { docxOf } from "../docx-prose.js";
import { tableOf } from "../docx-table.js";

const HEADER = ["序号", "工作任务", "责任单位", "牵头市领导", "完成时限"];

/** One table per section, each under its 一、 heading, numbered from 1 again: one plan. */
export const t08SeveralTables: GeneratedDocument = {
  fileName: "t08-several-tables.docx",
  build: () =>
    docxOf([
      new Paragraph({ text: "江州市2024年市政府重点工作任务分解表" }),
      new Paragraph({ text: "一、经济发展领域" }),
      tableOf([
        HEADER,
        ["1", "推动外贸稳规模优结构，进出口总额增长5%。", "市商务局\n江州海关", "李明", "12月31日"],
        ["2", "深化国资国企改革。", "市国资委", "李明", "第四季度"],
      ]),
      new Paragraph({ text: "二、社会民生领域" }),
      tableOf([
        HEADER,
        ["1", "推进健康江州建设，人均预期寿命达到80岁。", "市卫生健康委", "王芳", "年内"],
        [
          "2",
          "办好人民满意的教育，新建中小学校8所。",
          "市教育局\n市住房城乡建设局",
          "王芳、张伟",
          "8月31日",
        ],
      ]),
    ]),
};
