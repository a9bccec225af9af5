import { Segmented } from "antd";
import { useLanguage, type Language } from "../i18n.js";

/** 中文 / EN, on the login page and in the header. */
export const LanguageSwitch = () => {
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      value={language}
      onChange={setLanguage}
      options={[
        { value: "zh", label: "中文" },
        { value: "en", label: "EN" },
      ]}
      aria-label="语言 Language"
    />
  );
};
