import { describe, expect, it } from "vitest";
import {
  applySites,
  sitesOf,
  type MutableDocument,
  type MutationKind,
} from "../support/corpus/text-mutations.js";

/** The corpus mutations change only what they mean to: checked with every site applied. */

const prose = (text: string): MutableDocument => ({
  text,
  layout: null,
  spacesAreSeparators: false,
});
const allOf = (kind: MutationKind, document: MutableDocument): string =>
  applySites(document.text, sitesOf(kind, document));

describe("corpus text mutations", () => {
  it("exchange punctuation in responsibility brackets, role colons and numbers, not inside names", () => {
    const text =
      "1．推进“双随机、一公开”。（牵头单位：市甲局；配合单位：各县（市、区）政府）\n（1）3月底前，完成。";
    expect(allOf("punctuation", prose(text))).toBe(
      "1.推进“双随机、一公开”。(牵头单位:市甲局;配合单位:各县（市、区）政府)\n(1)3月底前，完成。",
    );
  });

  it("put wrap spaces only between two ideographs, and none where spaces separate", () => {
    expect(allOf("wrap-spaces", prose("2月中旬，A市"))).toBe("2月 中 旬，A市");
    // After a whole unit name a space would read as a separator: 市公安局 交警支队.
    expect(allOf("wrap-spaces", prose("市公安局交警支队"))).toBe("市 公 安 局交 警 支 队");
    expect(
      sitesOf("wrap-spaces", { ...prose("市甲局  市乙局"), spacesAreSeparators: true }),
    ).toEqual([]);
  });

  it("leave a list that a verb follows alone", () => {
    expect(
      sitesOf(
        "unit-separators",
        prose("市教育局、市住房城乡建设局分别牵头，市财政局、市税务局配合。"),
      ),
    ).toEqual([]);
  });

  it("exchange 、 and ， between unit names only", () => {
    expect(allOf("unit-separators", prose("推进“双随机、一公开”。市甲局、市乙局，各县政府"))).toBe(
      "推进“双随机、一公开”。市甲局，市乙局、各县政府",
    );
  });

  it("repeat a line table's header before each later numbered row", () => {
    const text = "标题\n序号,工作任务\n1,甲\n,乙\n2,丙\n3,丁\n";
    expect(allOf("header-repeated", { ...prose(text), layout: "line" })).toBe(
      "标题\n序号,工作任务\n1,甲\n,乙\n序号,工作任务\n2,丙\n序号,工作任务\n3,丁\n",
    );
  });

  it("repeat a cell-per-line header block, its blank line included", () => {
    const text = "序号\n工作任务\n\n1\n甲\n\n2\n乙\n";
    expect(allOf("header-repeated", { ...prose(text), layout: "cell-per-line" })).toBe(
      "序号\n工作任务\n\n1\n甲\n\n序号\n工作任务\n\n2\n乙\n",
    );
  });

  it("repeat every row of an HTML header before a numbered row", () => {
    const text =
      "<tr><td>序号</td><td>单位</td></tr>\n<tr><td>牵头</td></tr>\n<tr><td>1</td></tr>\n<tr><td>2</td></tr>\n";
    expect(allOf("header-repeated", { ...prose(text), layout: "html" })).toBe(
      "<tr><td>序号</td><td>单位</td></tr>\n<tr><td>牵头</td></tr>\n<tr><td>1</td></tr>\n" +
        "<tr><td>序号</td><td>单位</td></tr>\n<tr><td>牵头</td></tr>\n<tr><td>2</td></tr>\n",
    );
  });

  it("leave prose without a header alone", () => {
    expect(sitesOf("header-repeated", prose("1．甲。（牵头单位：市甲局）"))).toEqual([]);
  });
});
