import type { SupervisionNotice } from "../../src/domain/supervision-notice.js";

/** A notice as issued for 202（2） after its extension: every field set, texts with XML's special characters. */
export const SAMPLE_NOTICE: SupervisionNotice = {
  office: "市政府督查室",
  numberText: "〔2022〕第3号",
  recipient: "市科技局",
  cooperating: ["市税务局"],
  planTitle: "2022年市政府重点工作任务分解表",
  task: { label: "202", title: "深入实施科技“双百工程”，高新技术企业突破2300家。" },
  milestone: { label: "202（2）", text: "组织受理各批次的高新技术企业申报。" },
  originalDeadline: { text: "10月底前", due: "2022-10-31" },
  currentDue: "2022-11-15",
  daysOverdue: 5,
  escalationLevel: "提醒",
  latestReport: { on: "2022-09-25", text: "已受理第一批申报 & 正在评审<复核>" },
  issuedOn: "2022-11-20",
  replyDue: "2022-11-25",
  replyWorkingDays: 5,
};
