import { Button, Card, Empty, Form, InputNumber, message, Select, Space, Switch } from "antd";
import { usePlan } from "../../plan-context.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { DAY_UNIT_OPTIONS } from "../OffsetFields.js";
import { usePlanSettings, type PlanSettings } from "../use-plan-settings.js";
import { useServerForm } from "../use-server-form.js";
import { EscalationFields } from "./EscalationFields.js";
import { NoticeFields } from "./NoticeFields.js";

type Cycle = NonNullable<PlanSettings["reportCycle"]>;

/** The form mirrors the request body ({ settings: … }), so the server's field names fit it. */
interface SettingsFields {
  readonly settings: Pick<
    PlanSettings,
    "reviewRequired" | "warningDays" | "warningUnit" | "escalation"
  > & {
    readonly reportCycle: Cycle;
    /** The office as typed: empty for the default. */
    readonly notice: Omit<PlanSettings["notice"], "office"> & { readonly office?: string | null };
  };
  readonly reporting: boolean;
}

const fieldsOf = (settings: PlanSettings): SettingsFields => ({
  settings: { ...settings, reportCycle: settings.reportCycle ?? { every: "month", day: 25 } },
  reporting: settings.reportCycle !== null,
});

const PlanSettingsForm = ({ planId }: { planId: number }) => {
  const { t } = useLanguage();
  const stored = usePlanSettings(planId);
  const { form, error, busy, submit } = useServerForm<SettingsFields>();
  const reporting = Form.useWatch<boolean | undefined>("reporting", form);
  const [toast, toastHolder] = message.useMessage();
  const save = async ({ settings, reporting: on }: SettingsFields) => {
    const saved = await submit(() =>
      stored.save((current) => ({
        ...current,
        reviewRequired: settings.reviewRequired,
        warningDays: settings.warningDays,
        warningUnit: settings.warningUnit,
        reportCycle: on ? settings.reportCycle : null,
        // Levels are reached in order of days overdue, whatever order they were typed in.
        escalation: [...settings.escalation].sort(
          (a, b) => a.afterDaysOverdue - b.afterDaysOverdue,
        ),
        notice: {
          office: (settings.notice.office ?? "").trim() || null,
          numberTemplate: settings.notice.numberTemplate.trim(),
          replyWorkingDays: settings.notice.replyWorkingDays,
        },
      })),
    );
    if (saved) void toast.success(t({ zh: "设置已保存", en: "Settings saved" }));
  };
  if (stored.data === undefined) return <ErrorAlert error={stored.error} />;
  // Outside the form, which starts afresh when a save moves the version on.
  return (
    <>
      {toastHolder}
      <Form<SettingsFields>
        key={stored.data.version}
        form={form}
        layout="vertical"
        initialValues={fieldsOf(stored.data.settings)}
        onFinish={(fields) => void save(fields)}
        style={{ maxWidth: 720 }}
      >
        <ErrorAlert error={error} />
        <Form.Item
          name={["settings", "reviewRequired"]}
          label={t({ zh: "完成申报需审核", en: "Completion needs review" })}
          valuePropName="checked"
          extra={t({
            zh: "开启后，单位申报完成后须经督查室审核通过才算已完成。",
            en: "When on, a completion counts only once the supervision office approves it.",
          })}
        >
          <Switch />
        </Form.Item>
        <Form.Item
          label={t({ zh: "临期提醒窗口", en: "Due-soon window" })}
          extra={t({
            zh: "完成时限前这么多天内未完成的节点为“临期”（黄灯）。",
            en: "Milestones not done this close to their deadline are due soon (yellow).",
          })}
          required
        >
          <Space.Compact>
            <Form.Item name={["settings", "warningDays"]} noStyle rules={[{ required: true }]}>
              <InputNumber
                min={0}
                max={365}
                precision={0}
                style={{ width: 100 }}
                aria-label={t({ zh: "临期天数", en: "Due-soon days" })}
              />
            </Form.Item>
            <Form.Item name={["settings", "warningUnit"]} noStyle>
              <Select
                style={{ width: 150 }}
                aria-label={t({ zh: "临期天数计法", en: "Due-soon days counted in" })}
                options={DAY_UNIT_OPTIONS.map((o) => ({ value: o.value, label: t(o.label) }))}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item label={t({ zh: "定期报送进展", en: "Periodic progress reports" })}>
          <Space wrap>
            <Form.Item name="reporting" valuePropName="checked" noStyle>
              <Switch aria-label={t({ zh: "定期报送进展", en: "Periodic progress reports" })} />
            </Form.Item>
            {reporting === true && (
              <>
                <Form.Item name={["settings", "reportCycle", "every"]} noStyle>
                  <Select
                    style={{ width: 110 }}
                    aria-label={t({ zh: "报送周期", en: "Reporting period" })}
                    options={[
                      { value: "month", label: t({ zh: "每月", en: "monthly" }) },
                      { value: "quarter", label: t({ zh: "每季度", en: "quarterly" }) },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name={["settings", "reportCycle", "day"]}
                  noStyle
                  rules={[{ required: true }]}
                >
                  <InputNumber
                    min={1}
                    max={28}
                    precision={0}
                    prefix={t({ zh: "截止", en: "due on day" })}
                    suffix={t({ zh: "日", en: "" })}
                    style={{ width: 150 }}
                    aria-label={t({ zh: "报送截止日", en: "Reports due on day" })}
                  />
                </Form.Item>
              </>
            )}
          </Space>
        </Form.Item>
        <Form.Item
          label={t({ zh: "逾期升级", en: "Escalation when overdue" })}
          extra={t({
            zh: "逾期达到天数即升至该级；按天数从少到多排列。",
            en: "A milestone reaches a level after so many days overdue; kept in order of days.",
          })}
        >
          <EscalationFields />
        </Form.Item>
        <Form.Item
          label={t({ zh: "督办通知单", en: "Supervision notices" })}
          extra={t({
            zh: "各计划的督办通知单共用督查室每年一个序号。",
            en: "Notices of every plan share the office's one sequence a year.",
          })}
        >
          <NoticeFields />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t({ zh: "保存设置", en: "Save the settings" })}
        </Button>
      </Form>
    </>
  );
};

/** 计划设置: how the chosen plan is run (the supervision office's, PUT /api/plans/{id}/settings). */
export const PlanSettingsSection = () => {
  const { t } = useLanguage();
  const { plan } = usePlan();
  if (plan === null) return <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />;
  return (
    <Card size="small" title={plan.title}>
      <PlanSettingsForm key={plan.id} planId={plan.id} />
    </Card>
  );
};
