import { useEffect } from "react";
import { useLanguage, type Text } from "./i18n.js";

const APP_NAME: Text = { zh: "督办", en: "Duban" };

/** The browser tab says which screen this is: "计划总表 · 督办". */
export const usePageTitle = (screen: Text | undefined): void => {
  const { t } = useLanguage();
  const title = screen === undefined ? t(APP_NAME) : `${t(screen)} · ${t(APP_NAME)}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
};
