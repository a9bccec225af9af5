import { choice } from "./setting.js";

/**
 * DUBAN_LANG, apart from the other settings: every command reads it before it
 * runs, and `duban --version` must not load the whole registry's dependencies.
 */
export const LANGUAGE_SETTING = choice({
  defaultText: "`zh`",
  meaning: "the language of the `duban` command's messages (`zh` or `en`); `--lang` wins",
  words: { zh: "zh", en: "en" } as const,
  fallback: "zh",
});

/** The language DUBAN_LANG asks for; Chinese when it is unset or names another. */
export const languageSetting = (env: Readonly<Record<string, string | undefined>>): "zh" | "en" =>
  LANGUAGE_SETTING.read(env.DUBAN_LANG === "" ? undefined : env.DUBAN_LANG, "DUBAN_LANG").value;
