import { message } from "../domain/message.js";
import { ConfigurationError, isFatal, problem, type ConfigProblem } from "./problem.js";
import { SETTING_PAIRS, SETTINGS, type SettingName, type SettingValue } from "./settings.js";
import type { Reading, Setting } from "./setting.js";

/** The process's environment, or one merged with duban.env. */
export type Environment = Readonly<Record<string, string | undefined>>;

export const NAMES = Object.keys(SETTINGS) as SettingName[];

export const reading = <N extends SettingName>(
  env: Environment,
  name: N,
): Reading<SettingValue<N>> => {
  const raw = env[name];
  const setting = SETTINGS[name] as Setting<SettingValue<N>>;
  return setting.read(raw === "" ? undefined : raw, name);
};

/**
 * A setting's value: its default when unset. A value fatally wrong throws a
 * ConfigurationError with the words `duban config check` prints.
 */
export const readSetting = <N extends SettingName>(env: Environment, name: N): SettingValue<N> => {
  const { value, problems } = reading(env, name);
  const fatal = problems.filter(isFatal);
  if (fatal.length > 0) throw new ConfigurationError(fatal);
  return value;
};

/** What a setting is when nothing sets it. */
export const defaultOf = <N extends SettingName>(name: N): SettingValue<N> =>
  reading({}, name).value;

export const isSet = (env: Environment, name: string): boolean => (env[name]?.trim() ?? "") !== "";

/** Half of a pair set: the pair's meaning is lost, so the start is refused. */
export const pairProblems = (env: Environment): ConfigProblem[] =>
  SETTING_PAIRS.flatMap(([a, b]) => {
    if (isSet(env, a) === isSet(env, b)) return [];
    const [given, missing] = isSet(env, a) ? [a, b] : [b, a];
    return [
      problem(
        "incomplete",
        "fatal",
        missing,
        message(`设置了 ${given}，但未设置 ${missing}`, `${given} is set, but ${missing} is not`),
        message(
          `请同时设置 ${missing}，或删去 ${given}`,
          `Set ${missing} as well, or remove ${given}`,
        ),
      ),
    ];
  });

/** Where a setting's value came from, for `duban config check`. */
export type SettingSource = "environment" | "file" | "default";

export interface SettingState {
  readonly name: SettingName;
  readonly source: SettingSource;
  /** The value as set; a secret's is never shown. */
  readonly value: string | null;
}

/** Each setting, where its value came from, and the value unless it is a secret. */
export const settingStates = (env: Environment, fromFile: ReadonlySet<string>): SettingState[] =>
  NAMES.map((name) => {
    const set = isSet(env, name);
    const source: SettingSource = !set ? "default" : fromFile.has(name) ? "file" : "environment";
    return {
      name,
      source,
      value: !set ? null : SETTINGS[name].secret ? "***" : (env[name] ?? null),
    };
  });
