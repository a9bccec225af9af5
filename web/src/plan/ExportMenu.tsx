import { DownOutlined, DownloadOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useLanguage } from "../i18n.js";
import { milestoneQuery, type Filters } from "./PlanFilters.js";

/** What the plan table offers to export, and how each choice is called. */
const CHOICES = [
  { format: "docx", label: { zh: "Word 表格（.docx）", en: "Word table (.docx)" } },
  { format: "xlsx", label: { zh: "Excel 表格（.xlsx）", en: "Excel table (.xlsx)" } },
  { format: "csv", label: { zh: "CSV 数据（含状态）", en: "CSV data with status" } },
] as const;

/**
 * GET /api/plans/:id/export for what the page shows: the list's query with
 * the export's names. A unit filtered on as lead is its 牵头部分 (the same
 * rows, with the header counts line offices expect); any other unit filter
 * stays a filter.
 */
export const exportHref = (planId: number, filters: Filters, format: string): string => {
  const list = milestoneQuery(planId, filters);
  const query = new URLSearchParams({ format });
  for (const [key, value] of list) {
    if (key === "plan") continue;
    if (key === "unit") query.set(filters.unitRole === "lead" ? "unit" : "responsible", value);
    else if (key === "role" && filters.unitRole === "lead") continue;
    else query.set(key === "q" ? "text" : key, value);
  }
  return `/api/plans/${String(planId)}/export?${query.toString()}`;
};

/** 导出: the table as the page shows it, in Word, Excel or CSV, downloaded by the browser. */
export const ExportMenu = ({ planId, filters }: { planId: number; filters: Filters }) => {
  const { t } = useLanguage();
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: CHOICES.map(({ format, label }) => ({
          key: format,
          label: (
            <a href={exportHref(planId, filters, format)} download>
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
