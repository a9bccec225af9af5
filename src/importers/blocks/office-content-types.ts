import { SaxesParser } from "saxes";
import { message } from "../../domain/message.js";
import { ImportFailure } from "../import-failure.js";
import { DEFAULT_LIMITS } from "../limits.js";
import { readZip } from "./read-zip.js";

const CONTENT_TYPES = "[Content_Types].xml";

/** The manifest is a few kilobytes; a megabyte inflated is a zip bomb or not Office at all. */
const MANIFEST_LIMITS = {
  maxInflatedBytes: 1024 * 1024,
  maxArchiveEntries: 10_000,
  maxCompressionRatio: DEFAULT_LIMITS.maxCompressionRatio,
  ratioCheckedFromBytes: DEFAULT_LIMITS.ratioCheckedFromBytes,
};

const notOffice = (fileName: string, zh: string, en: string): ImportFailure =>
  new ImportFailure({
    severity: "error",
    code: "archive.not_office",
    message: message(
      `「${fileName}」不是有效的 Office 文档：${zh}`,
      `"${fileName}" is not a valid Office document: ${en}`,
    ),
    location: { file: fileName },
  });

/**
 * The content types an Office (OOXML) package declares for its parts in
 * [Content_Types].xml, the only part inflated. An archive without that
 * manifest, or with one that is not a <Types> document, is refused with an
 * ImportFailure, as is a corrupt archive (readZip).
 */
export const declaredPartTypes = (bytes: Uint8Array, fileName: string): ReadonlySet<string> => {
  const manifest = readZip(bytes, fileName, MANIFEST_LIMITS, (path) => path === CONTENT_TYPES).get(
    CONTENT_TYPES,
  );
  if (manifest === undefined)
    throw notOffice(fileName, `缺少 ${CONTENT_TYPES}`, `no ${CONTENT_TYPES}`);
  const types = new Set<string>();
  let root: string | undefined;
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (tag) => {
    const name = tag.name.slice(tag.name.indexOf(":") + 1);
    root ??= name;
    const type = tag.attributes.ContentType;
    if (name === "Override" && typeof type === "string") types.add(type.trim().toLowerCase());
  });
  try {
    parser.write(new TextDecoder("utf-8").decode(manifest)).close();
  } catch {
    throw notOffice(
      fileName,
      `${CONTENT_TYPES} 不是有效的 XML`,
      `${CONTENT_TYPES} is not well-formed XML`,
    );
  }
  if (root !== "Types") {
    throw notOffice(
      fileName,
      `${CONTENT_TYPES} 不是内容类型清单`,
      `${CONTENT_TYPES} is not a <Types> manifest`,
    );
  }
  return types;
};
