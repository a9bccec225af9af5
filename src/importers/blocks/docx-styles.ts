import { parseWordPart } from "./office-xml-part.js";

/** A paragraph's list membership: w:numPr's w:numId and w:ilvl, either possibly unset. */
export interface NumberingReference {
  readonly numId: string | undefined;
  readonly level: number | undefined;
}

interface StyleEntry {
  readonly name: string | undefined;
  readonly basedOn: string | undefined;
  readonly numbering: NumberingReference | undefined;
}

/** Styles inherit through w:basedOn; a chain longer than this is a loop in a broken file. */
const MAX_CHAIN = 32;

/** The paragraph styles of word/styles.xml: their names and the list numbering they carry. */
export class ParagraphStyles {
  constructor(private readonly entries: ReadonlyMap<string, StyleEntry>) {}

  /** The name Word shows for a style id ("heading 1" for "1"), or the id when the style is unknown. */
  name(styleId: string): string {
    return this.entries.get(styleId)?.name ?? styleId;
  }

  /** The numbering a style gives its paragraphs, its own or inherited through w:basedOn. */
  numbering(styleId: string): NumberingReference | undefined {
    let id: string | undefined = styleId;
    for (let step = 0; id !== undefined && step < MAX_CHAIN; step += 1) {
      const entry = this.entries.get(id);
      if (entry?.numbering) return entry.numbering;
      id = entry?.basedOn;
    }
    return undefined;
  }
}

export const NO_STYLES = new ParagraphStyles(new Map());

const integer = (text: string | undefined): number | undefined => {
  const value = Number.parseInt(text ?? "", 10);
  return Number.isFinite(value) ? value : undefined;
};

/** Reads the paragraph styles of word/styles.xml. */
export const readParagraphStyles = (
  xml: Uint8Array,
  part: string,
  fileName: string,
): ParagraphStyles => {
  const entries = new Map<string, StyleEntry>();
  let style: {
    id: string;
    name?: string;
    basedOn?: string;
    numId?: string;
    level?: number;
    numbered: boolean;
  } | null = null;
  parseWordPart(xml, part, fileName, {
    open(name, attributes) {
      const value = attributes["w:val"];
      if (name === "style") {
        style =
          attributes["w:type"] === "paragraph"
            ? { id: attributes["w:styleId"] ?? "", numbered: false }
            : null;
        return;
      }
      if (!style) return;
      if (name === "name") style.name = value;
      else if (name === "basedOn") style.basedOn = value;
      else if (name === "numPr") style.numbered = true;
      else if (name === "numId") style.numId = value;
      else if (name === "ilvl") style.level = integer(value);
    },
    close(name) {
      if (name !== "style" || !style) return;
      entries.set(style.id, {
        name: style.name,
        basedOn: style.basedOn,
        numbering: style.numbered ? { numId: style.numId, level: style.level } : undefined,
      });
      style = null;
    },
    text() {},
  });
  return new ParagraphStyles(entries);
};
