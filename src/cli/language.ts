import { readSetting, type Environment } from "../config/read-settings.js";
import type { Message } from "../domain/message.js";

/** The languages Duban speaks; Chinese unless asked otherwise. */
export type Language = "zh" | "en";

export const isLanguage = (value: string): value is Language => value === "zh" || value === "en";

/** `--lang`, else DUBAN_LANG, else Chinese (also for a DUBAN_LANG it does not speak). */
export const languageFrom = (flag: string | undefined, env: Environment): Language =>
  flag !== undefined && isLanguage(flag) ? flag : readSetting(env, "DUBAN_LANG");

export const say = (text: Message, language: Language): string => text[language];
