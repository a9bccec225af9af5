import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { noticeToDocx } from "../../src/exporters/notice-docx.js";
import { readNotice } from "../support/read-notice.js";
import { SAMPLE_NOTICE as NOTICE } from "../support/sample-notice.js";

describe("the supervision notice as .docx", () => {
  it("shows the number, the addressee, the matter, both deadlines, the delay and the reply date", async () => {
    const read = readNotice(await noticeToDocx(NOTICE));
    expect(read.paragraphs.slice(0, 2)).toEqual(["督办通知单", "〔2022〕第3号"]);
    expect(read.field("承办单位")).toBe("市科技局");
    expect(read.field("配合单位")).toBe("市税务局");
    expect(read.field("督办事项")).toBe(
      "2022年市政府重点工作任务分解表\n202. 深入实施科技“双百工程”，高新技术企业突破2300家。\n节点计划202（2）：组织受理各批次的高新技术企业申报。",
    );
    expect(read.field("原定时限")).toBe("10月底前（2022年10月31日）");
    expect(read.field("现定时限")).toBe("2022年11月15日（经批准延期）");
    expect(read.field("逾期情况")).toBe("截至2022年11月20日，已逾期5天，已达“提醒”级");
    expect(read.field("最新进展")).toBe("2022年9月25日报送：已受理第一批申报 & 正在评审<复核>");
    expect(read.field("办理要求")).toContain("于2022年11月25日前将办理情况书面反馈市政府督查室");
    expect(read.field("反馈时限")).toBe("2022年11月25日前（5个工作日内）");
    expect(read.field("签发单位")).toBe("市政府督查室");
    expect(read.field("签发日期")).toBe("2022年11月20日");
    // The reply slip, below the cut line, names the notice it answers.
    expect(read.paragraphs).toContain("督办通知单回执");
    expect(read.tables).toHaveLength(2);
    expect(read.tables[1]?.[0]).toEqual(["通知单编号", "〔2022〕第3号", "承办单位", "市科技局"]);
  });

  it("says when the deadline was not extended and no progress was reported", async () => {
    const read = readNotice(
      await noticeToDocx({
        ...NOTICE,
        cooperating: [],
        currentDue: "2022-10-31",
        escalationLevel: null,
        latestReport: null,
      }),
    );
    expect(read.field("现定时限")).toBe("2022年10月31日（未延期）");
    expect(read.field("配合单位")).toBe("无");
    expect(read.field("逾期情况")).toBe("截至2022年11月20日，已逾期5天");
    expect(read.field("最新进展")).toBe("尚未报送进展");
  });

  it("is laid out as a notice: A4 portrait, the usual fonts, a bordered form", async () => {
    const { documentXml: xml } = readNotice(await noticeToDocx(NOTICE));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"(?: w:orient="portrait")?\/>/);
    expect(xml).toContain('w:top="1701"');
    expect(xml).toContain('w:left="1587"');
    // The title in 方正小标宋简体 at 22 pt, centred.
    const title =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*督办通知单<\/w:t>[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? "";
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    // Labels in 黑体, text in 仿宋_GB2312.
    const labelRun =
      /<w:r>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>承办单位<\/w:t><\/w:r>/.exec(xml)?.[0] ?? "";
    expect(labelRun).toContain('w:eastAsia="黑体"');
    const textRun =
      /<w:r>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>市政府督查室<\/w:t><\/w:r>/.exec(xml)?.[0] ?? "";
    expect(textRun).toContain('w:eastAsia="仿宋_GB2312"');
    // Every table bordered all round and inside.
    const borders = [...xml.matchAll(/<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/g)].map((m) => m[1]);
    expect(borders).toHaveLength(2);
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
      for (const set of borders) expect(set).toMatch(new RegExp(`<w:${side} w:val="single"`));
    }
  });

  it("names a substitute for each government font, as the table and the bulletin do", async () => {
    const parts = unzipSync(await noticeToDocx(NOTICE));
    const fontTable = strFromU8(parts["word/fontTable.xml"] ?? new Uint8Array());
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fontTable).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
  });
});
