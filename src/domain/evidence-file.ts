/**
 * Evidence attached to reports and completions: PDF, images, Office
 * documents. The type is read from the bytes, never taken from the name or
 * the client's word, so a renamed executable is refused.
 */
export type EvidenceType =
  | "application/pdf"
  | "image/png"
  | "image/jpeg"
  | "image/gif"
  | "image/webp"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  | "application/vnd.openxmlformats-officedocument.presentationml.presentation"
  | "application/msword"
  | "application/vnd.ms-excel"
  | "application/vnd.ms-powerpoint"
  | "application/ofd";

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

const OOXML_BY_EXTENSION: Readonly<Record<string, EvidenceType>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  // OFD, China's national fixed-layout format (GB/T 33190), is a zip as well.
  ofd: "application/ofd",
};

/**
 * What [Content_Types].xml must declare for the package's main part: a zip
 * is only a Word, Excel or PowerPoint file if it says it is one.
 */
export const OOXML_MAIN_PART_TYPE: Readonly<Partial<Record<EvidenceType, string>>> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation":
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
};

const OLE_BY_EXTENSION: Readonly<Record<string, EvidenceType>> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

const extensionOf = (name: string): string => name.toLowerCase().split(".").pop() ?? "";

/**
 * The type of an evidence file from its first bytes; null when it is none
 * of the accepted kinds. Zip and OLE containers hold several Office kinds:
 * there the name tells which, but only among types the bytes allow. An
 * Office zip must still show its main part (OOXML_MAIN_PART_TYPE), which
 * takes opening the archive.
 */
export const sniffEvidenceType = (bytes: Uint8Array, name: string): EvidenceType | null => {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return OOXML_BY_EXTENSION[extensionOf(name)] ?? null;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return OLE_BY_EXTENSION[extensionOf(name)] ?? null;
  }
  return null;
};
