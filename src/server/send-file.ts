import { create as contentDisposition } from "content-disposition";
import type { FastifyReply } from "fastify";
import type { ExportFile } from "../services/exports/export-file.js";

/**
 * The name for clients that cannot read the UTF-8 one (curl -J among them): its ASCII
 * parts joined by "_" ("2022_2022_6_30.csv"), or "duban" with its extension.
 */
const asciiFallback = (fileName: string): string => {
  const extension = /\.[A-Za-z0-9]+$/.exec(fileName)?.[0] ?? "";
  const ascii = fileName
    .slice(0, fileName.length - extension.length)
    .replace(/["\\]/g, "")
    .replace(/[^\x20-\x7e]+/g, "_")
    .replace(/^[_\s]+|[_\s]+$/g, "");
  return `${ascii === "" ? "duban" : ascii}${extension}`;
};

/**
 * Sends a file as a download. The name goes out twice (RFC 6266): an ASCII
 * fallback for old clients and the UTF-8 name (RFC 5987) that browsers,
 * Outlook and WPS show, so "进展情况通报.docx" keeps its Chinese name.
 * Nothing a file holds is for shared caches, nor for the browser after the download.
 */
export const sendFile = (
  reply: FastifyReply,
  file: ExportFile,
  disposition: "attachment" | "inline" = "attachment",
): FastifyReply =>
  reply
    .header("content-type", file.contentType)
    .header("cache-control", "private, no-store")
    .header(
      "content-disposition",
      contentDisposition(file.fileName, {
        type: disposition,
        fallback: asciiFallback(file.fileName),
      }),
    )
    .send(
      file.body instanceof Uint8Array
        ? Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength)
        : file.body,
    );
