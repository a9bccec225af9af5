import { closest, distance } from "fastest-levenshtein";
import { message } from "../domain/message.js";
import { problem, type ConfigProblem } from "./problem.js";
import { NAMES, pairProblems, reading, type Environment } from "./read-settings.js";
import { DEVELOPMENT_VARIABLES, SETTINGS } from "./settings.js";

/** The name a typo most likely meant, when it is near enough to be a typo. */
const nearestName = (name: string): string | undefined => {
  const guess = closest(name, NAMES);
  return distance(name, guess) <= Math.max(2, Math.floor(name.length / 4)) ? guess : undefined;
};

const unknownProblems = (env: Environment): ConfigProblem[] =>
  Object.keys(env)
    .filter(
      (name) =>
        name.startsWith("DUBAN_") &&
        !Object.hasOwn(SETTINGS, name) &&
        !DEVELOPMENT_VARIABLES.test(name),
    )
    .sort()
    .map((name) => {
      const guess = nearestName(name);
      return problem(
        "unknown_variable",
        "warning",
        name,
        message(
          `Duban 不认识 ${name}，它不起作用`,
          `Duban does not know ${name}; it has no effect`,
        ),
        guess === undefined
          ? message(
              "请对照 README“配置”一节的表格检查名称",
              'Check the name against the table in README "Configuration"',
            )
          : message(`是否应为 ${guess}？`, `Did you mean ${guess}?`),
      );
    });

/**
 * Every problem of the settings themselves, without reaching anything: what
 * each value says, pairs half set, and DUBAN_ variables no setting has.
 */
export const settingProblems = (env: Environment): ConfigProblem[] => [
  ...NAMES.flatMap((name) => reading(env, name).problems),
  ...pairProblems(env),
  ...unknownProblems(env),
];
