import { parseWordPart } from "./office-xml-part.js";

/** One level of a list definition (w:lvl). */
export interface ListLevel {
  /** w:start: the first number of the level. */
  readonly start: number;
  /** w:numFmt: decimal, chineseCounting, bullet… */
  readonly format: string;
  /** w:lvlText: where the numbers go, "%1、", "（%1）", "%1.%2". */
  readonly text: string;
  /** w:isLgl: every number of the label in decimal digits. */
  readonly legal: boolean;
  /**
   * w:lvlRestart: the level restarts when a level above index `restartAfter`
   * is used; undefined restarts it after any level above, 0 never.
   */
  readonly restartAfter: number | undefined;
  /** w:pStyle: the paragraph style this level belongs to. */
  readonly style: string | undefined;
}

/** A w:num: a list instance, its definition and its per-level overrides. */
export interface ListInstance {
  readonly abstractId: string;
  /** w:lvlOverride/w:startOverride by level. */
  readonly startOverrides: ReadonlyMap<number, number>;
  /** w:lvlOverride/w:lvl by level: a level redefined for this instance only. */
  readonly levelOverrides: ReadonlyMap<number, ListLevel>;
}

/** word/numbering.xml as read: definitions (w:abstractNum) and instances (w:num). */
export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<number, ListLevel>>;
  readonly instances: ReadonlyMap<string, ListInstance>;
}

export const NO_NUMBERING: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };

const integer = (text: string | undefined): number | undefined => {
  const value = Number.parseInt(text ?? "", 10);
  return Number.isFinite(value) ? value : undefined;
};

/** An on/off property: present without w:val, or with a true value. */
const isOn = (attributes: Readonly<Record<string, string>>): boolean =>
  !["0", "false", "off"].includes(attributes["w:val"] ?? "true");

interface LevelDraft {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  restartAfter: number | undefined;
  style: string | undefined;
}

const newLevel = (): LevelDraft => ({
  start: 0,
  format: "decimal",
  text: "",
  legal: false,
  restartAfter: undefined,
  style: undefined,
});

/**
 * Reads word/numbering.xml. Only what decides the label counts: start,
 * format, level text, legal numbering, restarts, the instances' overrides,
 * and the list styles that let one definition borrow another's levels. The w14 extension formats inside mc:AlternateContent are read
 * from their mc:Fallback, which Word writes for readers without them.
 */
export const readNumbering = (
  xml: Uint8Array,
  part: string,
  fileName: string,
): NumberingDefinitions => {
  const abstracts = new Map<string, Map<number, ListLevel>>();
  const instances = new Map<string, ListInstance>();
  let abstract: Map<number, ListLevel> | null = null;
  let abstractId = "";
  /** List styles: the definition that holds a style's levels, and the definitions that use the style. */
  const styleOwners = new Map<string, string>();
  const styleUsers = new Map<string, string>();
  let instance: {
    id: string;
    abstractId: string;
    starts: Map<number, number>;
    levels: Map<number, ListLevel>;
  } | null = null;
  let overrideLevel: number | null = null;
  let level: { index: number; draft: LevelDraft } | null = null;
  let inChoice = 0;

  parseWordPart(xml, part, fileName, {
    open(name, attributes) {
      const value = attributes["w:val"];
      if (name === "Choice") inChoice += 1;
      if (inChoice > 0) return;
      switch (name) {
        case "abstractNum": {
          abstract = new Map();
          abstractId = attributes["w:abstractNumId"] ?? "";
          abstracts.set(abstractId, abstract);
          return;
        }
        case "styleLink":
          if (abstract) styleOwners.set(value ?? "", abstractId);
          return;
        case "numStyleLink":
          if (abstract) styleUsers.set(abstractId, value ?? "");
          return;
        case "num":
          instance = {
            id: attributes["w:numId"] ?? "",
            abstractId: "",
            starts: new Map(),
            levels: new Map(),
          };
          return;
        case "abstractNumId":
          if (instance) instance.abstractId = value ?? "";
          return;
        case "lvlOverride":
          overrideLevel = integer(attributes["w:ilvl"]) ?? 0;
          return;
        case "startOverride":
          if (instance && overrideLevel !== null) {
            instance.starts.set(overrideLevel, integer(value) ?? 0);
          }
          return;
        case "lvl":
          level = { index: integer(attributes["w:ilvl"]) ?? 0, draft: newLevel() };
          return;
      }
      if (!level) return;
      const draft = level.draft;
      if (name === "start") draft.start = integer(value) ?? 0;
      else if (name === "numFmt") draft.format = value ?? "decimal";
      else if (name === "lvlText") draft.text = value ?? "";
      else if (name === "isLgl") draft.legal = isOn(attributes);
      else if (name === "lvlRestart") draft.restartAfter = integer(value);
      else if (name === "pStyle") draft.style = value;
    },
    close(name) {
      if (name === "Choice") inChoice -= 1;
      if (inChoice > 0) return;
      switch (name) {
        case "lvl":
          if (level) {
            if (overrideLevel !== null) instance?.levels.set(level.index, level.draft);
            else abstract?.set(level.index, level.draft);
          }
          level = null;
          return;
        case "lvlOverride":
          overrideLevel = null;
          return;
        case "abstractNum":
          abstract = null;
          return;
        case "num":
          if (instance) {
            instances.set(instance.id, {
              abstractId: instance.abstractId,
              startOverrides: instance.starts,
              levelOverrides: instance.levels,
            });
          }
          instance = null;
          return;
      }
    },
    text() {},
  });
  // A list style's users (w:numStyleLink) take their levels from the definition that owns it (w:styleLink).
  for (const [user, style] of styleUsers) {
    const owner = abstracts.get(styleOwners.get(style) ?? "");
    if (owner) abstracts.set(user, owner);
  }
  return { abstracts, instances };
};
