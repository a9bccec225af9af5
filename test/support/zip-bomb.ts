import { constants, crc32, deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

const MiB = 1024 * 1024;

/**
 * A .docx whose word/document.xml is `inflatedMiB` MiB of blanks, about a
 * thousandth of that packed. The part is one megabyte deflated once and its
 * blocks repeated (a full flush makes each repetition stand alone), so that a
 * gigabyte bomb costs a second to build.
 */
export const zipBomb = (inflatedMiB: number): Uint8Array => {
  const plain = new Uint8Array(MiB).fill(0x20);
  const block = deflateRawSync(plain, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(new Uint8Array(0));
  const packed = new Uint8Array(block.length * inflatedMiB + last.length);
  let crc = 0;
  for (let index = 0; index < inflatedMiB; index += 1) {
    packed.set(block, index * block.length);
    crc = crc32(plain, crc);
  }
  packed.set(last, block.length * inflatedMiB);

  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  // Already deflated: handed to the archive as is, with the plain part's size and checksum.
  const file: ZipInputFile = {
    filename: "word/document.xml",
    size: inflatedMiB * MiB,
    crc,
    compression: 8,
  };
  zip.add(file);
  file.ondata?.(null, packed, true);
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
};
