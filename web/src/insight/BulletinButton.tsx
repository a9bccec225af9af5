import { DownOutlined, FileTextOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useLanguage } from "../i18n.js";

/** The bulletin's file in a format, from the export route: the same figures the dashboard shows. */
const bulletinUrl = (planId: number, asOf: string, format: "docx" | "xlsx"): string =>
  `/api/plans/${String(planId)}/export?${new URLSearchParams({ format, bulletin: "true", asOf }).toString()}`;

/** 生成通报: the progress bulletin of the dashboard's plan and day, as Word or Excel. */
export const BulletinButton = ({ planId, asOf }: { planId: number; asOf: string }) => {
  const { t } = useLanguage();
  const item = (format: "docx" | "xlsx", label: string) => ({
    key: format,
    label: (
      <a href={bulletinUrl(planId, asOf, format)} download>
        {label}
      </a>
    ),
  });
  return (
    <Dropdown
      trigger={["click"]}
      menu={{ items: [item("docx", "Word (.docx)"), item("xlsx", "Excel (.xlsx)")] }}
    >
      <Button icon={<FileTextOutlined />}>
        {t({ zh: "生成通报", en: "Progress bulletin" })} <DownOutlined />
      </Button>
    </Dropdown>
  );
};
