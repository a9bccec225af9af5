import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { parse } from "content-disposition";
import { sendFile } from "../../src/server/send-file.js";

const served = async (fileName: string) => {
  const app = Fastify();
  app.get("/file", (_request, reply) =>
    sendFile(reply, { fileName, contentType: "text/csv; charset=utf-8", body: Uint8Array.of(65) }),
  );
  const response = await app.inject({ method: "GET", url: "/file" });
  await app.close();
  return response;
};

describe("a file sent as a download", () => {
  it("keeps its Chinese name for browsers and gives old clients an ASCII one", async () => {
    const response = await served("2022年重点工作任务（市科技局牵头部分）.docx");
    const header = String(response.headers["content-disposition"]);
    expect(header).toContain("filename=2022.docx;");
    expect(header).toContain("filename*=UTF-8''2022%E5%B9%B4");
    expect(parse(header).parameters.filename).toBe("2022年重点工作任务（市科技局牵头部分）.docx");
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(response.body).toBe("A");
  });

  it("keeps the ASCII parts of a name apart, so that dates stay readable", async () => {
    const header = String(
      (await served("2022年市政府重点工作任务分解表截至2022年6月30日.csv")).headers[
        "content-disposition"
      ],
    );
    expect(header).toContain("filename=2022_2022_6_30.csv;");
  });

  it("names a file without any ASCII part duban, with its extension", async () => {
    const header = String((await served("进展情况通报.xlsx")).headers["content-disposition"]);
    expect(header).toContain("filename=duban.xlsx;");
  });

  it("cannot be made to break out of the header by a quote in the name", async () => {
    const header = String((await served('a"b\\c.csv')).headers["content-disposition"]);
    expect(parse(header).type).toBe("attachment");
    expect(header).toContain("filename=abc.csv;");
    expect(parse(header).parameters.filename).toBe('a"b\\c.csv');
  });
});
