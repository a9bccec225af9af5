import { DownOutlined, DownloadOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useLanguage } from "../i18n.js";
import { isOffice, useSession } from "../session.js";
import { exportHref } from "./export-href.js";
import type { Filters } from "./plan-query.js";

/** What the plan table offers to export, and how each choice is called. */
const CHOICES = [
  { format: "docx", label: { zh: "Word 表格（.docx）", en: "Word table (.docx)" } },
  { format: "xlsx", label: { zh: "Excel 表格（.xlsx）", en: "Excel table (.xlsx)" } },
  { format: "csv", label: { zh: "CSV 数据（含状态）", en: "CSV data with status" } },
] as const;

/** 导出: the table as the page shows it, in Word, Excel or CSV, downloaded by the browser. */
export const ExportMenu = ({ planId, filters }: { planId: number; filters: Filters }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const asPart = isOffice(session) || filters.unitId === session.actor.unitId;
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: CHOICES.map(({ format, label }) => ({
          key: format,
          label: (
            <a href={exportHref(planId, filters, format, asPart)} download>
              {t(label)}
            </a>
          ),
        })),
      }}
    >
      <Button icon={<DownloadOutlined />}>
        {t({ zh: "导出", en: "Export" })} <DownOutlined />
      </Button>
    </Dropdown>
  );
};
