import { Paragraph } from "docx";
import type { GeneratedDocument } from "../corpus-document.js";
import { docxOf } from "../docx-prose.js";
import { tableOf } from "../docx-table.js";

const HEADER = ["序号", "工作任务", "节点计划", "责任单位", "完成时限"];

/**
 * A long table pasted page by page: the header row comes again at each page,
 * and the continuation rows of a task leave the unit cell empty (not merged).
 */
export const t06RepeatedHeader: GeneratedDocument = {
  fileName: "t06-repeated-header.docx",
  build: () =>
    docxOf([
      new Paragraph({ text: "江州市2025年防汛抗旱和水利建设重点工作任务分解表" }),
      tableOf([
        HEADER,
        [
          "1",
          "实施中小河流治理工程，治理河长60公里。",
          "（1）完成项目初步设计批复。",
          "市水利局\n市发展改革委",
          "3月底前",
        ],
        ["", "", "（2）主体工程开工建设。", "", "4月上旬"],
        HEADER,
        ["", "", "（3）完成年度治理任务。", "", "11月底前"],
        [
          "2",
          "提升防汛应急能力。（牵头单位：市应急管理局）",
          "（1）修订市级防汛应急预案。",
          "市应急管理局\n市水利局\n市气象局",
          "4月30日",
        ],
        ["", "", "（2）开展防汛应急演练。", "", "5月中旬"],
        HEADER,
        ["3", "推进农村供水保障工程建设。", "新建改造农村供水工程40处。", "市水利局", "年底前"],
      ]),
    ]),
};
