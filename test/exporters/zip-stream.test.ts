import { crc32 } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipBytes, zipStream, type ZipPart } from "../../src/exporters/zip-stream.js";
import { readStream } from "../support/office-xml.js";

/** The CRC-32 and uncompressed size each central directory entry states, by name. */
const centralDirectory = (zip: Uint8Array): Map<string, { crc: number; size: number }> => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const entries = new Map<string, { crc: number; size: number }>();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
};

/** Long enough to be deflated in several batches, each ending in a sync flush. */
function* longText(): Generator<string> {
  for (let i = 0; i < 40_000; i += 1) yield `<row r="${i}">第${i}行：推进重点项目建设</row>`;
}

const parts = (): ZipPart[] => [
  { path: "small.xml", content: ["<a>", "甲&amp;乙", "</a>"] },
  { path: "empty.xml", content: [] },
  { path: "large.xml", content: longText() },
];

describe("the streaming zip writer", () => {
  it("writes deflated parts that inflate to their text, with the CRC and size stated", () => {
    const zip = zipBytes(parts());
    const files = unzipSync(zip);
    const large = [...longText()].join("");
    expect(strFromU8(files["small.xml"] ?? new Uint8Array())).toBe("<a>甲&amp;乙</a>");
    expect(files["empty.xml"]).toHaveLength(0);
    expect(strFromU8(files["large.xml"] ?? new Uint8Array())).toBe(large);
    const stated = centralDirectory(zip);
    for (const [name, data] of Object.entries(files)) {
      expect(stated.get(name), name).toEqual({ crc: crc32(data) >>> 0, size: data.length });
    }
    expect(zip.length).toBeLessThan(Buffer.byteLength(large) / 4);
  });

  it("streams the same archive in chunks, as its reader pulls them", async () => {
    const { bytes, chunks } = await readStream(zipStream(parts()));
    expect(chunks).toBeGreaterThan(2);
    const texts = (zip: Uint8Array) =>
      Object.entries(unzipSync(zip)).map(([name, data]) => [name, strFromU8(data)]);
    expect(texts(bytes)).toEqual(texts(zipBytes(parts())));
  });
});
