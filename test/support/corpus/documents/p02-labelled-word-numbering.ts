import type { GeneratedDocument } from "../corpus-document.js";
import { proseDocx } from "../docx-prose.js";

/**
 * A 责任分解 whose outline numbers come from Word's list numbering (the
 * text holds none), each task followed by labelled lines for its units and
 * deadline. Level 3 numbering restarts under each 一、 as Word does.
 */
export const p02LabelledWordNumbering: GeneratedDocument = {
  fileName: "p02-labelled-word-numbering.docx",
  build: () =>
    proseDocx([
      { text: "江州市2023年数字政府建设重点任务责任分解" },
      { text: "夯实数字基础设施", listLevel: 0 },
      { text: "建设全市统一的政务云平台，市级部门上云率达到95%。", listLevel: 2 },
      { text: "牵头单位：市政务服务数据管理局" },
      { text: "配合单位：市财政局、市通信发展办" },
      { text: "完成时限：2023年10月底前" },
      { text: "推进千兆光网进小区。", listLevel: 2 },
      { text: "牵头单位：市通信发展办" },
      { text: "责任单位：各县（市、区）政府" },
      { text: "完成时限：年内" },
      { text: "提升数字治理能力", listLevel: 0 },
      { text: "推进“一网统管”平台建设，接入城市运行指标200项。", listLevel: 2 },
      { text: "牵头单位：市城市运行管理中心" },
      { text: "配合单位：市公安局、市城市管理局" },
      { text: "完成时限：第四季度" },
    ]),
};
