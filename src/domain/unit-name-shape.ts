/**
 * Whether a name has the shape of a unit's name. Prose states units without
 * a label ("（市发展改革委、市财政局）", "X牵头"), and a bracket such as
 * "（一期）" or a clause such as "切实负责" must not become a unit: a unit's
 * name ends in the word for an organ, an office or a collective.
 */

const UNIT_ENDINGS = [
  "局",
  "委",
  "办",
  "厅",
  "院",
  "科",
  "股",
  "段",
  "会",
  "部",
  "署",
  "处",
  "室",
  "所",
  "站",
  "队",
  "社",
  "馆",
  "团",
  "联",
  "协",
  "校",
  "县",
  "区",
  "市",
  "镇",
  "乡",
  "中心",
  "政府",
  "集团",
  "街道",
  "单位",
  "部门",
  "机构",
  "企业",
  "高校",
  "园区",
  "监狱",
  "银行",
  "海关",
  "机关",
  "电视台",
  "公司",
  "小组",
  "专班",
];

/** Bracketed parts (各县（市、区）) and qualifiers say nothing about what kind of name it is. */
const BRACKETED = /[（(〔[【〈《][^）)〕\]】〉》]*[）)〕\]】〉》]/g;

const MAX_UNIT_NAME = 30;

export const looksLikeUnitName = (name: string): boolean => {
  const core = name.replace(BRACKETED, "").replace(/等$/, "").trim();
  if (core.length < 2 || name.length > MAX_UNIT_NAME || /[，。；：,;:]/.test(core)) return false;
  return UNIT_ENDINGS.some((ending) => core.endsWith(ending));
};
