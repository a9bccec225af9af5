/**
 * A single space between two Chinese characters is a wrap left by a narrow
 * column or a PDF ("培育 省级平台"), not a word break: Chinese puts none.
 */
const WRAP_SPACE =
  /(?<=[\u4e00-\u9fff\u3001-\u3003\uff08\uff09\u300a-\u300f])[ \u3000](?=[\u4e00-\u9fff\u3001-\u3003\uff08\uff09\u300a-\u300f])/g;

export const joinWrapSpaces = (text: string): string =>
  text.includes(" ") || text.includes("\u3000") ? text.replace(WRAP_SPACE, "") : text;
