import type { ReactNode } from "react";
import { DatePicker, Input, Select, Space } from "antd";
import dayjs from "dayjs";
import type { Answer } from "../api.js";
import { useLanguage } from "../i18n.js";
import { STATUS_LABEL, STATUS_ORDER, textOf } from "../common/labels.js";
import { useApi } from "../common/use-api.js";
import type { Filters } from "./plan-query.js";

const UnitFilter = ({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) => {
  const { t } = useLanguage();
  const units = useApi<Answer<"/api/units", "get">>("/api/units");
  return (
    <Space.Compact>
      <Select
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        placeholder={t({ zh: "责任单位", en: "Unit" })}
        aria-label={t({ zh: "责任单位", en: "Unit" })}
        style={{ width: 180 }}
        loading={units.loading}
        options={(units.data?.items ?? [])
          .filter((unit) => unit.kind === "unit")
          .map((unit) => ({ value: unit.id, label: unit.name }))}
        value={value.unitId ?? undefined}
        onChange={(unitId: number | undefined) => {
          onChange({ ...value, unitId: unitId ?? null });
        }}
      />
      <Select
        aria-label={t({ zh: "牵头或配合", en: "Lead or cooperating" })}
        style={{ width: 110 }}
        disabled={value.unitId === null}
        value={value.unitRole ?? "any"}
        options={[
          { value: "any", label: t({ zh: "牵头或配合", en: "Any role" }) },
          { value: "lead", label: t({ zh: "牵头", en: "Lead" }) },
          { value: "cooperating", label: t({ zh: "配合", en: "Cooperating" }) },
        ]}
        onChange={(role: "any" | "lead" | "cooperating") => {
          onChange({ ...value, unitRole: role === "any" ? null : role });
        }}
      />
    </Space.Compact>
  );
};

/** 责任单位, 状态, 完成时限 month, 关键词 and 截至日期: every light is recomputed for the day chosen. */
export const PlanFilters = ({
  value,
  onChange,
  children,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  /** Actions on what the filters show (导出), after them. */
  children?: ReactNode;
}) => {
  const { t } = useLanguage();
  return (
    <Space wrap style={{ marginBottom: 12 }} className="no-print">
      <UnitFilter value={value} onChange={onChange} />
      <Select
        allowClear
        placeholder={t({ zh: "状态", en: "Status" })}
        aria-label={t({ zh: "状态", en: "Status" })}
        style={{ width: 120 }}
        options={STATUS_ORDER.map((status) => ({
          value: status,
          label: t(textOf(STATUS_LABEL, status)),
        }))}
        value={value.status ?? undefined}
        onChange={(status: string | undefined) => {
          onChange({ ...value, status: status ?? null });
        }}
      />
      <DatePicker
        picker="month"
        placeholder={t({ zh: "完成时限所在月", en: "Due month" })}
        aria-label={t({ zh: "完成时限所在月", en: "Due month" })}
        value={value.month === null ? null : dayjs(`${value.month}-01`)}
        onChange={(month) => {
          onChange({ ...value, month: month === null ? null : month.format("YYYY-MM") });
        }}
      />
      <Input.Search
        allowClear
        defaultValue={value.text}
        placeholder={t({ zh: "搜索任务或节点", en: "Search tasks and milestones" })}
        aria-label={t({ zh: "搜索", en: "Search" })}
        style={{ width: 220 }}
        onSearch={(text) => {
          onChange({ ...value, text: text.trim() });
        }}
      />
      <DatePicker
        placeholder={t({ zh: "截至日期", en: "As of" })}
        aria-label={t({ zh: "截至日期", en: "As of" })}
        value={value.asOf === null ? null : dayjs(value.asOf)}
        onChange={(day) => {
          onChange({ ...value, asOf: day === null ? null : day.format("YYYY-MM-DD") });
        }}
      />
      {children}
    </Space>
  );
};
