import { languageSetting } from "../config/language-setting.js";
import type { Message } from "../domain/message.js";

/** The languages Duban speaks; Chinese unless asked otherwise. */
export type Language = "zh" | "en";

export const isLanguage = (value: string): value is Language => value === "zh" || value === "en";

/** `--lang`, else DUBAN_LANG, else Chinese (also for a DUBAN_LANG it does not speak). */
export const languageFrom = (
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Language => (flag !== undefined && isLanguage(flag) ? flag : languageSetting(env));

export const say = (text: Message, language: Language): string => text[language];
