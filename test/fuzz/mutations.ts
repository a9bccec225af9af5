import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import fc from "fast-check";

/**
 * Mutated forms of a reference table, for fuzzing the importers: bytes
 * flipped and files cut short at any format, and for each format the damage
 * its own reader must survive: XML edits inside a re-zipped archive (so the
 * reader gets past the zip layer), CSV/TXT cell, quote and encoding edits.
 */

const XML_TOKENS = [
  "<",
  ">",
  "/>",
  '"',
  "&amp;",
  "&#0;",
  "&#x10FFFF;",
  "&undefined;",
  "<![CDATA[",
  "]]>",
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  "\u0000",
  "\uD800",
];
const DOCX_TOKENS = [
  "<w:tr>",
  "</w:tr>",
  "<w:tc>",
  "</w:tc>",
  "<w:tbl>",
  "</w:tbl>",
  "<w:p>",
  "</w:p>",
  "<w:t>",
  "</w:t>",
  "<w:br/>",
  '<w:gridSpan w:val="1000000"/>',
  '<w:gridSpan w:val="-1"/>',
  '<w:vMerge w:val="restart"/>',
  "<w:vMerge/>",
  '<w:gridCol w:w="1"/>',
  "<w:tblGrid></w:tblGrid>",
];
const XLSX_TOKENS = [
  '<c r="A1" t="s"><v>999999</v></c>',
  '<c r="XFD1048576"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c t="s"><v>-1</v></c>',
  '<c r="B2" s="9999"><v>1e308</v></c>',
  '<c r="C3" t="inlineStr"><is><t>序号</t></is></c>',
  '<c r="D4" s="1"><v>44742.5</v></c>',
  '<row r="1048576">',
  '<row r="0">',
  "</row>",
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:A1"/>',
  "<si><t>工作任务</t></si>",
  '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>',
  '<sheet name="x" sheetId="9" r:id="rId99"/>',
];
const TEXT_TOKENS = [
  ",",
  '"',
  '""',
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\uFEFF",
  "\u0000",
  "\uFFFD",
  "序号,工作任务,节点计划,责任单位,完成时限\n",
  "6月30日",
  "2022年12月31日前",
  "每季度末",
  "（1）",
  "二、",
  "市科技局、市审计局",
  "牵头单位：",
  "x".repeat(25_000),
];
const CELL_TEXT = fc.string({ unit: "grapheme", maxLength: 12 });

/** Up to eight edits to a text: each deletes a run at a position and inserts a token there. */
const textEdits = (text: string, tokens: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: text.length }),
        fc.nat({ max: 64 }),
        fc.oneof(fc.constantFrom(...tokens), CELL_TEXT),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((edits) =>
      edits.reduce(
        (edited, [at, removed, inserted]) =>
          edited.slice(0, at % (edited.length + 1)) +
          inserted +
          edited.slice((at % (edited.length + 1)) + removed),
        text,
      ),
    );

const byteFlips = (bytes: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc
    .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 16,
    })
    .map((flips) => {
      const out = Uint8Array.from(bytes);
      for (const [at, value] of flips) out[at] = value;
      return out;
    });

const truncations = (bytes: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc.nat({ max: bytes.length }).map((length) => bytes.slice(0, length));

/** An Office file with one of its XML parts edited, zipped again. */
const zippedXmlEdits = (bytes: Uint8Array, tokens: readonly string[]): fc.Arbitrary<Uint8Array> => {
  const parts = unzipSync(bytes);
  const xmlNames = Object.keys(parts).filter(
    (name) => name.endsWith(".xml") || name.endsWith(".rels"),
  );
  return fc
    .constantFrom(...xmlNames)
    .chain((name) =>
      textEdits(strFromU8(parts[name] ?? new Uint8Array()), [...XML_TOKENS, ...tokens]).map((xml) =>
        zipSync({ ...parts, [name]: strToU8(xml) }),
      ),
    );
};

const ENCODERS: readonly ((text: string) => Uint8Array)[] = [
  (text) => strToU8(text),
  (text) => strToU8(`\uFEFF${text}`),
  (text) => Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]),
  (text) => Uint8Array.from(Buffer.from(text, "latin1")),
];

/** A text table edited, then encoded as UTF-8 (with or without BOM), UTF-16LE or Latin-1. */
const textTableEdits = (
  bytes: Uint8Array,
  encoding: "utf8" | "gb18030",
): fc.Arbitrary<Uint8Array> => {
  if (encoding === "gb18030") {
    // Bytes in GB18030's lead and trail ranges, spliced in: half characters and stray pairs.
    return fc
      .tuple(
        fc.nat({ max: bytes.length }),
        fc.uint8Array({ minLength: 1, maxLength: 8, min: 0x30, max: 0xfe }),
      )
      .map(([at, inserted]) =>
        Uint8Array.from([...bytes.subarray(0, at), ...inserted, ...bytes.subarray(at)]),
      );
  }
  const text = new TextDecoder().decode(bytes);
  return fc
    .tuple(textEdits(text, TEXT_TOKENS), fc.nat({ max: ENCODERS.length - 1 }))
    .map(([edited, encoder]) => (ENCODERS[encoder] ?? strToU8)(edited));
};

export type FuzzFormat = "docx" | "xlsx" | "csv" | "gbk.csv" | "txt" | "htm";

/** Every kind of damage to one reference file, chosen evenly. */
export const mutationsOf = (format: FuzzFormat, bytes: Uint8Array): fc.Arbitrary<Uint8Array> => {
  const own =
    format === "docx"
      ? zippedXmlEdits(bytes, DOCX_TOKENS)
      : format === "xlsx"
        ? zippedXmlEdits(bytes, XLSX_TOKENS)
        : textTableEdits(bytes, format === "gbk.csv" ? "gb18030" : "utf8");
  return fc.oneof(byteFlips(bytes), truncations(bytes), own, own);
};
