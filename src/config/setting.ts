import { message, type Message } from "../domain/message.js";
import { problem, type ConfigProblem, type ProblemKind, type Severity } from "./problem.js";

/** What one variable's value stands for, and what is wrong with it. */
export interface Reading<T> {
  readonly value: T;
  readonly problems: readonly ConfigProblem[];
}

/** One setting: how the README table states it and how its value is read. */
export interface Setting<T> {
  /** The default as the README table says it. */
  readonly defaultText: string;
  /** What it does, for the README table (English, like the rest of the docs). */
  readonly meaning: string;
  /** The command-line option that overrides it, if any. */
  readonly option?: string;
  /** Never printed: `duban config check` shows it as set or not. */
  readonly secret: boolean;
  /** `raw` is the value as set; undefined when unset or empty. */
  readonly read: (raw: string | undefined, name: string) => Reading<T>;
}

type Described = Pick<Setting<unknown>, "defaultText" | "meaning" | "option">;

const ok = <T>(value: T): Reading<T> => ({ value, problems: [] });

const wrong = <T>(
  value: T,
  kind: ProblemKind,
  severity: Severity,
  name: string,
  text: Message,
  fix: Message,
): Reading<T> => ({ value, problems: [problem(kind, severity, name, text, fix)] });

/** Any text; undefined when unset. */
export const text = (
  described: Described & { readonly secret?: boolean },
): Setting<string | undefined> => ({
  secret: false,
  ...described,
  read: (raw) => ok(raw?.trim() === "" ? undefined : raw?.trim()),
});

/**
 * A number. One that cannot be read, or is below `min`, is fatal (as an
 * unreadable number always was); above `max` the server takes `max`, as it
 * always did, and says so.
 */
export const number = (
  described: Described & {
    readonly fallback: number;
    readonly min: number;
    readonly max?: number;
    readonly whole?: boolean;
  },
): Setting<number> => ({
  secret: false,
  ...described,
  read: (raw, name) => {
    const { fallback, min, max, whole = false } = described;
    if (raw === undefined) return ok(fallback);
    const value = Number(raw);
    const range = whole
      ? message(`不小于 ${min} 的整数`, `a whole number of at least ${min}`)
      : message(`不小于 ${min} 的数`, `a number of at least ${min}`);
    const within =
      max === undefined
        ? range
        : message(`${range.zh}（不大于 ${max}）`, `${range.en} (at most ${max})`);
    const fix = message(`请改为${within.zh}`, `Set it to ${within.en}`);
    if (
      !/\S/.test(raw) ||
      !Number.isFinite(value) ||
      (whole && !Number.isInteger(value)) ||
      value < min
    ) {
      return wrong(
        fallback,
        value < min ? "out_of_range" : "invalid_value",
        "fatal",
        name,
        message(
          `${name} 应为${range.zh}，而不是“${raw}”`,
          `${name} must be ${range.en}, not "${raw}"`,
        ),
        fix,
      );
    }
    if (max === undefined || value <= max) return ok(value);
    return wrong(
      max,
      "out_of_range",
      "warning",
      name,
      message(
        `${name}=${raw} 超出范围，按 ${max} 执行`,
        `${name}=${raw} is out of range; ${max} is used`,
      ),
      fix,
    );
  },
});

/**
 * One of a few words. A word it does not know is a warning and the fallback
 * is used, as the server always did (DUBAN_TRUST_PROXY=yes left it off).
 */
export const choice = <T>(
  described: Described & {
    readonly words: Readonly<Record<string, T>>;
    readonly fallback: NoInfer<T>;
  },
): Setting<T> => ({
  secret: false,
  ...described,
  read: (raw, name) => {
    if (raw === undefined) return ok(described.fallback);
    const words = Object.keys(described.words);
    const value = Object.hasOwn(described.words, raw) ? described.words[raw] : undefined;
    if (value !== undefined) return ok(value);
    return wrong(
      described.fallback,
      "invalid_value",
      "warning",
      name,
      message(
        `${name}=“${raw}”无法识别，按默认值（${described.defaultText}）执行`,
        `${name}="${raw}" is not understood; the default (${described.defaultText}) is used`,
      ),
      message(`请设为 ${words.join("、")} 之一`, `Set it to one of ${words.join(", ")}`),
    );
  },
});

/** An IANA time zone such as Asia/Shanghai: an unknown one is fatal, as no day could be told. */
export const timeZone = (
  described: Described & { readonly fallback: string },
): Setting<string> => ({
  secret: false,
  ...described,
  read: (raw, name) => {
    if (raw === undefined) return ok(described.fallback);
    try {
      new Intl.DateTimeFormat("en", { timeZone: raw });
      return ok(raw);
    } catch {
      return wrong(
        described.fallback,
        "invalid_value",
        "fatal",
        name,
        message(`${name}=“${raw}”不是已知的时区`, `${name}="${raw}" is not a known time zone`),
        message(
          "请使用 IANA 时区名，如 Asia/Shanghai",
          "Use an IANA time zone name such as Asia/Shanghai",
        ),
      );
    }
  },
});
