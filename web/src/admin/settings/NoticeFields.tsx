import { Form, Input, InputNumber, Space } from "antd";
import type { FormRule } from "antd";
import { useLanguage, type Text } from "../../i18n.js";
import { maxLength, requiredText } from "../validation.js";

/** The server's rule (src/domain/supervision-notice.ts): {n} written, nothing in braces but {year} and {n}. */
const templateRule = (t: (text: Text) => string): FormRule => ({
  validator: (_rule, value: unknown) => {
    const template = typeof value === "string" ? value : "";
    const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].find(
      ([, name]) => name !== "n" && name !== "year",
    );
    if (!template.includes("{n}")) {
      return Promise.reject(
        new Error(t({ zh: "须包含序号 {n}", en: "Must contain the number, {n}" })),
      );
    }
    if (unknown !== undefined) {
      return Promise.reject(
        new Error(
          t({
            zh: `只能用 {year} 和 {n}，不能用 ${unknown[0]}`,
            en: `Only {year} and {n} may be used, not ${unknown[0]}`,
          }),
        ),
      );
    }
    return Promise.resolve();
  },
});

/** 督办通知单: the issuing office, the number's template and the days a unit has to reply. */
export const NoticeFields = () => {
  const { t } = useLanguage();
  return (
    <Space wrap align="start">
      <Form.Item
        name={["settings", "notice", "office"]}
        label={t({ zh: "发文单位", en: "Issuing office" })}
        rules={[maxLength(t, 40)]}
        tooltip={t({
          zh: "留空则为计划发文机关的督查室（默认“市政府督查室”）",
          en: "Empty: the plan issuer's 督查室 (by default 市政府督查室)",
        })}
      >
        <Input style={{ width: 220 }} placeholder="市政府督查室" allowClear />
      </Form.Item>
      <Form.Item
        name={["settings", "notice", "numberTemplate"]}
        label={t({ zh: "编号格式", en: "Number template" })}
        rules={[requiredText(t), maxLength(t, 40), templateRule(t)]}
        tooltip={t({
          zh: "{year} 为年份，{n} 为本年度序号，如〔{year}〕第{n}号",
          en: "{year}: the year; {n}: the number in the year's sequence, e.g. 〔{year}〕第{n}号",
        })}
      >
        <Input style={{ width: 220 }} />
      </Form.Item>
      <Form.Item
        name={["settings", "notice", "replyWorkingDays"]}
        label={t({ zh: "反馈时限", en: "Reply within" })}
        rules={[{ required: true }]}
      >
        <InputNumber
          min={1}
          max={60}
          precision={0}
          suffix={t({ zh: "个工作日", en: "working days" })}
          style={{ width: 160 }}
        />
      </Form.Item>
    </Space>
  );
};
