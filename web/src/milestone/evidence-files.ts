import type { UploadFile } from "antd";

/** The server's limits (src/domain/evidence-file.ts): it refuses more, and sniffs each file's bytes. */
export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** What the file chooser offers: PDF, images, Office documents and OFD. */
export const EVIDENCE_ACCEPT =
  ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.ofd";

export interface EvidenceUpload {
  readonly name: string;
  readonly contentBase64: string;
}

const base64Of = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL is "data:<type>;base64,<bytes>": keep the bytes.
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.replace(/^[^,]*,/, ""));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error(`could not read ${file.type}`));
    };
    reader.readAsDataURL(file);
  });

/** The files collected by the drop zone, as the API takes them: JSON with each file in base64. */
export const evidenceUploads = (
  files: readonly UploadFile[] | undefined,
): Promise<EvidenceUpload[]> =>
  Promise.all(
    (files ?? []).flatMap((file) =>
      file.originFileObj === undefined
        ? []
        : [
            base64Of(file.originFileObj).then((contentBase64) => ({
              name: file.name,
              contentBase64,
            })),
          ],
    ),
  );
