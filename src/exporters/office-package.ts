import { xmlText } from "./xml-text.js";
import type { ZipPart } from "./zip-stream.js";

/**
 * The Open Packaging parts every .docx and .xlsx needs around its content:
 * content types, relationships and the core properties (title, creator).
 */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIP = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A relationship type of the officeDocument namespace: "styles", "footer", "worksheet" … */
export const relationshipType = (name: string): string => `${RELATIONSHIP}/${name}`;

/** A part written as one string. */
export const xmlPart = (path: string, xml: string): ZipPart => ({
  path,
  content: [XML_DECLARATION, xml],
});

/** [Content_Types].xml: each listed part by its content type, rels and xml by extension. */
const contentTypesPart = (overrides: readonly (readonly [path: string, type: string])[]) =>
  xmlPart(
    "[Content_Types].xml",
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides
        .map(([path, type]) => `<Override PartName="/${path}" ContentType="${type}"/>`)
        .join("") +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      "</Types>",
  );

/** A relationships part; `targets` are [type, target] pairs, numbered rId1, rId2 … in order. */
const relationshipsPart = (
  path: string,
  targets: readonly (readonly [type: string, target: string])[],
): ZipPart =>
  xmlPart(
    path,
    `<Relationships xmlns="${PACKAGE_RELATIONSHIP}">` +
      targets
        .map(
          ([type, target], i) =>
            `<Relationship Id="rId${i + 1}" Type="${type}" Target="${xmlText(target)}"/>`,
        )
        .join("") +
      "</Relationships>",
  );

/** _rels/.rels: the main part and the core properties. */
const packageRelationshipsPart = (mainPart: string): ZipPart =>
  relationshipsPart("_rels/.rels", [
    [relationshipType("officeDocument"), mainPart],
    [`${PACKAGE_RELATIONSHIP}/metadata/core-properties`, "docProps/core.xml"],
  ]);

/** docProps/core.xml: the title offices see in the file's properties, and who wrote it. */
const corePropertiesPart = (title: string, created: Date): ZipPart =>
  xmlPart(
    "docProps/core.xml",
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${xmlText(title)}</dc:title><dc:creator>Duban</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${created.toISOString().slice(0, 19)}Z</dcterms:created>` +
      "</cp:coreProperties>",
  );

/** What a document is made of, beside the parts it writes itself. */
export interface OfficePackage {
  /** The main part, e.g. "word/document.xml". */
  readonly mainPart: string;
  /** Every part the document writes, with its content type. */
  readonly typedParts: readonly (readonly [path: string, type: string])[];
  /** The main part's relationships, [type, target relative to it], numbered rId1, rId2 … */
  readonly mainRelationships: readonly (readonly [type: string, target: string])[];
  readonly title: string;
  readonly created: Date;
}

/** Content types, the package's and the main part's relationships, and the core properties. */
export const packageParts = (pkg: OfficePackage): ZipPart[] => {
  const slash = pkg.mainPart.lastIndexOf("/");
  const mainRels = `${pkg.mainPart.slice(0, slash)}/_rels/${pkg.mainPart.slice(slash + 1)}.rels`;
  return [
    contentTypesPart(pkg.typedParts),
    packageRelationshipsPart(pkg.mainPart),
    corePropertiesPart(pkg.title, pkg.created),
    relationshipsPart(mainRels, pkg.mainRelationships),
  ];
};
