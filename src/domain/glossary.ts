/**
 * The workflow's words (docs/GLOSSARY.md): one name per concept, in both
 * languages, with the names people also use for it that the interface must
 * not. Pure data with no imports, so the browser app takes its texts from
 * here as the server does. test/domain/glossary.test.ts holds the
 * interface's strings and docs/GLOSSARY.md to it.
 */
export interface Term {
  readonly zh: string;
  readonly en: string;
  /** One line on what it means, for the glossary. */
  readonly meaning: string;
  /** Names of the same concept the interface never uses, and what to write instead. */
  readonly rejected: readonly string[];
}

const term = (zh: string, en: string, meaning: string, rejected: readonly string[] = []): Term => ({
  zh,
  en,
  meaning,
  rejected,
});

export const TERMS = {
  task: term(
    "重点工作任务",
    "Task",
    "A numbered item of the plan, with its lead and cooperating units",
  ),
  milestone: term(
    "节点计划",
    "Milestone",
    "A dated step of a task: what is done by when; the unit the workflow runs on",
  ),
  leadUnit: term("牵头单位", "Lead unit", "The unit that answers for a task or milestone", [
    "主办单位",
  ]),
  cooperatingUnit: term("配合单位", "Cooperating unit", "A unit that helps the lead unit", [
    "协办单位",
  ]),
  office: term(
    "督查室",
    "Supervision office",
    "The office that issues the plan, reviews and supervises",
  ),
  unitLeader: term(
    "单位负责人",
    "Unit leader",
    "A unit's person who declares completion and requests extensions",
  ),
  unitStaff: term("单位经办人", "Unit staff", "A unit's person who reports progress"),
  distribute: term("下发", "Distribute", "The office sends a unit its part of the plan"),
  acknowledge: term("签收", "Acknowledge", "A unit confirms it received what was distributed"),
  reportProgress: term(
    "报送进展",
    "Report progress",
    "A unit states what it has done, with evidence, each report cycle",
    ["报告进展"],
  ),
  declareCompletion: term(
    "申报完成",
    "Declare completion",
    "A unit's leader states a milestone is done; the request is a 完成申报",
    ["完成申请", "申请完成", "申报办结", "确认办结", "办结需审核", "审核后办结", "节点计划已办结"],
  ),
  completionDeclaration: term(
    "完成申报",
    "Completion declaration",
    "The request made by 申报完成, waiting for the office's review",
  ),
  requestExtension: term(
    "申请延期",
    "Request an extension",
    "A unit's leader asks for a later due date; the request is a 延期申请",
    ["延期请求", "请输入申请延期至"],
  ),
  extensionRequest: term(
    "延期申请",
    "Extension request",
    "The request made by 申请延期, which the office approves or rejects",
  ),
  extendedTo: term("延期至", "Extended to", "The due date an approved extension set"),
  review: term(
    "审核",
    "Review",
    "The office accepts or returns a completion declaration or an extension request",
  ),
  instruction: term("批示", "Instruction", "A leader's written direction on a task or milestone"),
  answer: term(
    "答复",
    "Answer",
    "A responsible unit's written answer to an instruction (答复批示)",
    ["回复", "提交答复"],
  ),
  awaitingAnswer: term("待答复", "Awaiting answer", "An open instruction a unit has not answered"),
  answered: term("已答复", "Answered", "An instruction the unit has answered"),
  closeInstruction: term(
    "办结",
    "Close",
    "The office closes an instruction: no more answers. Said only of instructions",
  ),
  focus: term("重点关注", "Focus", "A task the office marks to watch closely"),
  notice: term("督办通知单", "Supervision notice", "The office's numbered notice to a unit"),
  bulletin: term("通报", "Bulletin", "The office's periodic report on the plan's progress"),
  reminder: term("催办", "Reminder", "A message that reminds a unit of what is due"),
  redLight: term("红灯", "Red light", "Overdue"),
  yellowLight: term("黄灯", "Yellow light", "Due soon, or a periodic report is missing"),
  greenLight: term("绿灯", "Green light", "On schedule"),
  overdue: term("逾期", "Overdue", "Past its due date and not done"),
  dueSoon: term("临期", "Due soon", "Due within the plan's warning days"),
  reportMissing: term("未按时报送", "Report missing", "The periodic progress report was not sent"),
  normal: term("正常", "Normal", "Nothing is late"),
  done: term("已完成", "Done", "Completed (after review, where the plan requires it)"),
  inProgress: term("推进中", "In progress", "Started and not done"),
  notStarted: term("未启动", "Not started", "Nothing reported yet", ["未开始"]),
  target: term(
    "量化指标",
    "Target",
    "A number to reach found in a task's or milestone's words (2300家, 2.7%), confirmed by the office",
  ),
  actual: term(
    "实际值",
    "Actual",
    "A value the lead unit reports for a target as of a day, with its source",
  ),
  planCategory: term(
    "类别",
    "Category",
    "What a plan is filed under beside its year: 政府工作报告, 民生实事, a special plan's name",
  ),
  carryOver: term(
    "结转",
    "Carry over",
    "Starting next year's plan from an old one: its unfinished milestones, picked by the office, linked to their history",
  ),
  link: term(
    "填报链接",
    "Link",
    "A secret address sent to a unit without an account: it reads the milestones named and sends input, until it expires or is revoked",
  ),
  subPlan: term(
    "子计划",
    "Sub-plan",
    "A lead unit's own plan of steps for one of its milestones, done by its sections or subordinate units",
    ["二级计划"],
  ),
  decompose: term(
    "再分解",
    "Split into steps",
    "The lead unit (or the office) splits a milestone into a sub-plan (任务再分解), steps due no later than it",
    ["二次分解"],
  ),
} as const satisfies Readonly<Record<string, Term>>;

export type TermKey = keyof typeof TERMS;
