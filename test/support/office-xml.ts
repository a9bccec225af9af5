import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { Readable } from "node:stream";

/**
 * Reading an exported .docx or .xlsx back as XML, for layout tests: the
 * parts as text, and each part's elements parsed by a real XML parser, so a
 * part that is not well-formed fails the test instead of being matched by
 * a regular expression.
 */

export const zipTexts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** 0 for the root element. */
  readonly depth: number;
  /** The text directly inside the element. */
  text: string;
}

/** Every element of a part in document order; throws where the XML is not well-formed. */
export const xmlElements = (xml: string): XmlElement[] => {
  const parser = new SaxesParser();
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const element = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      depth: open.length,
      text: "",
    };
    elements.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) open.pop();
  });
  parser.on("text", (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.write(xml).close();
  return elements;
};

/** The elements of a part with one name. */
export const elementsNamed = (xml: string, name: string): XmlElement[] =>
  xmlElements(xml).filter((element) => element.name === name);

/**
 * What keeps a package from opening cleanly: parts that are not well-formed
 * XML, and parts without a content type (only .rels and the content types
 * themselves are typed by extension). Empty for a sound package.
 */
export const packageProblems = (parts: Readonly<Record<string, string>>): string[] => {
  const overrides = new Set(
    elementsNamed(parts["[Content_Types].xml"] ?? "", "Override").map((o) => o.attributes.PartName),
  );
  return Object.entries(parts).flatMap(([path, xml]) => {
    try {
      xmlElements(xml);
    } catch (error) {
      return [`${path}: ${String(error)}`];
    }
    const byExtension = path.endsWith(".rels") || path === "[Content_Types].xml";
    return byExtension || overrides.has(`/${path}`) ? [] : [`${path}: no content type`];
  });
};

/** The bytes a stream gives, and in how many chunks. */
export const readStream = async (
  stream: Readable,
): Promise<{ bytes: Uint8Array; chunks: number }> => {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk as Uint8Array);
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
};
