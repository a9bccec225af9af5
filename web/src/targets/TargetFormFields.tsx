import { Form, Input, InputNumber, Select, type FormInstance } from "antd";
import { useLanguage } from "../i18n.js";
import { maxLength, required, requiredText } from "../admin/validation.js";
import { COMPARISON_WORD, type TargetComparison } from "./target-words.js";

const COMPARISONS = Object.keys(COMPARISON_WORD) as TargetComparison[];

/** subject, comparison, value or low–high, unit of measure and baseline, as the API names them. */
export const TargetFormFields = ({ form }: { form: FormInstance }) => {
  const { t } = useLanguage();
  const comparison = Form.useWatch<TargetComparison | undefined>("comparison", form);
  return (
    <>
      <Form.Item
        name="subject"
        label={t({ zh: "指标", en: "Subject" })}
        rules={[requiredText(t), maxLength(t, 200)]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="comparison"
        label={t({ zh: "比较", en: "Comparison" })}
        rules={[required(t)]}
      >
        <Select
          options={COMPARISONS.map((value) => ({ value, label: t(COMPARISON_WORD[value]) }))}
        />
      </Form.Item>
      {comparison === "range" ? (
        <>
          <Form.Item name="low" label={t({ zh: "下限", en: "Low" })}>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="high" label={t({ zh: "上限", en: "High" })}>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="value" label={t({ zh: "目标值", en: "Value" })}>
          <InputNumber style={{ width: "100%" }} />
        </Form.Item>
      )}
      <Form.Item
        name="unitOfMeasure"
        label={t({ zh: "计量单位", en: "Unit of measure" })}
        rules={[requiredText(t), maxLength(t, 20)]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="baseline" label={t({ zh: "基数（上年值）", en: "Baseline (last year)" })}>
        <InputNumber style={{ width: "100%" }} />
      </Form.Item>
    </>
  );
};
