import { Form, InputNumber, Select, Space } from "antd";
import { useLanguage, type Text } from "../i18n.js";

export const DAY_UNIT_OPTIONS: readonly { value: string; label: Text }[] = [
  { value: "calendar_day", label: { zh: "自然日", en: "calendar days" } },
  { value: "working_day", label: { zh: "工作日", en: "working days" } },
];

/**
 * So many calendar or working days, as the plan settings count offsets
 * ({ amount, unit }); `name` is where the pair sits in the form.
 */
export const OffsetFields = ({
  name,
  label,
  min = 0,
}: {
  name: number | readonly (string | number)[];
  /** What the pair means, for screen readers (the visible label is the Form.Item's). */
  label: string;
  min?: number;
}) => {
  const { t } = useLanguage();
  const path = typeof name === "number" ? [name] : name;
  return (
    <Space.Compact>
      <Form.Item name={[...path, "amount"]} noStyle rules={[{ required: true }]}>
        <InputNumber
          min={min}
          max={366}
          precision={0}
          style={{ width: 90 }}
          aria-label={`${label} · ${t({ zh: "天数", en: "days" })}`}
        />
      </Form.Item>
      <Form.Item name={[...path, "unit"]} noStyle>
        <Select
          style={{ width: 150 }}
          aria-label={`${label} · ${t({ zh: "计法", en: "counted in" })}`}
          options={DAY_UNIT_OPTIONS.map((option) => ({
            value: option.value,
            label: t(option.label),
          }))}
        />
      </Form.Item>
    </Space.Compact>
  );
};
