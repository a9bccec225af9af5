import type { FastifyRequest } from "fastify";
import { message } from "../domain/message.js";
import type { PlanCorrection } from "../domain/plan-corrections.js";
import { DubanError } from "../services/duban-error.js";
import { correctionsTooLarge, readCorrections } from "../services/plan-corrections-input.js";

/** What an import request carries: the file, and the preview's corrections when sent. */
export interface ImportForm {
  readonly bytes: Uint8Array;
  readonly corrections?: readonly PlanCorrection[];
}

const malformed = (en: string, zh: string): DubanError =>
  new DubanError("import.invalid_corrections", message(zh, en), { field: "body" });

/**
 * `POST /api/plans` takes the file as the body itself, or a multipart form
 * with a `file` part and a `corrections` part (JSON, as a field or a file).
 * The limits of @fastify/multipart stop an oversized part mid-stream.
 */
export const readImportForm = async (request: FastifyRequest): Promise<ImportForm> => {
  if (!request.isMultipart()) {
    const body = request.body;
    return { bytes: body instanceof Uint8Array ? body : new Uint8Array() };
  }
  let bytes: Uint8Array | undefined;
  let corrections: readonly PlanCorrection[] | undefined;
  for await (const part of request.parts()) {
    if (part.fieldname === "file" && part.type === "file") {
      bytes = await part.toBuffer();
    } else if (part.fieldname === "corrections") {
      // A field over the limit arrives cut short, which must not read as a shorter list.
      if (part.type === "field" && part.valueTruncated) throw correctionsTooLarge();
      const json =
        part.type === "file" ? (await part.toBuffer()).toString("utf8") : String(part.value);
      corrections = readCorrections(json);
    } else {
      if (part.type === "file") part.file.resume();
      throw malformed(
        `Unexpected part "${part.fieldname}": send "file" and optionally "corrections"`,
        `多余的表单项「${part.fieldname}」：只接受 file 与 corrections`,
      );
    }
  }
  if (bytes === undefined) {
    throw malformed('The form has no "file" part', "表单中没有 file（要导入的文件）");
  }
  return { bytes, ...(corrections === undefined ? {} : { corrections }) };
};
