import { describe, expect, it } from "vitest";
import { fieldLabel } from "../../src/server/field-names.js";

describe("a request field as people know it", () => {
  it("names known fields in both languages, with an item's place in its list", () => {
    expect(fieldLabel(["version"])).toEqual({ zh: "「版本」", en: '"version"' });
    expect(fieldLabel(["files", "0"])).toEqual({ zh: "第1个「文件」", en: '"file" number 1' });
    expect(fieldLabel(["milestoneIds", "2"]).zh).toBe("第3个「节点计划」");
    expect(fieldLabel(["contact", "url"])).toEqual({ zh: "「地址」", en: '"address"' });
  });

  it("falls back to the field's own name, and to the request as a whole", () => {
    expect(fieldLabel(["somethingNew"]).zh).toBe("「somethingNew」");
    expect(fieldLabel([])).toEqual({ zh: "请求内容", en: "the request" });
  });
});
