import type { ListNumbering } from "../source-document.js";
import type { ListLevel, NumberingDefinitions } from "./docx-numbering.js";
import type { NumberingReference, ParagraphStyles } from "./docx-styles.js";
import { isUnnumbered, renderListLabel, type LabelLevel } from "./render-list-label.js";

/** Word's lists have levels 0 to 8. */
const LEVELS = 9;

/** A paragraph's properties that decide its list number. */
export interface ParagraphListProperties {
  readonly styleId: string | undefined;
  /** The paragraph's own w:numPr; unset parts come from its style. */
  readonly own: NumberingReference;
}

/**
 * Counts Word's list numbering through a document, paragraph by paragraph
 * in order, and renders each numbered paragraph's label as Word shows it.
 * Instances of one list definition (w:num sharing a w:abstractNum) continue
 * one count, as in Word, unless an instance overrides its levels (Word's
 * "restart numbering" writes w:startOverride): then it counts on its own.
 */
export class DocxListCounter {
  /** The current number per level of each count, undefined for a level not yet used since its restart. */
  private readonly counts = new Map<string, (number | undefined)[]>();

  constructor(
    private readonly definitions: NumberingDefinitions,
    private readonly styles: ParagraphStyles,
  ) {}

  /**
   * Advances the count of the paragraph's list, if it is in one, and returns
   * its label; null for a paragraph outside any list or in a bullet list.
   */
  next(paragraph: ParagraphListProperties): ListNumbering | null {
    const fromStyle =
      paragraph.styleId === undefined ? undefined : this.styles.numbering(paragraph.styleId);
    const numId = paragraph.own.numId ?? fromStyle?.numId;
    // w:numId 0 takes a paragraph out of the list its style puts it in.
    if (numId === undefined || numId === "0") return null;
    const instance = this.definitions.instances.get(numId);
    if (!instance) return null;
    const abstract = this.definitions.abstracts.get(instance.abstractId);
    const levelOf = (index: number): ListLevel | undefined =>
      instance.levelOverrides.get(index) ?? abstract?.get(index);
    const startOf = (index: number): number =>
      instance.startOverrides.get(index) ?? levelOf(index)?.start ?? 0;

    const index =
      paragraph.own.level ??
      fromStyle?.level ??
      this.levelOfStyle(abstract, paragraph.styleId) ??
      0;
    const level = levelOf(index);
    if (!level || index < 0 || index >= LEVELS) return null;

    const key =
      instance.startOverrides.size > 0 || instance.levelOverrides.size > 0
        ? `num ${numId}`
        : `abstract ${instance.abstractId}`;
    const values = this.counts.get(key) ?? [];
    this.counts.set(key, values);
    const current = values[index];
    values[index] = current === undefined ? startOf(index) : current + 1;
    for (let deeper = index + 1; deeper < LEVELS; deeper += 1) {
      const restartAfter = levelOf(deeper)?.restartAfter;
      if (restartAfter === undefined || index < restartAfter) values[deeper] = undefined;
    }

    if (isUnnumbered(level.format)) return null;
    const shown: LabelLevel[] = Array.from({ length: LEVELS }, (_, i) => ({
      value: values[i] ?? startOf(i),
      format: levelOf(i)?.format ?? "decimal",
    }));
    const label = renderListLabel(level.text, shown, level.legal);
    return label === "" ? null : { label, level: index };
  }

  /** The level whose w:pStyle names the paragraph's style: how a heading style picks its level. */
  private levelOfStyle(
    abstract: ReadonlyMap<number, ListLevel> | undefined,
    styleId: string | undefined,
  ): number | undefined {
    if (!abstract || styleId === undefined) return undefined;
    for (const [index, level] of abstract) if (level.style === styleId) return index;
    return undefined;
  }
}
