/**
 * Rules a document states once for every task after them: "列第一位的为牵头
 * 单位，下同" (the first unit of each list leads), "以下各项均由市发展改革委
 * 负责" (who is responsible where a task names nobody).
 */
export type ResponsibilityRule =
  | { readonly kind: "first_leads"; readonly text: string }
  | { readonly kind: "default_units"; readonly text: string; readonly phrase: string };

export interface RuleInText {
  readonly rule: ResponsibilityRule;
  /** The text without the rule's words, for what else it says. */
  readonly rest: string;
}

const FIRST_LEADS =
  /(?:[，,；;]\s*)?(?:注\s*[：:]\s*)?(?:[列排]在?|排名|排序)?(?:第一位|首位|第一个|第一)(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)?(?:\s*[，,；;]?\s*下同)?\s*[。.；;]?/;
const DEFAULT_UNITS =
  /以下(?:各项|任务|工作|事项|内容)*(?:均|都|全部)?由(.+?(?:牵头负责|负责|牵头))\s*[。.；;]?/;
/** What a rule leaves behind when it stood in brackets of its own: "（）", "（注：）". */
const EMPTY_BRACKETS = /[（(〔]\s*[，,；;]?\s*[）)〕]/g;

export const findResponsibilityRule = (text: string): RuleInText | null => {
  // Most paragraphs state no rule: the words every rule holds rule them out cheaply.
  if (!text.includes("第一") && !text.includes("首位") && !text.includes("以下")) return null;
  const first = FIRST_LEADS.exec(text);
  if (first) {
    return {
      rule: { kind: "first_leads", text: first[0] },
      rest: text.replace(first[0], "").replace(EMPTY_BRACKETS, "").trim(),
    };
  }
  const defaults = DEFAULT_UNITS.exec(text);
  if (defaults?.[1]) {
    return {
      rule: { kind: "default_units", text: defaults[0], phrase: defaults[1] },
      rest: text.replace(defaults[0], "").replace(EMPTY_BRACKETS, "").trim(),
    };
  }
  return null;
};
