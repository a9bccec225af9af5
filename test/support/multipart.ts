/** A multipart/form-data body of text fields and files, as a browser's FormData sends it. */
export const multipartOf = async (
  files: readonly (readonly [name: string, bytes: Uint8Array])[],
  field = "files",
  texts: Readonly<Record<string, string>> = {},
): Promise<{ readonly body: Buffer; readonly contentType: string }> => {
  const form = new FormData();
  for (const [name, value] of Object.entries(texts)) form.append(name, value);
  for (const [name, bytes] of files) form.append(field, new Blob([bytes]), name);
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get("content-type") ?? "",
  };
};
