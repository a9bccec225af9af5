import { DatePicker, Input, Select, Space } from "antd";
import dayjs from "dayjs";

export interface Filters {
  readonly status: string | null;
  readonly text: string;
  /** YYYY-MM-DD; null: today. */
  readonly asOf: string | null;
}

export const NO_FILTERS: Filters = { status: null, text: "", asOf: null };

const STATUS_OPTIONS = [
  { value: "overdue", label: "逾期" },
  { value: "due_soon", label: "临期" },
  { value: "in_progress", label: "推进中" },
  { value: "not_started", label: "未启动" },
  { value: "done", label: "已完成" },
];

/** 状态, 关键词 and 截至日期: every light is recomputed for the day chosen. */
export const PlanFilters = ({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
}) => (
  <Space wrap style={{ marginBottom: 12 }}>
    <Select
      allowClear
      placeholder="状态"
      aria-label="状态"
      style={{ width: 120 }}
      options={STATUS_OPTIONS}
      value={value.status ?? undefined}
      onChange={(status: string | undefined) => {
        onChange({ ...value, status: status ?? null });
      }}
    />
    <Input.Search
      allowClear
      placeholder="搜索任务或节点"
      aria-label="搜索"
      style={{ width: 240 }}
      onSearch={(text) => {
        onChange({ ...value, text: text.trim() });
      }}
    />
    <DatePicker
      placeholder="截至日期"
      aria-label="截至日期"
      value={value.asOf === null ? null : dayjs(value.asOf)}
      onChange={(day) => {
        onChange({ ...value, asOf: day === null ? null : day.format("YYYY-MM-DD") });
      }}
    />
  </Space>
);
