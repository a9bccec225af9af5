/**
 * How a list number is shown: Word's w:numFmt values (also used for the
 * list types of HTML) and the level text that places the numbers ("%1、",
 * "（%1）", "%1.%2"). Pure: the counting is done elsewhere.
 */

const CHINESE_DIGITS = "〇一二三四五六七八九";
/** The financial numerals (大写) that chineseLegalSimplified writes for the ordinary ones. */
const ORDINARY = "〇一二三四五六七八九十百千";
const LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖拾佰仟";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const ZODIAC = "子丑寅卯辰巳午未申酉戌亥";
const ROMAN: readonly (readonly [number, string])[] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** ①…⑳: Word shows larger numbers of an enclosed format as plain digits. */
const enclosed = (value: number, first: number): string =>
  value >= 1 && value <= 20 ? String.fromCodePoint(first + value - 1) : String(value);

/** 1–99 as 一…九十九 (十, 十一, 二十); `tenWithOne` writes 10–19 as 一十… (inside larger numbers). */
const chineseBelowHundred = (value: number, tenWithOne: boolean): string => {
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const tensText = tens === 0 ? "" : `${tens === 1 && !tenWithOne ? "" : CHINESE_DIGITS[tens]}十`;
  return tensText + (ones === 0 ? "" : (CHINESE_DIGITS[ones] ?? ""));
};

/**
 * A number in Chinese with 千/百/十 (一百零五, 一千零一十): Word's
 * chineseCountingThousand, and its chineseCounting below 100. `omitOne`
 * drops the 一 before 百 and 千, as japaneseCounting does (百一).
 */
const chineseWithUnits = (value: number, omitOne: boolean): string => {
  if (value === 0) return "〇";
  // No list runs this long; plain digits beat an invented 万 form.
  if (value >= 10_000) return String(value);
  if (value < 100) return chineseBelowHundred(value, false);
  const parts: string[] = [];
  let rest = value;
  let gap = false;
  for (const [unit, name] of [
    [1000, "千"],
    [100, "百"],
  ] as const) {
    const digit = Math.floor(rest / unit) % 10;
    rest %= unit;
    if (digit === 0) {
      gap = parts.length > 0;
      continue;
    }
    if (gap && !omitOne) parts.push("零");
    gap = false;
    parts.push(`${digit === 1 && omitOne ? "" : (CHINESE_DIGITS[digit] ?? "")}${name}`);
  }
  if (rest === 0) return parts.join("");
  const zero = (rest < 10 || gap) && !omitOne ? "零" : "";
  return parts.join("") + zero + chineseBelowHundred(rest, !omitOne);
};

/** Digit by digit with 〇, as Word's chineseCounting writes 100 and above (一〇五). */
const chineseDigits = (value: number): string =>
  String(value).replace(/\d/g, (digit) => CHINESE_DIGITS[Number(digit)] ?? digit);

/** a…z, then aa…zz, aaa…: Word repeats the letter rather than counting in base 26. */
const letter = (value: number): string => {
  if (value < 1) return String(value);
  const char = String.fromCharCode(0x61 + ((value - 1) % 26));
  return char.repeat(Math.floor((value - 1) / 26) + 1);
};

const roman = (value: number): string => {
  if (value < 1 || value >= 4000) return String(value);
  let rest = value;
  let text = "";
  for (const [size, symbol] of ROMAN) {
    for (; rest >= size; rest -= size) text += symbol;
  }
  return text;
};

const cycle = (symbols: string, value: number): string =>
  value < 1 ? String(value) : (symbols[(value - 1) % symbols.length] ?? "");

/** The formats that show no number at all. */
export const isUnnumbered = (format: string): boolean => format === "bullet" || format === "none";

/**
 * One number in a w:numFmt: "chineseCounting" 3 → "三", "decimalEnclosedCircle"
 * 2 → "②". An unknown format shows decimal digits, as Word does; "bullet"
 * and "none" show nothing.
 */
export const formatListNumber = (value: number, format: string): string => {
  switch (format) {
    case "bullet":
    case "none":
      return "";
    case "decimalZero":
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(value).replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(value, 0x2460);
    case "decimalEnclosedParen":
      return enclosed(value, 0x2474);
    case "decimalEnclosedFullstop":
      return enclosed(value, 0x2488);
    case "chineseCounting":
    case "taiwaneseCounting":
      return value >= 100 ? chineseDigits(value) : chineseWithUnits(value, false);
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
      return chineseWithUnits(value, false);
    case "chineseLegalSimplified":
      return chineseWithUnits(value, false).replace(/[〇一二三四五六七八九十百千]/g, (ch) =>
        LEGAL_SIMPLIFIED.charAt(ORDINARY.indexOf(ch)),
      );
    case "ideographDigital":
    case "taiwaneseDigital":
      return chineseDigits(value);
    case "japaneseCounting":
      return chineseWithUnits(value, true);
    case "ideographTraditional":
      return cycle(HEAVENLY_STEMS, value);
    case "ideographZodiac":
      return cycle(ZODIAC, value);
    case "lowerLetter":
      return letter(value);
    case "upperLetter":
      return letter(value).toUpperCase();
    case "lowerRoman":
      return roman(value);
    case "upperRoman":
      return roman(value).toUpperCase();
    default:
      return String(value);
  }
};

/** What a level's text needs of the levels it names. */
export interface LabelLevel {
  /** The current number of this level. */
  readonly value: number;
  readonly format: string;
}

/**
 * Fills a w:lvlText: "%1" is level 0's number, "%2" level 1's, each in its
 * own format ("（%1）" → "（一）", "%1.%2" → "1.3"). `legal` (w:isLgl) shows
 * every number in decimal. A placeholder for a level not given is dropped.
 */
export const renderListLabel = (
  levelText: string,
  levels: readonly LabelLevel[],
  legal = false,
): string =>
  levelText.replace(/%([1-9])/g, (_, digit: string) => {
    const level = levels[Number(digit) - 1];
    if (!level) return "";
    return formatListNumber(
      level.value,
      legal && !isUnnumbered(level.format) ? "decimal" : level.format,
    );
  });
