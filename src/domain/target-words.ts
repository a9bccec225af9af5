import type { TargetComparison } from "./target.js";

/**
 * The words a quantitative target is written with. Each list is matched
 * longest first, so 人次 wins over 人 and 平方公里 over 公里.
 */

/**
 * Units of measure a target counts in. 岁 is here for "人均预期寿命达到80岁";
 * "65岁以上老年人" is a group's description (see target-exclusions.ts). 万 and 亿
 * stay part of a money unit (万元, 亿元, 万美元, 亿美元) and fold into the value
 * before any other unit ("1.5万人" is 15,000 人).
 */
export const UNITS_OF_MEASURE: readonly string[] = [
  "家",
  "项",
  "个",
  "人",
  "名",
  "所",
  "件",
  "篇",
  "场",
  "次",
  "人次",
  "场次",
  "批次",
  "户",
  "辆",
  "条",
  "座",
  "处",
  "台",
  "套",
  "支",
  "张",
  "份",
  "册",
  "岁",
  "倍",
  "元",
  "万元",
  "亿元",
  "美元",
  "万美元",
  "亿美元",
  "%",
  "‰",
  "个百分点",
  "百分点",
  "平方米",
  "平方公里",
  "立方米",
  "亩",
  "公顷",
  "公里",
  "千米",
  "米",
  "吨",
  "千瓦",
  "兆瓦",
  "千瓦时",
  "标箱",
  "微克/立方米",
  // Traditional forms, as tables in 繁體 write them.
  "個",
  "項",
  "場",
  "處",
  "條",
  "輛",
  "戶",
  "張",
  "臺",
];

/** Money units that keep the magnitude written before them: "50亿元" is 50 亿元. */
export const MONEY_UNITS: readonly string[] = ["元", "美元"];

/** 万 and 亿 (萬, 億) after a value multiply it. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  万: 10_000,
  萬: 10_000,
  亿: 100_000_000,
  億: 100_000_000,
};

/**
 * Words of rising to a value ("提高至30家"). After a value written with 从 or 由
 * before them ("从20家提高至30家") that value is where the target starts from
 * (target-baseline.ts).
 */
export const RISE_TO: readonly string[] = [
  "提高到",
  "提高至",
  "提升到",
  "提升至",
  "增加到",
  "增加至",
  "增长到",
  "增长至",
  "扩大到",
  "扩大至",
  "增至",
];

/** Written right before the value a target starts from: "从20家提高至30家", "由20家增加到30家". */
export const FROM_MARKS = "从由";

/** Words before the value that say how it compares ("突破2300家", "控制在28…以内"). */
export const COMPARISON_BEFORE: Readonly<Record<string, TargetComparison>> = {
  不少于: "at_least",
  不低于: "at_least",
  至少: "at_least",
  突破: "more_than",
  超过: "more_than",
  超: "more_than",
  高于: "more_than",
  多于: "more_than",
  达到: "reach",
  达: "reach",
  ...Object.fromEntries(RISE_TO.map((word) => [word, "reach" as const])),
  不超过: "at_most",
  不高于: "at_most",
  控制在: "at_most",
  低于: "at_most",
  少于: "at_most",
};

/**
 * Words after the value. They decide over a word before it ("达到2.7%以上"
 * is at least 2.7 %); 左右 (about) leaves the value one to reach.
 */
export const COMPARISON_AFTER: Readonly<Record<string, TargetComparison>> = {
  及以上: "at_least",
  以上: "at_least",
  以下: "at_most",
  以内: "at_most",
  左右: "reach",
};

/** Written between the value and its unit: "300余家", "300多家" are more than 300. */
export const MORE_THAN_MARKS = "余多";

/** Between the two ends of a range: 20～30, 20~30, 20-30, 20—30, 20至30, 20到30. */
export const RANGE_MARKS = "~～\\-－—–至到";

/**
 * Verbs and adverbs that open a clause before the counted thing
 * ("支持建设创新联合体20～30家" counts 创新联合体): trimmed from the start of a
 * subject, again and again.
 */
export const LEADING_WORDS: readonly string[] = [
  "积极",
  "力争",
  "争取",
  "确保",
  "实现",
  "保持",
  "大力",
  "加快",
  "持续",
  "全力",
  "进一步",
  "累计",
  "全年",
  "年内",
  "惠及",
  "带动",
  "吸引",
  "支持",
  "推动",
  "推进",
  "指导",
  "鼓励",
  "引导",
  "组织",
  "实施",
  "开展",
  "举办",
  "收集",
  "征集",
  "引进",
  "培育",
  "打造",
  "建设",
  "建成",
  "新建",
  "改扩建",
  "改造",
  "提升",
  "新增",
  "新开工",
  "完成",
  "认定",
  "发放",
  "发行",
  "推出",
  "接入",
  "开通",
  "治理",
  "申报",
  "创建",
  "服务",
  "帮助",
  "与",
  "为",
  "对",
  "向",
  "和",
  "及",
  "、",
];

/**
 * Verbs that, inside a clause, start the counted thing after what comes before
 * them ("推动校企合作实施产学研合作项目20～30项" counts 产学研合作项目).
 */
export const OBJECT_VERBS: readonly string[] = ["实施", "收集", "引进", "培育", "举办", "开展"];

/**
 * Where a subject written after its quantity ends ("3～5家科技型机构（或企业）入孵…"
 * counts 科技型机构): a bracket, 等, or a word that starts what is done with it.
 */
export const SUBJECT_AFTER_ENDS: readonly string[] = [
  "（",
  "(",
  "等",
  "向",
  "在",
  "入",
  "进驻",
  "落户",
  "对接",
  "开展",
  "实现",
  "完成",
  "参与",
  "上市",
  "的",
];

/** Clause breaks: a subject never reaches over them. */
export const CLAUSE_BREAKS = "，,。；;：:！!？?\n";

/**
 * What joins the last item of an enumeration on: "高端装备、生物医药和安全应急"
 * lists three.
 */
export const ENUMERATION_JOINS = "和及与";

/** Characters that may join a quantity to the noun after it without describing that noun. */
export const JOINING = "和并及且或";

/** Opening and closing marks of a name or a quotation: numbers inside are part of the name. */
export const NAME_MARKS: Readonly<Record<string, string>> = {
  "“": "”",
  "‘": "’",
  "「": "」",
  "『": "』",
  "《": "》",
  "〈": "〉",
};

/** After 个, a length of time rather than a count: "6个月", "3个工作日", "两个季度". */
export const DURATION_AFTER_GE: readonly string[] = [
  "月",
  "工作日",
  "季度",
  "小时",
  "星期",
  "年",
  "学期",
];
