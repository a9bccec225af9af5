/**
 * The one escaping of text written into the exporters' XML parts. Characters
 * XML 1.0 cannot carry at all (control characters a pasted cell may hold) are
 * dropped rather than escaped: Word and Excel refuse a part that contains
 * them even as character references.
 */

const SPECIAL = /[&<>"]/g;
/* eslint-disable no-control-regex -- the control characters XML 1.0 forbids are what these find */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;
/* eslint-enable no-control-regex */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** Text made safe for element content and double-quoted attribute values. */
export const xmlText = (text: string): string =>
  NEEDS_WORK.test(text)
    ? text.replace(NOT_XML, "").replace(SPECIAL, (ch) => ENTITIES[ch] ?? ch)
    : text;
