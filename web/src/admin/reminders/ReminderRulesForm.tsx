import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, InputNumber, message, Space, Switch } from "antd";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { OffsetFields } from "../OffsetFields.js";
import { usePlanSettings, type PlanSettings } from "../use-plan-settings.js";
import { useServerForm } from "../use-server-form.js";

const MAX_BEFORE_DUE = 10;

/** The part of the request body ({ settings: { reminders } }) this form edits. */
interface RulesFields {
  readonly settings: { readonly reminders: PlanSettings["reminders"] };
}

/** When reminders (催办) go out for the plan's milestones: part of its settings. */
export const ReminderRulesForm = ({ planId }: { planId: number }) => {
  const { t } = useLanguage();
  const stored = usePlanSettings(planId);
  const { form, error, busy, submit } = useServerForm<RulesFields>();
  const [toast, toastHolder] = message.useMessage();
  const save = async ({ settings }: RulesFields) => {
    const saved = await submit(() =>
      stored.save((current) => ({ ...current, reminders: settings.reminders })),
    );
    if (saved) void toast.success(t({ zh: "提醒规则已保存", en: "Reminder rules saved" }));
  };
  if (stored.data === undefined) return <ErrorAlert error={stored.error} />;
  // Outside the form, which starts afresh when a save moves the version on.
  return (
    <>
      {toastHolder}
      <Form<RulesFields>
        key={stored.data.version}
        form={form}
        layout="vertical"
        initialValues={{ settings: { reminders: stored.data.settings.reminders } }}
        onFinish={(fields) => void save(fields)}
      >
        <ErrorAlert error={error} />
        <Form.Item label={t({ zh: "到期前提醒", en: "Reminders before the deadline" })}>
          <Form.List name={["settings", "reminders", "beforeDue"]}>
            {(fields, { add, remove }) => (
              <Space wrap>
                {fields.map((field, index) => {
                  const label = t({
                    zh: `第 ${String(index + 1)} 次提醒`,
                    en: `Reminder ${String(index + 1)}`,
                  });
                  return (
                    <Space.Compact key={field.key}>
                      <OffsetFields name={field.name} label={label} />
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t({ zh: `删除${label}`, en: `Remove ${label}` })}
                        onClick={() => {
                          remove(field.name);
                        }}
                      />
                    </Space.Compact>
                  );
                })}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_BEFORE_DUE}
                  onClick={() => {
                    add({ amount: 3, unit: "working_day" });
                  }}
                >
                  {t({ zh: "添加", en: "Add" })}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item
          name={["settings", "reminders", "overdueEveryDays"]}
          label={t({
            zh: "逾期后每隔几天催办一次",
            en: "When overdue, remind again every … days",
          })}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={90} precision={0} />
        </Form.Item>
        <Form.Item
          name={["settings", "reminders", "missingReport"]}
          label={t({ zh: "定期进展未报送时提醒", en: "Remind when a periodic report is missing" })}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item
          label={t({
            zh: "计划下发后多久未签收即提醒",
            en: "Remind when not acknowledged within",
          })}
        >
          <OffsetFields
            name={["settings", "reminders", "acknowledgeWithin"]}
            label={t({ zh: "签收期限", en: "Acknowledge within" })}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t({ zh: "保存提醒规则", en: "Save the reminder rules" })}
        </Button>
      </Form>
    </>
  );
};
