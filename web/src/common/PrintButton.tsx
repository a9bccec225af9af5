import { PrinterOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useLanguage } from "../i18n.js";

/** 打印: the browser's print of the screen, which its print CSS (app.css) lays out for paper. */
export const PrintButton = () => {
  const { t } = useLanguage();
  return (
    <Button
      icon={<PrinterOutlined />}
      onClick={() => {
        window.print();
      }}
    >
      {t({ zh: "打印", en: "Print" })}
    </Button>
  );
};
