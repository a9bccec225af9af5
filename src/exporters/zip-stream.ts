import { Readable } from "node:stream";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";

/**
 * The streaming zip writer under the .docx and .xlsx exporters: each part is
 * a generator of XML text, deflated as it is produced and handed on in
 * chunks, so a 20,000-row table never exists as one string or object model.
 * The stream is pulled: a slow reader (a download) holds the generators.
 */

export interface ZipPart {
  /** Path inside the archive, e.g. "word/document.xml". */
  readonly path: string;
  readonly content: Iterable<string>;
}

/**
 * Text gathered before it is encoded and deflated. Each batch is deflated on
 * its own (see NativeDeflate), so batches are large enough that the lost
 * back-references across them cost next to nothing.
 */
const BATCH_CHARS = 1 << 18;
const LEVEL = 6;

/**
 * A zip entry deflated by Node's zlib, which is several times faster than
 * fflate's JavaScript deflate on a large table (fflate's Zip still writes the
 * archive). Every batch but the last ends in a sync flush, so the batches
 * concatenate into one valid deflate stream; size and CRC are written in the
 * entry's data descriptor once the last batch is in.
 */
class NativeDeflate implements ZipInputFile {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;

  constructor(readonly filename: string) {}

  push(data: Uint8Array, final: boolean): void {
    this.size += data.length;
    this.crc = crc32(data, this.crc);
    const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    const compressed = deflateRawSync(data, { level: LEVEL, finishFlush: flush });
    // A copy typed as a plain Uint8Array; the compressed batch is small.
    this.ondata?.(null, new Uint8Array(compressed), final);
  }
}

const encoder = new TextEncoder();

function* zipChunks(parts: Iterable<ZipPart>): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else ready.push(data);
  });
  const drain = function* (): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* ready.splice(0);
  };
  for (const part of parts) {
    const file = new NativeDeflate(part.path);
    zip.add(file);
    let batch = "";
    for (const text of part.content) {
      batch += text;
      if (batch.length < BATCH_CHARS) continue;
      file.push(encoder.encode(batch), false);
      batch = "";
      yield* drain();
    }
    file.push(encoder.encode(batch), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

/** The parts as one zip archive, produced as the stream is read. */
export const zipStream = (parts: Iterable<ZipPart>): Readable =>
  Readable.from(zipChunks(parts), { objectMode: false });

/** The whole archive in memory, for callers that want bytes (tests, small files). */
export const zipBytes = (parts: Iterable<ZipPart>): Uint8Array =>
  Buffer.concat([...zipChunks(parts)]);
