/** A file or storage size as people read it: KB under a megabyte, then MB, then GB. */
export const byteSize = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${String(Math.max(bytes === 0 ? 0 : 1, Math.round(bytes / 1024)))} KB`
    : bytes < 1024 * 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
