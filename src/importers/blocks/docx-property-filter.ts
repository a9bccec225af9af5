/**
 * Drops the formatting elements of WordprocessingML that a reader of text
 * never needs (run properties, paragraph spacing, indents and borders, cell
 * borders, widths and alignment) from the bytes of word/document.xml before they are decoded and
 * parsed. In what Word writes they are three quarters of the part, and the
 * SAX parser's time goes per character: for a 20,000-row table (60 MB of
 * XML) this takes about 40% off the whole read.
 *
 * The elements are found by their exact tags: `<w:rPr>`, `<w:rPr/>` and
 * `</w:rPr>` without attributes, counting nesting (w:rPrChange holds another
 * w:rPr), and empty elements like `<w:tcW w:w="850" w:type="dxa"/>`. In
 * well-formed XML "<" only starts markup, so these tags cannot be mistaken
 * for text; being ASCII they cannot match inside a UTF-8 sequence either,
 * which is why the bytes are searched as Latin-1 (one character per byte, so
 * positions are byte offsets). Line breaks inside a dropped element are kept
 * so that the parser's line numbers still point into the original part.
 * What a dropped element held is not checked for well-formedness.
 */

/** Dropped with whatever they hold. */
const DROPPED = ["rPr", "tcBorders", "pBdr", "tabs"] as const;
/**
 * Dropped when empty (`<w:tcW w:w="850" w:type="dxa"/>`): the frequent cell,
 * run and paragraph formatting. A paragraph's w:pPr itself stays, for its
 * style (w:pStyle) and list number (w:numPr).
 */
const DROPPED_EMPTY = [
  "tcW",
  "vAlign",
  "shd",
  "noWrap",
  "textDirection",
  "proofErr",
  "spacing",
  "ind",
  "jc",
  "snapToGrid",
  "widowControl",
  "adjustRightInd",
  "autoSpaceDE",
  "autoSpaceDN",
  "textAlignment",
  "keepNext",
  "keepLines",
  "outlineLvl",
  "kinsoku",
  "wordWrap",
  "overflowPunct",
  "topLinePunct",
  "contextualSpacing",
  "suppressAutoHyphens",
  "suppressLineNumbers",
] as const;
const START = new RegExp(
  `<w:(?:(${DROPPED.join("|")})(/?)>|(?:${DROPPED_EMPTY.join("|")})(?:\\s[^<>]{0,200})?/>)`,
  "g",
);
const NESTED: Readonly<Record<string, RegExp>> = Object.fromEntries(
  DROPPED.map((name) => [name, new RegExp(`<(/?)w:${name}(/?)>`, "g")]),
);
/** Longer than any tag matched above: a "<" this close to a chunk's end may start one. */
const LONGEST_TAG = 256;
const NEWLINE = 0x0a;

export class PropertyFilter {
  /** The end of the previous chunk that may hold the start of a tag. */
  private carry: Uint8Array = new Uint8Array(0);
  /** The tag pattern of the element being dropped, or null outside one. */
  private inside: RegExp | null = null;
  private depth = 0;

  /** Filters the next piece of XML; `final` on the last one. Returns the bytes to decode and parse. */
  push(chunk: Uint8Array, final: boolean): Uint8Array {
    const bytes = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
    let cut = text.length;
    if (!final) {
      const lastOpen = text.lastIndexOf("<");
      if (lastOpen !== -1 && text.length - lastOpen <= LONGEST_TAG) cut = lastOpen;
    }
    this.carry = bytes.slice(cut);

    const out = new Uint8Array(cut);
    let length = 0;
    let pos = 0;
    // The next line break, searched once per chunk and moved forward (the text
    // Word writes has one, after the XML declaration).
    let newline = text.indexOf("\n");
    while (pos < cut) {
      const pattern = this.inside ?? START;
      pattern.lastIndex = pos;
      const match = pattern.exec(text);
      const end = match && match.index < cut ? match.index : cut;
      if (!this.inside) {
        length = copy(bytes, pos, end, out, length);
      } else {
        for (; newline !== -1 && newline < end; newline = text.indexOf("\n", newline + 1)) {
          if (newline >= pos) out[length++] = NEWLINE;
        }
      }
      if (!match || match.index >= cut) break;
      pos = match.index + match[0].length;
      this.step(match);
    }
    return out.subarray(0, length);
  }

  private step(match: RegExpExecArray): void {
    if (!this.inside) {
      // A self-closing element is dropped whole; otherwise drop up to its end tag.
      const name = match[1];
      if (name !== undefined && match[2] !== "/") {
        this.inside = NESTED[name] ?? null;
        this.depth = 1;
      }
    } else if (match[1] === "/") {
      this.depth -= 1;
      if (this.depth === 0) this.inside = null;
    } else if (match[2] !== "/") {
      this.depth += 1;
    }
  }
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** Copies bytes[from, to) to out at `at`; returns the new end. Most ranges are a few dozen bytes. */
const copy = (bytes: Uint8Array, from: number, to: number, out: Uint8Array, at: number): number => {
  if (to - from > 256) {
    out.set(bytes.subarray(from, to), at);
    return at + to - from;
  }
  let length = at;
  for (let i = from; i < to; i += 1) out[length++] = bytes[i] ?? 0;
  return length;
};
