import { DownOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import type { ReactNode } from "react";
import { useLanguage, type Text } from "../i18n.js";

export interface DownloadChoice {
  readonly key: string;
  readonly label: Text;
  /** A GET the browser downloads: the API names the file (Content-Disposition). */
  readonly href: string;
}

/** A button that opens a menu of files to download: 导出 on the plan table, 生成通报 on the dashboard. */
export const DownloadMenu = ({
  label,
  icon,
  choices,
}: {
  label: Text;
  icon: ReactNode;
  choices: readonly DownloadChoice[];
}) => {
  const { t } = useLanguage();
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: choices.map((choice) => ({
          key: choice.key,
          label: (
            <a href={choice.href} download>
              {t(choice.label)}
            </a>
          ),
        })),
      }}
    >
      <Button icon={icon}>
        {t(label)} <DownOutlined />
      </Button>
    </Dropdown>
  );
};
