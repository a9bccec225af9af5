import { ConfigProvider, type ThemeConfig } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { motionAllowed } from "./common/motion.js";
import { THEME } from "./theme.js";

export type Language = "zh" | "en";

/**
 * Every piece of interface text is written in both languages where it is
 * used, like the API's error messages ({ zh, en }): no keys to keep in step
 * with a catalogue, and a missing translation is a type error.
 */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

interface LanguageState {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: (text: Text) => string;
}

const STORAGE_KEY = "duban.language";

const initialLanguage = (): Language => (localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh");

const LanguageContext = createContext<LanguageState | null>(null);

/** Ant Design's theme, without its motion where the screen should not move. */
const theme = (): ThemeConfig =>
  motionAllowed() ? THEME : { ...THEME, token: { ...THEME.token, motion: false } };

/** zh-CN by default; the choice is kept in this browser. */
export const LanguageProvider = ({ children }: { children: ReactNode }) => {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [themeConfig] = useState(theme);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
    dayjs.locale(language === "zh" ? "zh-cn" : "en");
  }, [language]);
  const state = useMemo<LanguageState>(
    () => ({ language, setLanguage, t: (text) => text[language] }),
    [language],
  );
  return (
    <LanguageContext.Provider value={state}>
      <ConfigProvider locale={language === "zh" ? zhCN : enUS} theme={themeConfig}>
        {children}
      </ConfigProvider>
    </LanguageContext.Provider>
  );
};

export const useLanguage = (): LanguageState => {
  const state = useContext(LanguageContext);
  if (state === null) throw new Error("useLanguage outside LanguageProvider");
  return state;
};
