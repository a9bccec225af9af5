import { ApiFailure, csrfHeader, wrote, type ApiError } from "./api.js";

/** How much of an upload has gone: a fraction from 0 to 1. */
export type UploadProgress = (fraction: number) => void;

const failureOf = (request: XMLHttpRequest, path: string): Error => {
  const contentType = request.getResponseHeader("content-type") ?? "";
  if (contentType.includes("json")) {
    return new ApiFailure(JSON.parse(request.responseText) as ApiError);
  }
  return new Error(`POST ${path}: HTTP ${String(request.status)}`);
};

/**
 * An upload: a multipart form, or a file as the raw body (a table to
 * import), sent with its type or else as application/octet-stream. Sent
 * with XMLHttpRequest, as fetch cannot report how much of a body has gone.
 */
export const upload = <T>(
  path: string,
  body: FormData | Blob,
  onProgress?: UploadProgress,
): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", path);
    const csrf = csrfHeader();
    if (csrf !== null) request.setRequestHeader("x-csrf-token", csrf);
    if (body instanceof Blob) {
      request.setRequestHeader("content-type", body.type || "application/octet-stream");
    }
    if (onProgress !== undefined) {
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
    }
    request.onload = () => {
      if (request.status < 200 || request.status >= 300) {
        reject(failureOf(request, path));
        return;
      }
      wrote("POST", path);
      resolve(JSON.parse(request.responseText) as T);
    };
    request.onerror = () => {
      reject(new Error(`POST ${path}: the server could not be reached`));
    };
    request.send(body);
  });
