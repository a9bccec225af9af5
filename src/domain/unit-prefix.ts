/**
 * Prefix elision in unit lists: "市市场监管局、发展改革委、财政局" writes the 市
 * once, before the first name, and means 市发展改革委 and 市财政局.
 */

/** Words that start with a level character without naming a level: 市场监管局, 城市管理局. */
const NOT_A_LEVEL =
  /市场|城市|市政(?=公用|工程|设施|园林|管理)|城乡|乡村|社区|区域|县域|省级|市级|区级|县级/g;

/** The level a name starts with; 市委 / 区委 … for the party's own departments. */
const LEADING_LEVEL = /^(?<level>[省市区县])(?<party>委)?/;

/** A level anywhere near the start: "江门市科技局", "蓬江区政府" have a prefix of their own. */
const OWN_LEVEL = /^[\u4e00-\u9fa5]{0,6}?(?:省|市|区|县|镇|乡|街道|州|旗)/;

/** What a government department's short name ends in. */
const DEPARTMENT = /(?:局|委|办|厅|署|中心|委员会|部|办公室)$/;

/** Names that are not departments of the level even when they end like one. */
const NOT_A_DEPARTMENT =
  /^各|学校|学院|大学|中学|小学|幼儿园|医院|公司|集团|企业|法院|检察院|海关|银行|支行|分行|供电|烟草|邮政|电信|移动|联通|铁路|机场|港务|协会|商会|联合会|分局|总局|支队|大队|中队|派出所/;

/** Long names are written in full; an elided name is a short bare department name. */
const SHORT = 12;

const levelOf = (name: string): { level: string; party: boolean } | null => {
  const match = LEADING_LEVEL.exec(name.replace(NOT_A_LEVEL, "_"));
  const level = match?.groups?.level;
  return level === undefined ? null : { level, party: match?.groups?.party !== undefined };
};

const hasOwnLevel = (name: string): boolean => OWN_LEVEL.test(name.replace(NOT_A_LEVEL, "_"));

/**
 * The prefix to add to `name`, written after `first` in the same list, or null
 * when it keeps its own: `first` must start with a level (市, 区, 县, 省, or the
 * party's 市委 …) and `name` be a short bare department name. Party departments
 * (…部) take 市委; the government's take the level alone (市政府办公室、发展改革委 →
 * 市发展改革委).
 */
export const elidedPrefix = (first: string, name: string): string | null => {
  const level = levelOf(first);
  if (level === null) return null;
  if (name.length > SHORT || hasOwnLevel(name)) return null;
  if (!DEPARTMENT.test(name) || NOT_A_DEPARTMENT.test(name)) return null;
  return level.party && name.endsWith("部") ? `${level.level}委` : level.level;
};
