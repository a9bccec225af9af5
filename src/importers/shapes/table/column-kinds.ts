import { matchKey } from "../../../domain/match-key.js";
import { compactText } from "../../../domain/normalize-text.js";

/** What a column of a decomposition table holds, recognised by its header or its content. */
export type ColumnKind =
  | "no"
  | "group"
  | "task"
  | "milestone"
  | "units"
  | "lead"
  | "cooperating"
  | "role"
  | "persons"
  | "deadline"
  | "progress"
  | "remark";

/** Headers as offices write them, exact after removing spaces. */
const EXACT: ReadonlyMap<string, ColumnKind> = new Map(
  (
    [
      ["no", ["序号", "编号", "序", "号"]],
      ["group", ["类别", "分类", "领域", "板块", "类型", "专项"]],
      [
        "task",
        [
          "工作任务",
          "重点任务",
          "重点工作",
          "主要任务",
          "目标任务",
          "重点工作任务",
          "任务",
          "工作内容",
          "任务内容",
          "项目名称",
          "任务名称",
          "重点项目",
          "工作事项",
          "任务事项",
          "主要工作",
        ],
      ],
      [
        "milestone",
        [
          "节点计划",
          "具体措施",
          "工作措施",
          "年度目标",
          "工作举措",
          "推进措施",
          "主要内容",
          "节点目标",
          "阶段目标",
          "时间节点安排",
          "工作目标",
          "主要措施",
          "具体内容",
          "目标要求",
          "实施步骤",
        ],
      ],
      ["units", ["责任单位", "责任部门", "承办单位", "落实单位", "实施单位", "责任主体"]],
      ["lead", ["牵头单位", "牵头部门", "主责单位", "主办单位", "牵头责任单位"]],
      [
        "cooperating",
        ["配合单位", "配合部门", "参与单位", "协办单位", "协办部门", "协同单位", "参与部门"],
      ],
      [
        "persons",
        [
          "责任领导",
          "牵头市领导",
          "分管领导",
          "联系领导",
          "责任人",
          "分管市领导",
          "联系人",
          "牵头领导",
          "责任市领导",
        ],
      ],
      [
        "deadline",
        [
          "完成时限",
          "完成时间",
          "时间节点",
          "完成时间节点",
          "时限要求",
          "完成期限",
          "时限",
          "办结时限",
          "截止时间",
        ],
      ],
      [
        "progress",
        [
          "进展情况",
          "完成情况",
          "工作进展",
          "推进情况",
          "进度情况",
          "落实情况",
          "存在问题",
          "下步计划",
          "下一步计划",
        ],
      ],
      ["remark", ["备注", "说明"]],
    ] as const
  ).flatMap(([kind, names]) => names.map((name) => [name, kind] as const)),
);

/** Keywords for headers worded otherwise ("完成时限（2022年）", "市牵头单位"), tried in order. */
const KEYWORDS: readonly (readonly [RegExp, ColumnKind])[] = [
  [/进展|完成情况|推进情况|落实情况|存在问题|下一?步/, "progress"],
  [/领导|责任人|联系人/, "persons"],
  [/牵头|主办/, "lead"],
  [/配合|参与|协办|协同/, "cooperating"],
  [/(责任|承办|落实|实施)(单位|部门)/, "units"],
  [/单位|部门/, "role"],
  [/时限|期限|完成时间|截止|时间节点/, "deadline"],
  [/节点|措施|举措|进度安排|目标|内容/, "milestone"],
  [/任务|工作|项目/, "task"],
  [/序号|编号/, "no"],
  [/备注/, "remark"],
];

/**
 * Headers that name a schedule without saying whether it holds dates or the
 * steps themselves: "进度安排" is a deadline column in one table and the
 * measures in another, so the column's content decides.
 */
const SCHEDULE_HEADERS = new Set(["进度安排", "时间安排", "进度要求", "计划安排", "工作安排"]);

/** Longer texts are content, not headers, whatever words they contain. */
const MAX_HEADER_CHARS = 12;

/** The words of a header, traditional characters folded (牽頭單位 = 牵头单位), brackets left out. */
const headerWords = (text: string): string =>
  matchKey(compactText(text)).replace(/[（(][^）)]*[）)]/g, "");

export const classifyHeader = (text: string): ColumnKind | null => {
  const compact = headerWords(text);
  if (compact === "" || compact.length > MAX_HEADER_CHARS) return null;
  if (SCHEDULE_HEADERS.has(compact)) return "milestone";
  const exact = EXACT.get(compact);
  if (exact) return exact;
  return KEYWORDS.find(([pattern]) => pattern.test(compact))?.[1] ?? null;
};

/** True for a header whose column may hold dates or steps: decided by what it holds. */
export const isScheduleHeader = (text: string): boolean => SCHEDULE_HEADERS.has(headerWords(text));
