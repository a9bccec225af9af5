import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { FastifyRequest } from "fastify";
import { MAX_EVIDENCE_FILES } from "../domain/evidence-file.js";
import { message } from "../domain/message.js";
import { DubanError } from "../services/duban-error.js";
import { fileTooLarge, type SpooledUpload } from "../services/workflow/evidence.js";

/** @fastify/multipart's refusals, as the limits a person knows. */
const refusalOf = (error: unknown, name: string | null): DubanError | undefined => {
  const code = (error as { code?: unknown }).code;
  if (code === "FST_REQ_FILE_TOO_LARGE") return fileTooLarge(name);
  if (code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT") {
    return new DubanError(
      "attachment.too_large",
      message(
        `一次最多上传 ${MAX_EVIDENCE_FILES} 个附件，且只含文件`,
        `At most ${MAX_EVIDENCE_FILES} files at once, and nothing but files`,
      ),
      { field: "body.files" },
    );
  }
  return undefined;
};

/** A text field cut short by the route's field size limit: refused, never taken shortened. */
const fieldTooLong = (name: string): DubanError =>
  new DubanError(
    "attachment.too_large",
    message(`表单项「${name}」过长`, `The form field "${name}" is too long`),
    { field: `body.${name}` },
  );

/**
 * The files of a multipart request, each streamed to a temporary file as it
 * arrives (the per-file limit cuts one off mid-way), so that no request is
 * ever held in memory, and its text fields where the route's limits allow
 * any. `use` runs on them; the files are gone afterwards, whatever happened.
 */
export const withSpooledUploads = async <T>(
  request: FastifyRequest,
  use: (files: readonly SpooledUpload[], fields: Readonly<Record<string, string>>) => Promise<T>,
): Promise<T> => {
  const folder = await mkdtemp(join(tmpdir(), "duban-evidence-"));
  try {
    const files: SpooledUpload[] = [];
    // No prototype: a field named "__proto__" is a field like any other.
    const fields = Object.create(null) as Record<string, string>;
    let current: string | null = null;
    try {
      for await (const part of request.parts()) {
        if (part.type === "field") {
          if (part.valueTruncated) throw fieldTooLong(part.fieldname);
          fields[part.fieldname] = String(part.value);
          continue;
        }
        current = part.filename;
        const path = join(folder, String(files.length));
        const out = createWriteStream(path);
        await pipeline(part.file, out);
        files.push({ name: part.filename, path, size: out.bytesWritten });
      }
    } catch (error) {
      throw refusalOf(error, current) ?? error;
    }
    return await use(files, fields);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};
