import { message, type Message } from "../domain/message.js";
import { problem, type ConfigProblem } from "./problem.js";
import type { Setting } from "./setting.js";

/** Lower case, upper case, digits, anything else (CJK, punctuation). */
const CHARACTER_CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** A secret of one or two kinds of character falls to a dictionary long before its length says. */
const MIN_CLASSES = 3;

/** A token's rule: at least this many characters. */
export const atLeast =
  (length: number) =>
  (value: string): Message | undefined =>
    Array.from(value).length < length
      ? message(`至少需要 ${length} 个字符`, `it needs at least ${length} characters`)
      : undefined;

/**
 * A password or token: `rule` says what makes it unusable (fatal: it would be
 * refused where it is used); one made of fewer than three kinds of character
 * is a warning. Its value is never trimmed: a space may belong to it.
 */
export const secret = (
  described: Pick<Setting<unknown>, "defaultText" | "meaning"> & {
    readonly rule: (value: string) => Message | undefined;
  },
): Setting<string | undefined> => ({
  ...described,
  secret: true,
  read: (raw, name) => {
    if (raw === undefined || raw === "") return { value: undefined, problems: [] };
    const fix = message(
      `请设置更强的值（至少 12 个字符，含大小写字母、数字和符号中的三类），例如：openssl rand -base64 24`,
      `Set a stronger one (12 characters or more, three of: lower case, upper case, digits, symbols), e.g. openssl rand -base64 24`,
    );
    const broken = described.rule(raw);
    const problems: ConfigProblem[] = [];
    if (broken !== undefined) {
      problems.push(
        problem(
          "weak_secret",
          "fatal",
          name,
          message(`${name} 不可用：${broken.zh}`, `${name} cannot be used: ${broken.en}`),
          fix,
        ),
      );
    } else if (CHARACTER_CLASSES.filter((c) => c.test(raw)).length < MIN_CLASSES) {
      problems.push(
        problem(
          "weak_secret",
          "warning",
          name,
          message(
            `${name} 过于简单：字符种类少于三类`,
            `${name} is weak: fewer than three kinds of character`,
          ),
          fix,
        ),
      );
    }
    return { value: raw, problems };
  },
});
