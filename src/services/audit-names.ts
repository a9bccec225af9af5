import type { AuditEvent } from "../db/queries/audit.js";
import { message, type Message } from "../domain/message.js";

export type AuditAction = AuditEvent["action"];
export type AuditObjectType = AuditEvent["objectType"];

/**
 * What each action of the audit log is called on the audit screen and in
 * its CSV. Typed by the log's own actions: a new action needs its name here.
 */
export const AUDIT_ACTION_NAMES: Readonly<Record<AuditAction, Message>> = {
  "auth.logged_in": message("登录", "Logged in"),
  "auth.logged_out": message("退出登录", "Logged out"),
  "auth.ended_by_provider": message(
    "身份提供方已停用，会话结束",
    "Session ended: the identity provider no longer knows the person",
  ),
  "auth.login_failed": message("登录失败", "Login failed"),
  "auth.second_factor_passed": message("通过两步验证", "Second factor passed"),
  "auth.second_factor_failed": message("两步验证码错误", "Wrong second-factor code"),
  "second_factor.enrolled": message("启用两步验证", "Second factor enrolled"),
  "second_factor.recovery_codes_renewed": message("重新生成恢复码", "Recovery codes made anew"),
  "second_factor.turned_off": message("关闭两步验证", "Second factor turned off"),
  "second_factor.reset": message("重置两步验证", "Second factor reset"),
  "second_factor.policy_changed": message("修改两步验证要求", "Second-factor requirement changed"),
  "auth.locked": message("登录被锁定", "Login locked"),
  "auth.password_change_failed": message("修改密码失败", "Password change failed"),
  "auth.refused": message("无权操作被拒绝", "Refused: not permitted"),
  "user.created": message("新建用户", "User created"),
  "oidc.mapping_set": message("设置统一身份认证映射", "Single sign-on mapping set"),
  "oidc.mapping_removed": message("删除统一身份认证映射", "Single sign-on mapping removed"),
  "user.updated": message("修改用户", "User changed"),
  "user.password_changed": message("修改密码", "Password changed"),
  "token.created": message("新建 API 令牌", "API token created"),
  "token.revoked": message("吊销 API 令牌", "API token revoked"),
  "unit.created": message("新建单位", "Unit created"),
  "units.merged": message("合并单位", "Units merged"),
  "unit.parent_set": message("设置上级单位", "Unit placed under another"),
  "unit.alias_added": message("添加单位别名", "Unit alias added"),
  "unit.alias_removed": message("删除单位别名", "Unit alias removed"),
  "unit.contact_added": message("添加提醒联系人", "Reminder contact added"),
  "unit.contact_removed": message("删除提醒联系人", "Reminder contact removed"),
  "plan.imported": message("导入计划", "Plan imported"),
  "plan.revised": message("导入修订版", "Plan revised"),
  "plan.settings_changed": message("修改计划设置", "Plan settings changed"),
  "plan.classified": message("修改计划年度或类别", "Plan's year or category changed"),
  "plan.carried_over": message("结转生成下一年度计划", "Next year's plan carried over"),
  "plan.distributed": message("下发计划", "Plan distributed"),
  "plan.archived": message("归档计划", "Plan archived"),
  "plan.unarchived": message("恢复计划", "Plan restored"),
  "plan.deleted": message("删除计划", "Plan deleted"),
  "distribution.signed": message("签收下发", "Distribution acknowledged"),
  "milestone.acknowledged": message("签收", "Acknowledged"),
  "milestone.reported": message("报送进展", "Progress reported"),
  "milestone.input_reported": message("配合单位报送进展", "Cooperating unit's input"),
  "milestone.completion_declared": message("申报完成", "Completion declared"),
  "milestone.completion_approved": message("审核通过完成申报", "Completion approved"),
  "milestone.completion_returned": message("退回完成申报", "Completion returned"),
  "milestone.extension_requested": message("申请延期", "Extension requested"),
  "milestone.draft_submitted": message("经办人起草", "Drafted by staff"),
  "milestone.draft_returned": message("负责人退回草稿", "Draft returned by the leader"),
  "milestone.draft_withdrawn": message("撤回草稿", "Draft withdrawn"),
  "milestone.extension_approved": message("同意延期申请", "Extension approved"),
  "milestone.extension_rejected": message("不同意延期申请", "Extension rejected"),
  "milestone.notice_issued": message("发出督办通知单", "Supervision notice issued"),
  "focus.set": message("标记重点关注", "Marked for focus"),
  "focus.cleared": message("取消重点关注", "Focus cleared"),
  "instruction.issued": message("录入批示", "Instruction entered"),
  "instruction.responded": message("答复批示", "Instruction answered"),
  "instruction.closed": message("关闭批示", "Instruction closed"),
  "target.added": message("新增量化指标", "Target added"),
  "target.changed": message("修改量化指标", "Target changed"),
  "target.actual_reported": message("报送指标实际值", "Target actual reported"),
  "calendar.day_set": message("设置节假日或调休", "Calendar day set"),
  "calendar.day_removed": message("恢复日历日", "Calendar day restored"),
  "calendar_feed.created": message("新建日历订阅", "Calendar feed created"),
  "calendar_feed.revoked": message("吊销日历订阅", "Calendar feed revoked"),
  "link.issued": message("生成填报链接", "Link issued"),
  "link.revoked": message("撤销填报链接", "Link revoked"),
  "directory.proposal_accepted": message("接受目录同步建议", "Directory proposal accepted"),
  "directory.proposal_rejected": message("拒绝目录同步建议", "Directory proposal rejected"),
  "directory.settings_saved": message("保存 LDAP 目录设置", "LDAP directory settings saved"),
  "directory.settings_removed": message("删除 LDAP 目录设置", "LDAP directory settings removed"),
};

/** What the log's objects are called. */
export const AUDIT_OBJECT_NAMES: Readonly<Record<AuditObjectType, Message>> = {
  plan: message("计划", "Plan"),
  task: message("重点工作任务", "Task"),
  milestone: message("节点计划", "Milestone"),
  user: message("用户", "User"),
  unit: message("单位", "Unit"),
  token: message("API 令牌", "API token"),
  instruction: message("批示", "Instruction"),
  target: message("量化指标", "Target"),
  distribution: message("下发", "Distribution"),
  calendar_day: message("工作日历", "Calendar day"),
  calendar_feed: message("日历订阅", "Calendar feed"),
  link: message("填报链接", "Link"),
  login: message("登录", "Login"),
  oidc_mapping: message("统一身份认证映射", "Single sign-on mapping"),
  request: message("请求", "Request"),
  settings: message("系统设置", "Settings"),
  directory: message("LDAP 目录", "LDAP directory"),
  directory_proposal: message("目录同步建议", "Directory proposal"),
};

/** An action's name; one the catalogue does not know (an older release's) as written. */
export const auditActionName = (action: string): Message =>
  (AUDIT_ACTION_NAMES as Readonly<Record<string, Message>>)[action] ?? message(action, action);

export const auditObjectName = (type: string): Message =>
  (AUDIT_OBJECT_NAMES as Readonly<Record<string, Message>>)[type] ?? message(type, type);
