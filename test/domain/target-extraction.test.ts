import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExtractedTarget, TargetMeasure } from "../../src/domain/target.js";
import { extractTargets } from "../../src/domain/target-extraction.js";
import { CORPUS_DIR } from "../support/corpus/corpus-paths.js";

/** subject | measure | unit | span, one line per target: what a reader checks. */
const summary = (text: string) =>
  extractTargets(text).map((t) => [t.subject, t.measure, t.unitOfMeasure, t.span.text]);

const one = (text: string): ExtractedTarget => {
  const found = extractTargets(text);
  expect(found).toHaveLength(1);
  return found[0] as ExtractedTarget;
};

const value = (
  comparison: "at_least" | "more_than" | "reach" | "at_most",
  v: number,
): TargetMeasure => ({ comparison, value: v });

describe("extractTargets: the issue's examples", () => {
  it.each<[string, string, TargetMeasure, string]>([
    ["高新技术企业突破2300家", "高新技术企业", value("more_than", 2300), "家"],
    [
      "全社会研发经费占地区生产总值比重达到2.7%以上",
      "全社会研发经费占地区生产总值比重",
      value("at_least", 2.7),
      "%",
    ],
    ["省级以上科创平台超530家", "省级以上科创平台", value("more_than", 530), "家"],
    [
      "收集企业技术需求和高校院所技术成果300项以上",
      "企业技术需求和高校院所技术成果",
      value("at_least", 300),
      "项",
    ],
    ["支持建设创新联合体20～30家", "创新联合体", { comparison: "range", low: 20, high: 30 }, "家"],
    ["争取引进3～5家科技型机构", "科技型机构", { comparison: "range", low: 3, high: 5 }, "家"],
  ])("%s", (text, subject, measure, unit) => {
    const target = one(text);
    expect([target.subject, target.measure, target.unitOfMeasure]).toEqual([
      subject,
      measure,
      unit,
    ]);
  });
});

describe("extractTargets: how values are written", () => {
  it.each<[string, number, string]>([
    ["高新技术企业突破两千三百家", 2300, "家"],
    ["收集技术需求三百项", 300, "项"],
    ["引进高层次人才二十名", 20, "名"],
    ["新建学校十五所", 15, "所"],
    ["新增城镇就业十五万人", 150_000, "人"],
    ["培训专业技术人员1.5万人次", 15_000, "人次"],
    ["新增城镇就业4.5万人", 45_000, "人"],
    ["高新技术企业突破２３００家", 2300, "家"],
    ["全社会研发投入强度达到２．７％", 2.7, "%"],
    ["城镇调查失业率控制在5.5%以内", 5.5, "%"],
    ["完成年度投资1,200亿元", 1200, "亿元"],
    ["发行地方政府专项债券50亿元", 50, "亿元"],
    ["安排专项资金五十万元", 50, "万元"],
    ["吸引外资3000万美元", 3000, "万美元"],
    ["新建示範村30個", 30, "個"],
    ["新增規模以上企業兩千家", 2000, "家"],
    ["PM2.5平均浓度控制在28微克/立方米以内", 28, "微克/立方米"],
    ["研发投入提高2个百分点", 2, "个百分点"],
  ])("%s → %d %s", (text, number, unit) => {
    const target = one(text);
    const measure = target.measure;
    expect(measure.comparison === "range" ? measure.low : measure.value).toBe(number);
    expect(target.unitOfMeasure).toBe(unit);
  });

  it("keeps full-width digits in the span as written", () => {
    expect(one("高新技术企业突破２３００家").span).toEqual({
      start: 0,
      end: 13,
      text: "高新技术企业突破２３００家",
    });
  });
});

describe("extractTargets: comparison words", () => {
  it.each<[string, TargetMeasure["comparison"], number]>([
    ["高新技术企业不少于100家", "at_least", 100],
    ["高新技术企业不低于100家", "at_least", 100],
    ["高新技术企业至少100家", "at_least", 100],
    ["高新技术企业100家以上", "at_least", 100],
    ["高新技术企业100家及以上", "at_least", 100],
    ["高新技术企业突破100家", "more_than", 100],
    ["高新技术企业超100家", "more_than", 100],
    ["高新技术企业超过100家", "more_than", 100],
    ["高新技术企业高于100家", "more_than", 100],
    ["高新技术企业多于100家", "more_than", 100],
    ["高新技术企业100余家", "more_than", 100],
    ["高新技术企业100多家", "more_than", 100],
    ["高新技术企业达到100家", "reach", 100],
    ["高新技术企业达100家", "reach", 100],
    ["高新技术企业提高到100家", "reach", 100],
    ["高新技术企业增至100家", "reach", 100],
    ["培育高新技术企业100家", "reach", 100],
    ["地区生产总值增长6%左右", "reach", 6],
    ["高新技术企业不超过100家", "at_most", 100],
    ["高新技术企业控制在100家以内", "at_most", 100],
    ["高新技术企业100家以下", "at_most", 100],
    ["高新技术企业低于100家", "at_most", 100],
  ])("%s → %s %d", (text, comparison, number) => {
    expect(one(text).measure).toEqual({ comparison, value: number });
  });

  it("lets the word after the value decide over the one before it", () => {
    expect(one("比重达到2.7%以上").measure).toEqual({ comparison: "at_least", value: 2.7 });
  });

  it.each([
    "20～30家",
    "20~30家",
    "20-30家",
    "20—30家",
    "20至30家",
    "20到30家",
    "20家至30家",
    "二十至三十家",
  ])("reads the range 创新联合体%s", (range) => {
    expect(one(`支持建设创新联合体${range}`).measure).toEqual({
      comparison: "range",
      low: 20,
      high: 30,
    });
  });

  it("reads a magnitude written once after a range for both ends", () => {
    expect(one("新增城镇就业3～5万人").measure).toEqual({
      comparison: "range",
      low: 30_000,
      high: 50_000,
    });
  });

  it("reads no range whose ends are reversed or in different units", () => {
    expect(extractTargets("支持建设创新联合体30～20家")).toEqual([]);
    expect(extractTargets("支持建设创新联合体20个～30家")).toEqual([]);
  });
});

describe("extractTargets: the subject", () => {
  it("is the noun phrase before the value, past the verbs that open the clause", () => {
    expect(summary("推动校企合作实施产学研合作项目20～30项")[0]?.[0]).toBe("产学研合作项目");
    expect(summary("积极争取引进高层次人才500名")[0]?.[0]).toBe("高层次人才");
    expect(summary("城镇新增就业4.5万人")[0]?.[0]).toBe("城镇新增就业");
  });

  it("is the noun phrase after the value when nothing stands before it", () => {
    expect(summary("推动200所中小学体育场地向社会开放")).toEqual([
      ["中小学体育场地", { comparison: "reach", value: 200 }, "所", "200所中小学体育场地"],
    ]);
  });

  it("reads several targets of one clause, each from the end of the one before", () => {
    expect(summary("新建改扩建中小学15所、基层医疗卫生机构20个")).toEqual([
      ["中小学", { comparison: "reach", value: 15 }, "所", "中小学15所"],
      ["基层医疗卫生机构", { comparison: "reach", value: 20 }, "个", "基层医疗卫生机构20个"],
    ]);
    expect(summary("新建、改扩建幼儿园20所和中小学校10所").map((t) => t[0])).toEqual([
      "幼儿园",
      "中小学校",
    ]);
  });

  it("never reaches over a clause break", () => {
    expect(summary("实施技术改造工程，完成投资800亿元")[0]?.[0]).toBe("投资");
  });

  it("is no target when no words in its clause say what is counted", () => {
    expect(extractTargets("新增两千家")).toEqual([]);
    expect(extractTargets("300项")).toEqual([]);
  });
});

describe("extractTargets: what is not a target", () => {
  it.each([
    ["a date", "2022年6月30日前完成"],
    ["a year in narrative", "对2021年大赛情况进行系统总结，制定2022年大赛方案"],
    ["a duration", "制定打好“院士牌”三年行动计划方案"],
    ["a duration in 个", "6个月内完成，3个工作日内办结，两个季度"],
    ["an ordinal", "确定第一批“揭榜挂帅”项目，评出第3名"],
    ["a name in quotes", "深入实施科技“双百工程”，推行“高效办成一件事”"],
    ["N大 naming a group", "推动我市八大战略性产业集群、十大民生实事"],
    ["a number joined to a Latin letter", "加强5G、人工智能等新技术推广应用"],
    ["a fixed phrase", "进一步落实“一区多园”机制"],
    ["a vague amount", "指导培育一批基础较好的企业，举办若干场活动，开展一系列培训"],
    ["the article 一", "开展一次水质监测，建设一个平台"],
    ["the base of a rate", "每万人口发明专利拥有量提升，每10万人"],
    ["a group described by 以上", "为65岁以上老年人免费接种流感疫苗，支持5000万元以上项目建设"],
    ["a magnitude with no unit", "巩固产值超千亿产业集群，打造百亿级园区，千家万户"],
    [
      "a count recapping the enumeration before it (大)",
      "巩固先进材料、现代轻工纺织、现代农业与食品3大产值超千亿产业集群",
    ],
    [
      "a count recapping the enumeration before it (个)",
      "加快培育高端装备制造、生物医药与健康、安全应急与环保3个产业集群",
    ],
    ["a recap of items, the last joined by 和", "培育高端装备、生物医药和安全应急3个产业集群"],
    ["a recap of items, the last joined by 及", "打造高端装备、生物医药及安全应急3个产业集群"],
    ["a recap of items, the last joined by 与", "壮大高端装备、生物医药与安全应急3个产业集群"],
    ["a recap of four items, the last joined by 和", "建设甲园区、乙园区、丙园区和丁园区4个园区"],
  ])("%s: %s", (_why, text) => {
    expect(extractTargets(text)).toEqual([]);
  });

  it("keeps a count after an enumeration of a different length", () => {
    // Two items, or three when 与 joins the last on: 4 recaps neither.
    expect(summary("加快培育高端装备制造、生物医药与健康4个产业集群")).toEqual([
      [
        "高端装备制造、生物医药与健康",
        { comparison: "reach", value: 4 },
        "个",
        "高端装备制造、生物医药与健康4个",
      ],
    ]);
    // With no 、 there is no enumeration: 和 joins the words of one kind of firm.
    expect(summary("新增国家级和省级专精特新企业2家")).toEqual([
      [
        "国家级和省级专精特新企业",
        { comparison: "reach", value: 2 },
        "家",
        "国家级和省级专精特新企业2家",
      ],
    ]);
    expect(summary("培育高端装备制造、生物医药与健康产业集群5个")).toEqual([
      [
        "高端装备制造、生物医药与健康产业集群",
        { comparison: "reach", value: 5 },
        "个",
        "高端装备制造、生物医药与健康产业集群5个",
      ],
    ]);
  });

  it("keeps what follows a description as a target of its own", () => {
    expect(summary("支持5000万元以上项目10个")).toEqual([
      ["5000万元以上项目", { comparison: "reach", value: 10 }, "个", "5000万元以上项目10个"],
    ]);
  });

  it("reads an age as a target when it is one", () => {
    expect(one("推进健康江州建设，人均预期寿命达到80岁").subject).toBe("人均预期寿命");
  });
});

/** Every task, milestone and plan text of the corpus's expected results. */
const corpusTexts = (): string[] => {
  const texts = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null)
      for (const [key, inner] of Object.entries(node)) {
        if ((key === "title" || key === "text") && typeof inner === "string") texts.add(inner);
        walk(inner);
      }
  };
  for (const name of readdirSync(CORPUS_DIR).filter((n) => n.endsWith(".expected.json")))
    walk(JSON.parse(readFileSync(join(CORPUS_DIR, name), "utf8")));
  return [...texts];
};

const spansHold = (text: string): void => {
  for (const target of extractTargets(text)) {
    expect(target.span.start).toBeGreaterThanOrEqual(0);
    expect(target.span.end).toBeLessThanOrEqual(text.length);
    expect(target.span.start).toBeLessThan(target.span.end);
    expect(target.span.text).toBe(text.slice(target.span.start, target.span.end));
    expect(target.subject).not.toBe("");
  }
};

describe("extractTargets over texts it was not written for", () => {
  it("reads every text of the corpus, each span where it says", () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) spansHold(text);
    // The corpus's plans state targets too: the rule finds them.
    expect(texts.flatMap((text) => extractTargets(text)).length).toBeGreaterThan(50);
  });

  it("never throws on any string, and every span lies inside it", () => {
    const piece = fc.constantFrom(
      ..."0 1 2 9 ０ ３ 一 两 十 百 万 亿 . , ， 、 。 （ ） “ ” ～ - 至 家 项 个 % 元 以上 以内 超 达到 第 每 大 年 月 G 企业 推动".split(
        " ",
      ),
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join("")),
    );
    fc.assert(
      fc.property(text, (written) => {
        spansHold(written);
      }),
    );
  });
});

describe("extractTargets: a rise from one value to another", () => {
  it.each<[string, string, TargetMeasure, string, number | undefined]>([
    ["高新技术企业从20家提高至30家", "高新技术企业", value("reach", 30), "家", 20],
    ["专精特新企业由20家提高到30家", "专精特新企业", value("reach", 30), "家", 20],
    ["规上企业数量从20家增加到30家", "规上企业数量", value("reach", 30), "家", 20],
    ["研发投入占比由2.5%提升至2.7%", "研发投入占比", value("reach", 2.7), "%", 2.5],
    ["孵化器从5个增至8个以上", "孵化器", value("at_least", 8), "个", 5],
    // Not in the target's unit of measure: the figure it starts from is not kept.
    ["企业研发投入从2000万元提高到1亿元", "企业研发投入", value("reach", 1), "亿元", undefined],
  ])("%s", (text, subject, measure, unit, baseline) => {
    const target = one(text);
    expect([target.subject, target.measure, target.unitOfMeasure, target.baseline]).toEqual([
      subject,
      measure,
      unit,
      baseline,
    ]);
    expect(target.span.text).toBe(text.slice(text.indexOf(subject)));
  });

  it("states no baseline for a rise the words do not start from a value", () => {
    const target = one("高新技术企业数量提高至30家");
    expect([target.subject, target.measure, target.baseline]).toEqual([
      "高新技术企业数量",
      value("reach", 30),
      undefined,
    ]);
  });
});

describe("extractTargets: growth", () => {
  it.each<[string, string, TargetMeasure]>([
    ["地区生产总值增长6%", "地区生产总值增长", value("reach", 6)],
    ["规模以上工业增加值增长10%以上", "规模以上工业增加值增长", value("at_least", 10)],
    ["力争地区生产总值同比增长6%左右", "地区生产总值同比增长", value("reach", 6)],
    ["确保一般公共预算收入增长5%", "一般公共预算收入增长", value("reach", 5)],
    ["研发投入强度提高0.2个百分点", "研发投入强度提高", value("reach", 0.2)],
  ])("%s: the subject keeps the word of growth", (text, subject, measure) => {
    const target = one(text);
    expect([target.subject, target.measure]).toEqual([subject, measure]);
  });

  it("reads a level reached, not a growth, after 增长到 or 增至", () => {
    expect(one("地区生产总值增长到5000亿元").subject).toBe("地区生产总值");
    expect(one("进出口总额增至800亿元").subject).toBe("进出口总额");
  });
});
