import { TERMS, type Term } from "../domain/glossary.js";
import { message, type Message } from "../domain/message.js";

const termOf = (term: Term): Message => message(term.zh, term.en.toLowerCase());

/**
 * Request fields as the people filling in the forms know them. A validation
 * error names the field in these words; its dotted `field` ("body.files.0")
 * stays in the JSON for scripts.
 */
const FIELD_NAMES: Readonly<Record<string, Message>> = {
  files: message("文件", "file"),
  file: message("文件", "file"),
  version: message("版本", "version"),
  completedOn: message("完成日期", "completion date"),
  newDue: message("延期后的完成时限", "new due date"),
  reason: message("理由", "reason"),
  text: message("内容", "text"),
  percent: message("完成比例", "percent done"),
  comment: message("意见", "comment"),
  decision: message("审核结果", "decision"),
  responseDue: message(`${TERMS.answer.zh}期限`, "answer due date"),
  title: message("标题", "title"),
  year: message("年份", "year"),
  name: message("名称", "name"),
  alias: message("别称", "alias"),
  username: message("用户名", "username"),
  displayName: message("姓名", "name"),
  password: message("密码", "password"),
  currentPassword: message("当前密码", "current password"),
  newPassword: message("新密码", "new password"),
  role: message("角色", "role"),
  unitId: message("单位", "unit"),
  unitIds: message("单位", "units"),
  milestoneIds: termOf(TERMS.milestone),
  milestoneId: termOf(TERMS.milestone),
  planId: message("计划", "plan"),
  revision: message("版本", "revision"),
  asOf: message("日期", "date"),
  date: message("日期", "date"),
  from: message("开始日期", "start date"),
  to: message("结束日期", "end date"),
  format: message("格式", "format"),
  focus: termOf(TERMS.focus),
  expiresAt: message("有效期", "expiry"),
  contact: message("联系方式", "contact"),
  url: message("地址", "address"),
  address: message("地址", "address"),
  page: message("页码", "page"),
  pageSize: message("每页条数", "page size"),
  q: message("搜索词", "search text"),
  plan: message("计划", "plan"),
  unit: message("单位", "unit"),
  kind: message("类别", "kind"),
  limit: message("条数", "limit"),
  corrections: message("更正", "corrections"),
  attachmentIds: message("附件", "attachments"),
  warningDays: message("临期提醒天数", "warning days"),
};

const isIndex = (part: string): boolean => /^\d+$/.test(part);

/**
 * The field a person knows from a request path ("files", "0" → 第1个「文件」):
 * the innermost named part, with the item's place in its list when there is one.
 */
export const fieldLabel = (path: readonly string[]): Message => {
  const named = path.findLastIndex((part) => !isIndex(part));
  const name = path[named];
  if (name === undefined) return message("请求内容", "the request");
  const known = FIELD_NAMES[name] ?? message(name, name);
  const index = path[named + 1];
  if (index === undefined || !isIndex(index)) return message(`「${known.zh}」`, `"${known.en}"`);
  const place = String(Number(index) + 1);
  return message(`第${place}个「${known.zh}」`, `"${known.en}" number ${place}`);
};
