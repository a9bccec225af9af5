import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Checkbox, Form, Input, InputNumber, Space } from "antd";
import { useLanguage } from "../../i18n.js";
import { maxLength, requiredText } from "../validation.js";

const MAX_LEVELS = 10;

/** The escalation steps for overdue milestones (提醒 → 催办 → 督办通知 → 通报), one line each. */
export const EscalationFields = () => {
  const { t } = useLanguage();
  return (
    <Form.List name={["settings", "escalation"]}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: "100%" }}>
          {fields.map((field, index) => {
            const level = t({ zh: `第 ${String(index + 1)} 级`, en: `Level ${String(index + 1)}` });
            return (
              <Space key={field.key} wrap align="baseline">
                <Form.Item
                  name={[field.name, "name"]}
                  rules={[requiredText(t), maxLength(t, 20)]}
                  style={{ marginBottom: 0 }}
                >
                  <Input
                    style={{ width: 120 }}
                    aria-label={`${level} · ${t({ zh: "名称", en: "name" })}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, "afterDaysOverdue"]}
                  rules={[{ required: true }]}
                  style={{ marginBottom: 0 }}
                >
                  <InputNumber
                    min={1}
                    max={366}
                    precision={0}
                    prefix={t({ zh: "逾期", en: "overdue" })}
                    suffix={t({ zh: "天起", en: "days on" })}
                    aria-label={`${level} · ${t({ zh: "逾期天数", en: "days overdue" })}`}
                    style={{ width: 170 }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, "notifyOffice"]}
                  valuePropName="checked"
                  style={{ marginBottom: 0 }}
                >
                  <Checkbox>{t({ zh: "同时通知督查室", en: "also tell the office" })}</Checkbox>
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t({ zh: `删除${level}`, en: `Remove ${level}` })}
                  onClick={() => {
                    remove(field.name);
                  }}
                />
              </Space>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_LEVELS}
            onClick={() => {
              add({ name: "", afterDaysOverdue: 1, notifyOffice: false });
            }}
          >
            {t({ zh: "添加一级", en: "Add a level" })}
          </Button>
        </Space>
      )}
    </Form.List>
  );
};
