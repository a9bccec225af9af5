import type { Text } from "../i18n.js";

/** Every kind of src/domain/milestone-ledger.ts in words, and the colour of its dot. */
export const LEDGER_KIND: Readonly<
  Record<string, { readonly label: Text; readonly color: string }>
> = {
  acknowledged: { label: { zh: "签收", en: "Acknowledged" }, color: "blue" },
  reported: { label: { zh: "报送进展", en: "Progress reported" }, color: "blue" },
  input: { label: { zh: "其他单位报送材料", en: "Another unit's input" }, color: "gray" },
  completion_declared: { label: { zh: "申报完成", en: "Completion declared" }, color: "green" },
  completion_accepted: { label: { zh: "完成申报通过", en: "Completion accepted" }, color: "green" },
  completion_returned: { label: { zh: "完成申报退回", en: "Completion returned" }, color: "red" },
  extension_requested: { label: { zh: "申请延期", en: "Extension requested" }, color: "orange" },
  extension_approved: { label: { zh: "延期获批", en: "Extension approved" }, color: "green" },
  extension_rejected: { label: { zh: "延期未获批", en: "Extension rejected" }, color: "red" },
  escalated: { label: { zh: "逾期升级", en: "Escalated" }, color: "red" },
  notice_issued: { label: { zh: "发出督办通知单", en: "Supervision notice issued" }, color: "red" },
  draft_submitted: { label: { zh: "经办人起草", en: "Drafted by staff" }, color: "gray" },
  draft_returned: { label: { zh: "负责人退回草稿", en: "Draft returned" }, color: "red" },
  draft_withdrawn: { label: { zh: "撤回草稿", en: "Draft withdrawn" }, color: "gray" },
  focus_set: { label: { zh: "列为重点关注", en: "Marked for focus" }, color: "purple" },
  focus_cleared: { label: { zh: "取消重点关注", en: "Focus cleared" }, color: "gray" },
};

export const REQUEST_STATE: Readonly<Record<string, Text>> = {
  pending: { zh: "待审核", en: "Pending" },
  approved: { zh: "已批准", en: "Approved" },
  rejected: { zh: "未通过", en: "Rejected" },
};
