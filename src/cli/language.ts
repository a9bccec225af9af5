import type { Message } from "../domain/message.js";

/** The languages Duban speaks; Chinese unless asked otherwise. */
export type Language = "zh" | "en";

export const isLanguage = (value: string): value is Language => value === "zh" || value === "en";

/** `--lang`, else DUBAN_LANG, else Chinese. */
export const languageFrom = (flag: string | undefined, env: NodeJS.ProcessEnv): Language => {
  const chosen = flag ?? env.DUBAN_LANG;
  return chosen !== undefined && isLanguage(chosen) ? chosen : "zh";
};

export const say = (text: Message, language: Language): string => text[language];
