import type { ReactNode } from "react";
import { DatePicker, Input, Select, Space } from "antd";
import dayjs from "dayjs";
import type { Answer } from "../api.js";
import { useLanguage } from "../i18n.js";
import { STATUS_LABEL, STATUS_ORDER, textOf } from "../common/labels.js";
import { useApi } from "../common/use-api.js";

export interface Filters {
  readonly unitId: number | null;
  /** With unitId: where it leads, where it cooperates, or either. */
  readonly unitRole: "lead" | "cooperating" | null;
  readonly status: string | null;
  /** YYYY-MM: milestones due that month. */
  readonly month: string | null;
  readonly text: string;
  /** YYYY-MM-DD; null: the server's today. */
  readonly asOf: string | null;
}

export const NO_FILTERS: Filters = {
  unitId: null,
  unitRole: null,
  status: null,
  month: null,
  text: "",
  asOf: null,
};

/** The query of GET /api/milestones for these filters. */
export const milestoneQuery = (planId: number, filters: Filters): URLSearchParams => {
  const query = new URLSearchParams({ plan: String(planId) });
  if (filters.unitId !== null) query.set("unit", String(filters.unitId));
  if (filters.unitId !== null && filters.unitRole !== null) query.set("role", filters.unitRole);
  if (filters.status !== null) query.set("status", filters.status);
  if (filters.text !== "") query.set("q", filters.text);
  if (filters.asOf !== null) query.set("asOf", filters.asOf);
  if (filters.month !== null) {
    const month = dayjs(`${filters.month}-01`);
    query.set("dueFrom", month.format("YYYY-MM-DD"));
    query.set("dueTo", month.endOf("month").format("YYYY-MM-DD"));
  }
  return query;
};

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
