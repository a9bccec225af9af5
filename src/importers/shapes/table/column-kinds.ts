import { compactText } from "../../../domain/normalize-text.js";

/** What a column of a decomposition table holds, recognised by its header. */
export type ColumnKind =
  | "no"
  | "task"
  | "milestone"
  | "units"
  | "lead"
  | "cooperating"
  | "persons"
  | "deadline"
  | "progress"
  | "remark";

/** Headers as offices write them, exact after removing spaces. */
const EXACT: ReadonlyMap<string, ColumnKind> = new Map(
  (
    [
      ["no", ["序号", "编号", "序", "号"]],
      [
        "task",
        [
          "工作任务",
          "重点任务",
          "重点工作",
          "主要任务",
          "重点工作任务",
          "任务",
          "工作内容",
          "任务内容",
        ],
      ],
      [
        "milestone",
        [
          "节点计划",
          "具体措施",
          "工作措施",
          "进度安排",
          "年度目标",
          "工作举措",
          "推进措施",
          "节点目标",
          "阶段目标",
          "时间节点安排",
          "工作目标",
        ],
      ],
      ["units", ["责任单位", "责任部门", "承办单位", "落实单位", "实施单位"]],
      ["lead", ["牵头单位", "牵头部门", "主责单位"]],
      ["cooperating", ["配合单位", "配合部门", "参与单位", "协办单位", "协同单位"]],
      ["persons", ["责任领导", "牵头市领导", "分管领导", "责任人", "分管市领导", "联系人"]],
      [
        "deadline",
        [
          "完成时限",
          "完成时间",
          "时间节点",
          "时限要求",
          "完成期限",
          "时限",
          "办结时限",
          "截止时间",
        ],
      ],
      ["progress", ["进展情况", "完成情况", "工作进展", "推进情况", "进度情况"]],
      ["remark", ["备注", "说明"]],
    ] as const
  ).flatMap(([kind, names]) => names.map((name) => [name, kind] as const)),
);

/** Keywords for headers worded otherwise ("完成时限（2022年）", "市牵头单位"), tried in order. */
const KEYWORDS: readonly (readonly [RegExp, ColumnKind])[] = [
  [/进展|完成情况|推进情况/, "progress"],
  [/领导|责任人|联系人/, "persons"],
  [/牵头/, "lead"],
  [/配合|参与|协办|协同/, "cooperating"],
  [/(责任|承办|落实|实施)(单位|部门)/, "units"],
  [/时限|期限|完成时间|截止/, "deadline"],
  [/节点|措施|举措|进度安排|目标/, "milestone"],
  [/任务|工作/, "task"],
  [/序号|编号/, "no"],
  [/备注/, "remark"],
];

/** Longer texts are content, not headers, whatever words they contain. */
const MAX_HEADER_CHARS = 12;

export const classifyHeader = (text: string): ColumnKind | null => {
  const compact = compactText(text).replace(/[（(][^）)]*[）)]/g, "");
  if (compact === "" || compact.length > MAX_HEADER_CHARS) return null;
  const exact = EXACT.get(compact);
  if (exact) return exact;
  return KEYWORDS.find(([pattern]) => pattern.test(compact))?.[1] ?? null;
};
