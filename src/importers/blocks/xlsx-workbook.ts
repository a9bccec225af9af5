import { parsePart, type PartHandler } from "./office-xml-part.js";

export const WORKBOOK_PART = "xl/workbook.xml";
export const RELATIONSHIPS_PART = "xl/_rels/workbook.xml.rels";
/** Where Excel puts them, for a workbook whose relationships do not say. */
const DEFAULT_SHARED_STRINGS = "xl/sharedStrings.xml";
const DEFAULT_STYLES = "xl/styles.xml";

/** The two parts that say what else to read. */
export const isWorkbookIndex = (path: string): boolean =>
  path === WORKBOOK_PART || path === RELATIONSHIPS_PART;

export interface WorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** The worksheet part; undefined for a chart sheet, or a sheet whose part is not named. */
  readonly part: string | undefined;
}

/** What xl/workbook.xml and its relationships say: the sheets in order, and where the rest is. */
export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
  readonly sharedStringsPart: string;
  readonly stylesPart: string;
}

interface SheetEntry {
  readonly name: string;
  readonly state: string | undefined;
  readonly relationshipId: string | undefined;
}

/** Reads the workbook index from its two parts: xl/workbook.xml, and its relationships when present. */
export const readWorkbook = (
  workbookXml: Uint8Array,
  relationshipsXml: Uint8Array | undefined,
  fileName: string,
): Workbook => {
  const entries: SheetEntry[] = [];
  let date1904 = false;
  parsePart(workbookXml, WORKBOOK_PART, fileName, {
    open(name, attributes) {
      if (name === "workbookPr") {
        const value = attributes.date1904;
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        entries.push({
          name: attributes.name ?? "",
          state: attributes.state,
          relationshipId: namespacedId(attributes),
        });
      }
    },
    close() {},
    text() {},
  });

  const targets = relationshipsXml
    ? readRelationships(relationshipsXml, fileName)
    : new Map<string, Target>();
  const partOfType = (type: string): string | undefined =>
    [...targets.values()].find((target) => target.type === type)?.part;
  return {
    sheets: entries.map(({ name, state, relationshipId }) => {
      const target = relationshipId === undefined ? undefined : targets.get(relationshipId);
      return {
        name,
        hidden: state === "hidden" || state === "veryHidden",
        part: target?.type === "worksheet" ? target.part : undefined,
      };
    }),
    date1904,
    sharedStringsPart: partOfType("sharedStrings") ?? DEFAULT_SHARED_STRINGS,
    stylesPart: partOfType("styles") ?? DEFAULT_STYLES,
  };
};

/** `r:id`, whatever the prefix the writer gave the relationships namespace. */
const namespacedId = (attributes: Readonly<Record<string, string>>): string | undefined => {
  for (const [name, value] of Object.entries(attributes)) {
    if (name.endsWith(":id")) return value;
  }
  return undefined;
};

interface Target {
  /** The last segment of the relationship type: "worksheet", "styles", "sharedStrings". */
  readonly type: string;
  readonly part: string;
}

const readRelationships = (xml: Uint8Array, fileName: string): Map<string, Target> => {
  const targets = new Map<string, Target>();
  const handler: PartHandler = {
    open(name, { Id: id, Type: type, Target: target, TargetMode: mode }) {
      if (name !== "Relationship" || id === undefined || target === undefined) return;
      if (mode === "External") return;
      targets.set(id, {
        type: type?.slice(type.lastIndexOf("/") + 1) ?? "",
        part: resolve(target),
      });
    },
    close() {},
    text() {},
  };
  parsePart(xml, RELATIONSHIPS_PART, fileName, handler);
  return targets;
};

/**
 * The part a target of the workbook's relationships names: relative to xl/
 * ("worksheets/sheet1.xml"), or absolute within the package ("/xl/worksheets/sheet1.xml").
 */
const resolve = (target: string): string => {
  const trimmed = target.trim();
  const path = trimmed.startsWith("/") ? trimmed.slice(1) : `xl/${trimmed}`;
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
};
