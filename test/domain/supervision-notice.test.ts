import { chineseDate } from "../../src/domain/iso-date.js";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_NOTICE_SETTINGS,
  formatNoticeNumber,
  issuingOffice,
  numberTemplateProblem,
} from "../../src/domain/supervision-notice.js";

describe("supervision notice numbers", () => {
  it("writes the year and the number where the template says", () => {
    expect(formatNoticeNumber(DEFAULT_NOTICE_SETTINGS.numberTemplate, 2022, 3)).toBe(
      "〔2022〕第3号",
    );
    expect(formatNoticeNumber("江督办〔{year}〕{n}号", 2023, 12)).toBe("江督办〔2023〕12号");
    expect(formatNoticeNumber("第{n}号（{year}年）", 2024, 1)).toBe("第1号（2024年）");
  });

  it("refuses a template without {n} or with other placeholders", () => {
    expect(numberTemplateProblem("〔{year}〕第{n}号")).toBeNull();
    expect(numberTemplateProblem("第{n}号")).toBeNull();
    expect(numberTemplateProblem("〔{year}〕第号")).toBe("must contain {n}");
    expect(numberTemplateProblem("〔{yr}〕第{n}号")).toBe("{yr} is not {year} or {n}");
  });
});

describe("the issuing office", () => {
  it("is the setting, else the plan's issuer's 督查室, else 市政府督查室", () => {
    expect(issuingOffice({ ...DEFAULT_NOTICE_SETTINGS, office: "江州市委督查室" }, "市政府")).toBe(
      "江州市委督查室",
    );
    expect(issuingOffice(DEFAULT_NOTICE_SETTINGS, "江州市人民政府")).toBe("江州市人民政府督查室");
    expect(issuingOffice(DEFAULT_NOTICE_SETTINGS, null)).toBe("市政府督查室");
  });
});

it("writes days as notices do", () => {
  expect(chineseDate("2022-07-05")).toBe("2022年7月5日");
});
