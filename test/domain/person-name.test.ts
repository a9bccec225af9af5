import { describe, expect, it } from "vitest";
import { looksLikePersonName } from "../../src/domain/person-name.js";

describe("looksLikePersonName", () => {
  it.each([
    "张三",
    "李小明",
    "欧阳明",
    "欧阳娜娜",
    "张　三",
    " 王 强 ",
    "张三副市长",
    "李四局长",
    "王五主任",
    "赵六市委常委、常务副市长",
    "张三（副市长）",
    "张三(市政府副秘书长)",
    "陈明（市委常委、宣传部部长）",
    "区伟东",
  ])("%j is a person", (text) => {
    expect(looksLikePersonName(text)).toBe(true);
  });

  it.each([
    "市科技局",
    "科技局",
    "教育局",
    "国资委",
    "卫健委",
    "海关",
    "市妇联",
    "团市委",
    "司法局",
    "应急管理局",
    "各县（市、区）政府",
    "张三、李四",
    "张三（市科技局）",
    "张",
    "王小明明明",
    "",
    "市政府办公室",
  ])("%j is not a person", (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });
});
