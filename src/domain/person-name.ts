/**
 * Persons are never units: a 责任领导 column or "责任领导：张三" names people, and
 * this tells their shapes apart from unit names.
 */
import { foldWidth } from "./normalize-text.js";

// Common single-character surnames, and the compound ones still in use. A person
// column that holds a rarer surname is still read by its header; this list
// only keeps short unit names (财政局, 妇联) from passing for persons.
const SINGLE_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
const COMPOUND_SURNAMES = [
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "令狐",
  "慕容",
  "夏侯",
  "长孙",
  "宇文",
  "司徒",
  "西门",
  "端木",
  "独孤",
  "南宫",
  "申屠",
  "轩辕",
];

/** The titles a leader is written with: 副市长, 局长, 主任, 市委常委、常务副市长. */
const TITLE_WORDS =
  "市长|区长|县长|省长|镇长|乡长|局长|主任|书记|部长|秘书长|主席|厅长|处长|科长|院长|校长|" +
  "所长|站长|队长|组长|行长|主委|常委|委员|调研员|巡视员|总经理|经理|董事长|总监|理事长|会长|同志";

/** What ends a unit's name: such a short name is a unit, not a person (教育局, 妇联, 团市委). */
const UNIT_ENDING =
  /(?:局|委|办|厅|署|中心|部|院|会|所|站|队|室|处|科|股|府|社|校|馆|行|司|组|团|联|协|关|公司)$/;

const surname = `(?:${COMPOUND_SURNAMES.join("|")}|[${SINGLE_SURNAMES}])`;
const title = `[\\u4e00-\\u9fa5、]{0,10}?(?:${TITLE_WORDS})`;
/** A name of 2–4 characters: the surname and one to three more. */
const PERSON = new RegExp(
  `^(?<name>${surname}[\\u4e00-\\u9fa5]{1,3}?)(?:${title}|\\((?<bracketed>[^()]+)\\))?$`,
);
const TITLE_INSIDE = new RegExp(`(?:${TITLE_WORDS})`);

/**
 * True for a person as documents write one: 2–4 Chinese characters starting
 * with a surname ("张三", "欧阳明", with spaces or a U+3000 padding it: "张 三"),
 * optionally followed by a title ("张三副市长") or by a title in brackets
 * ("张三（市政府副秘书长）"). A name ending like a unit (市科技局, 妇联) is not one.
 */
export const looksLikePersonName = (text: string): boolean => {
  const compact = foldWidth(text).replace(/\s+/g, "");
  const match = PERSON.exec(compact);
  const name = match?.groups?.name;
  if (name === undefined || name.length > 4 || UNIT_ENDING.test(name)) return false;
  const bracketed = match?.groups?.bracketed;
  return bracketed === undefined || TITLE_INSIDE.test(bracketed);
};
