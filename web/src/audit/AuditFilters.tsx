import { DatePicker, Select, Space } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import type { Answer } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useApi } from "../common/use-api.js";
import type { AuditFilters as Filters } from "./audit-query.js";

type Choices = Answer<"/api/audit-events/choices", "get">;

/** 操作人, 单位, 对象, 操作 and a range of days: the audit log's filters. */
export const AuditFilters = ({
  value,
  onChange,
  children,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  /** Actions on what the filters show (导出 CSV), after them. */
  children?: ReactNode;
}) => {
  const { t } = useLanguage();
  const choices = useApi<Choices>("/api/audit-events/choices");
  const units = useApi<Answer<"/api/units", "get">>("/api/units");
  const select = (label: string, width: number) => ({
    allowClear: true,
    showSearch: { optionFilterProp: "label" as const },
    placeholder: label,
    "aria-label": label,
    style: { width },
  });
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select
        {...select(t({ zh: "操作人", en: "Person" }), 200)}
        loading={choices.loading}
        options={(choices.data?.people ?? []).map((person) => ({
          value: person.id,
          label: `${person.name}（${person.unit}）`,
        }))}
        value={value.userId ?? undefined}
        onChange={(userId: number | undefined) => {
          onChange({ ...value, userId: userId ?? null });
        }}
      />
      <Select
        {...select(t({ zh: "单位", en: "Unit" }), 180)}
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
        {...select(t({ zh: "对象", en: "Object" }), 140)}
        options={(choices.data?.objectTypes ?? []).map((object) => ({
          value: object.type,
          label: t(object.name),
        }))}
        value={value.objectType ?? undefined}
        onChange={(objectType: string | undefined) => {
          onChange({ ...value, objectType: objectType ?? null });
        }}
      />
      <Select
        {...select(t({ zh: "操作", en: "Action" }), 200)}
        options={(choices.data?.actions ?? []).map((action) => ({
          value: action.action,
          label: t(action.name),
        }))}
        value={value.action ?? undefined}
        onChange={(action: string | undefined) => {
          onChange({ ...value, action: action ?? null });
        }}
      />
      <DatePicker.RangePicker
        aria-label={t({ zh: "时间范围", en: "Time range" })}
        placeholder={[t({ zh: "开始日期", en: "From" }), t({ zh: "结束日期", en: "To" })]}
        value={
          value.fromDay === null || value.toDay === null
            ? null
            : [dayjs(value.fromDay), dayjs(value.toDay)]
        }
        onChange={(days) => {
          const [from, to] = days ?? [null, null];
          onChange({
            ...value,
            fromDay: from?.format("YYYY-MM-DD") ?? null,
            toDay: to?.format("YYYY-MM-DD") ?? null,
          });
        }}
      />
      {children}
    </Space>
  );
};
