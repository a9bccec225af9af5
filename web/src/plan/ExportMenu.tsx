import { DownloadOutlined } from "@ant-design/icons";
import { DownloadMenu } from "../common/DownloadMenu.js";
import type { Schema } from "../api.js";
import { exportHref } from "./export-href.js";
import type { Filters } from "./plan-query.js";

/** What the plan table offers to export, and how each choice is called. */
const CHOICES = [
  { format: "docx", label: { zh: "Word 表格（.docx）", en: "Word table (.docx)" } },
  { format: "xlsx", label: { zh: "Excel 表格（.xlsx）", en: "Excel table (.xlsx)" } },
  { format: "csv", label: { zh: "CSV 数据（含状态）", en: "CSV data with status" } },
] as const;

/** 导出: the table as the page shows it, in Word, Excel or CSV, downloaded by the browser. */
export const ExportMenu = ({
  planId,
  filters,
  can,
}: {
  planId: number;
  filters: Filters;
  can: Schema<"PlanAbilities">;
}) => {
  const asPart =
    can.exportWhole || (filters.unitId !== null && can.exportPartsOf.includes(filters.unitId));
  return (
    <DownloadMenu
      label={{ zh: "导出", en: "Export" }}
      icon={<DownloadOutlined />}
      choices={CHOICES.map(({ format, label }) => ({
        key: format,
        label,
        href: exportHref(planId, filters, format, asPart),
      }))}
    />
  );
};
