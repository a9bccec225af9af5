import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { message } from "../domain/message.js";
import type { ExportFile } from "../services/exports/export-file.js";
import { EXIT, type CliIo } from "./io.js";
import type { Language } from "./language.js";
import { errorLine } from "./report-error.js";

/** Writes the file's bytes, whole or streamed, to a stream that takes chunks. */
const writeBody = async (body: ExportFile["body"], out: CliIo["stdout"]): Promise<void> => {
  if (body instanceof Uint8Array) {
    out.write(body);
    return;
  }
  for await (const chunk of Readable.from(body)) out.write(chunk as Uint8Array);
};

const saveFile = async (file: ExportFile, path: string): Promise<void> => {
  const source = file.body instanceof Uint8Array ? Readable.from([file.body]) : file.body;
  await pipeline(source, createWriteStream(path));
};

/**
 * Writes a file a command made: to `output`, to standard output for "-",
 * or without -o to the current directory under its own name (a
 * document's bytes are no use on a terminal). Prints the path it wrote.
 */
export const deliverFile = async (
  file: ExportFile,
  output: string | undefined,
  io: CliIo,
  language: Language,
): Promise<number> => {
  if (output === "-") {
    await writeBody(file.body, io.stdout);
    return EXIT.ok;
  }
  const path = resolve(output ?? file.fileName);
  try {
    await saveFile(file, path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      errorLine(
        message(`无法写入 ${path}：${reason}`, `cannot write ${path}: ${reason}`),
        language,
      ),
    );
    return EXIT.inputErrors;
  }
  io.stdout.write(`${path}\n`);
  return EXIT.ok;
};
