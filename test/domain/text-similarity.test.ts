import { describe, expect, it } from "vitest";
import { generateMasterPlan } from "../../bench/generate-master.js";
import { seededRandom } from "../../bench/prng.js";
import {
  bigramsOf,
  similarityText,
  similarPairs,
  textSimilarity,
} from "../../src/domain/text-similarity.js";

const gramsOf = (texts: readonly string[]) => texts.map((t) => bigramsOf(similarityText(t)));

describe("similarityText", () => {
  it("drops whitespace and punctuation and folds full-width letters and digits", () => {
    expect(similarityText("（１）加快 推进，“科技”创新。\n　ＡＩ")).toBe("1加快推进科技创新AI");
  });
});

describe("bigramsOf", () => {
  it("counts each bigram once", () => {
    expect(bigramsOf("推进推进").length).toBe(2);
  });

  it("keeps a character outside the BMP whole", () => {
    expect(bigramsOf("𠀀𠀁").length).toBe(1);
    expect(bigramsOf("𠀀")).toEqual([]);
  });
});

describe("textSimilarity", () => {
  it("scores equal texts 1, also when only punctuation or spacing differs", () => {
    expect(textSimilarity("推进科技创新", "推进科技创新")).toBe(1);
    expect(textSimilarity("（1）推进科技创新。", "(1) 推进 科技创新")).toBe(1);
  });

  it("is the Dice coefficient of the bigram sets", () => {
    // 科技 技创 创新 against 科技 技创 创业: two of three shared.
    expect(textSimilarity("科技创新", "科技创业")).toBe(4 / 6);
    expect(textSimilarity("科技创新", "税务征管")).toBe(0);
  });

  it("scores texts too short for a bigram 0 unless they are equal", () => {
    expect(textSimilarity("科", "技")).toBe(0);
    expect(textSimilarity("科", "科技")).toBe(0);
    expect(textSimilarity("科", "科。")).toBe(1);
  });
});

describe("similarPairs", () => {
  it("finds the pairs reaching the threshold, by new then old index", () => {
    const olds = gramsOf(["推进科技创新", "加强税收征管", "科"]);
    const news = gramsOf(["加强税收征管工作", "推进科技创新。", "科", "完全不同的内容"]);
    expect(similarPairs(olds, news, 0.6)).toEqual([
      { old: 1, new: 0, similarity: 10 / 12 },
      { old: 0, new: 1, similarity: 1 },
    ]);
  });

  it("finds through its index exactly what comparing every pair finds", () => {
    const plan = generateMasterPlan({ tasks: 40, milestones: 200, units: 40, seed: 7 });
    const texts = plan.tasks.flatMap((t) => t.milestones.map((m) => m.text));
    const olds = texts.slice(0, 100);
    // Cut at varying lengths, so similarities spread over the whole range.
    const news = texts.slice(60, 130).map((t, i) => t.slice(0, 20 + (i % 5) * 15));
    const scores = news.flatMap((n, j) =>
      olds.map((o, i) => ({ old: i, new: j, similarity: textSimilarity(o, n) })),
    );
    expect(olds.length * news.length).toBeGreaterThan(4096);
    for (const min of [0.3, 0.6, 0.9]) {
      const everyPair = scores.filter((p) => p.similarity >= min);
      expect(everyPair.length).toBeGreaterThan(0);
      expect(similarPairs(gramsOf(olds), gramsOf(news), min)).toEqual(everyPair);
    }
  });

  it("misses no pair right at the threshold", () => {
    const random = seededRandom(3);
    const alphabet = Array.from("科技创新税务征管推进加强落实完善健全");
    const word = (length: number) => Array.from({ length }, () => random.pick(alphabet)).join("");
    const olds = Array.from({ length: 120 }, () => word(random.int(4, 16)));
    // One or two characters changed: Dice lands on both sides of the threshold.
    const news = olds.map((text) => {
      const chars = Array.from(text);
      for (let k = random.int(1, 2); k > 0; k -= 1) chars[random.int(0, chars.length - 1)] = "务";
      return chars.join("");
    });
    const scores = news.flatMap((n, j) =>
      olds.map((o, i) => ({ old: i, new: j, similarity: textSimilarity(o, n) })),
    );
    expect(olds.length * news.length).toBeGreaterThan(4096);
    for (const min of [0.5, 0.6, 2 / 3, 0.75, 0.8]) {
      const everyPair = scores.filter((p) => p.similarity >= min);
      expect(similarPairs(gramsOf(olds), gramsOf(news), min)).toEqual(everyPair);
    }
  });

  it("declines a search over its comparison budget", () => {
    const texts = gramsOf(Array.from({ length: 100 }, (_, i) => `推进科技创新第${i}项工作`));
    expect(similarPairs(texts, texts, 0.6, 1000)).toBeNull();
    expect(similarPairs(texts, texts, 0.6)?.length).toBeGreaterThan(100);
  });

  it("rejects a threshold outside (0, 1]", () => {
    expect(() => similarPairs([], [], 0)).toThrow(RangeError);
    expect(() => similarPairs([], [], 1.5)).toThrow(RangeError);
  });
});
