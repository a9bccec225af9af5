import { describe, expect, it } from "vitest";
import { displayWidth, wrapToWidth } from "../../src/cli/display-width.js";
import { drawTable } from "../../src/cli/text-table.js";

describe("displayWidth", () => {
  it("counts Chinese characters and full-width punctuation two columns, marks none", () => {
    expect(displayWidth("市科技局")).toBe(8);
    expect(displayWidth("（牵头单位：市科技局）")).toBe(22);
    expect(displayWidth("12月15日 ok")).toBe(11);
    expect(displayWidth("e\u0301\u200b")).toBe(1);
  });
});

describe("wrapToWidth", () => {
  it("breaks a Chinese sentence where the row is full, never past it", () => {
    expect(wrapToWidth("深入实施科技双百工程", 7).split("\n")).toEqual([
      "深入实",
      "施科技",
      "双百工",
      "程",
    ]);
  });

  it("breaks at spaces, keeps them as written, and keeps the text's own line breaks", () => {
    expect(wrapToWidth("ab cd ef\n市 科", 5).split("\n")).toEqual(["ab cd", " ef", "市 科"]);
    expect(wrapToWidth("abc defg", 5).split("\n")).toEqual(["abc ", "defg"]);
  });

  it("keeps a mark that draws nothing with the character before it", () => {
    expect(wrapToWidth("abe\u0301cd", 3).split("\n")).toEqual(["abe\u0301", "cd"]);
  });
});

describe("drawTable", () => {
  it("sizes columns to their text and draws cells spanning rows and columns", () => {
    const drawn = drawTable([
      ["a", "市科", "x"],
      [
        { content: "long\n市\n3\n4\n5\n6", rowSpan: 3 },
        { content: "b c", colSpan: 2 },
      ],
      [{ content: "m", rowSpan: 2 }, "n"],
      ["z"],
      [{ content: "all", colSpan: 3 }],
    ]);
    expect(drawn.split("\n")).toEqual([
      "┌──────┬──────┬───┐",
      "│ a    │ 市科 │ x │",
      "├──────┼──────┴───┤",
      "│ long │ b c      │",
      "│ 市   ├──────┬───┤",
      "│ 3    │ m    │ n │",
      "│ 4    │      │   │",
      "│ 5    │      ├───┤",
      "│ 6    │      │ z │",
      "├──────┴──────┴───┤",
      "│ all             │",
      "└─────────────────┘",
    ]);
  });

  it("grows the rows a spanning cell needs, and keeps given widths", () => {
    const drawn = drawTable(
      [["序号", "任务"], [{ content: "1\n2\n3\n4", rowSpan: 2 }, "一"], ["二"]],
      [6, 8],
    );
    expect(drawn.split("\n")).toEqual([
      "┌──────┬────────┐",
      "│ 序号 │ 任务   │",
      "├──────┼────────┤",
      "│ 1    │ 一     │",
      "│ 2    │        │",
      "│ 3    ├────────┤",
      "│ 4    │ 二     │",
      "└──────┴────────┘",
    ]);
  });

  it("draws the head alone when there are no rows", () => {
    expect(drawTable([["编号", "名称"]])).toBe(
      ["┌──────┬──────┐", "│ 编号 │ 名称 │", "└──────┴──────┘"].join("\n"),
    );
  });
});
