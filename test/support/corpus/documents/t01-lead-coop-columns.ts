import { Paragraph } from "docx";
import type { GeneratedDocument } from "../corpus-document.js";
import { docxOf } from "../docx-prose.js";
import { tableOf } from "../docx-table.js";

/** Separate 牵头单位 and 配合单位 columns, the task cells merged down over its measures. */
export const t01LeadCoopColumns: GeneratedDocument = {
  fileName: "t01-lead-coop-columns.docx",
  build: () =>
    docxOf([
      new Paragraph({ text: "江州市2024年科技创新重点工作任务分解表" }),
      tableOf([
        ["序号", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
        [
          { text: "1", rowSpan: 3 },
          { text: "加快建设区域科技创新中心，全社会研发投入强度达到2.8%。", rowSpan: 3 },
          "（1）出台支持企业加大研发投入的若干措施。",
          { text: "市科技局", rowSpan: 3 },
          "市财政局\n市税务局",
          "2024年3月31日",
        ],
        ["（2）新建省级以上研发平台20个。", "市发展改革委", "6月30日"],
        ["（3）落实研发费用加计扣除政策。", "市税务局", "长期坚持"],
        [
          { text: "2", rowSpan: 2 },
          { text: "强化人才引育。", rowSpan: 2 },
          "（1）举办“江州英才周”活动。",
          { text: "市委人才办", rowSpan: 2 },
          { text: "市人力资源社会保障局", rowSpan: 2 },
          "9月30日",
        ],
        ["（2）新引进高层次人才500名。", "2024年全年"],
      ]),
    ]),
};
