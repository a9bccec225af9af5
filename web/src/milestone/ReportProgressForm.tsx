import { Alert, App, Button, Form, Input, InputNumber, Select, type UploadFile } from "antd";
import { api, type Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { EvidenceDragger } from "./EvidenceDragger.js";
import { uploadEvidence } from "./evidence-files.js";
import { textField, unitName, type LedgerEntry } from "./ledger-entry.js";
import { useWorkflowWrite } from "./use-workflow-write.js";

interface Report {
  readonly text: string;
  readonly percent?: number | null;
  readonly files?: UploadFile[];
  readonly cites?: number[];
}

/**
 * 报送进展: text, percent and evidence files. The milestone's lead unit's
 * report is its progress and may cite the other units' inputs; any other
 * unit's (cooperating, or leading only the task) is input for that lead.
 */
export const ReportProgressForm = ({
  milestone,
  inputs,
  reload,
}: {
  milestone: Milestone;
  /** Cooperating units' reports on this milestone, which the lead's report may cite. */
  inputs: readonly LedgerEntry[];
  reload: () => void;
}) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Report>();
  const { run, error, busy } = useWorkflowWrite(reload);
  const lead = milestone.can.reportOfficially;
  const submit = async (values: Report) => {
    const sent = await run(async () =>
      api("POST", `/api/milestones/${String(milestone.id)}/reports`, {
        version: milestone.workflow.version,
        text: values.text,
        percent: values.percent ?? null,
        attachmentIds: await uploadEvidence(milestone.id, values.files),
        cites: lead ? (values.cites ?? []) : [],
      }),
    );
    if (!sent) return;
    form.resetFields();
    void message.success(
      lead
        ? t({ zh: "进展已报送", en: "Progress reported" })
        : t({ zh: "材料已报送牵头单位", en: "Input sent to the lead unit" }),
    );
  };
  return (
    <Form form={form} name="report" layout="vertical" onFinish={(values) => void submit(values)}>
      {!lead && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t({
            zh: "本单位不是本节点的牵头单位：报送的内容作为牵头单位的参考材料，不计为本节点的进展。",
            en: "Your unit does not lead this milestone: what you send is input for its lead unit, not the milestone's progress.",
          })}
        />
      )}
      <ErrorAlert error={error} />
      <Form.Item
        label={
          lead ? t({ zh: "进展情况", en: "Progress" }) : t({ zh: "报送内容", en: "Your input" })
        }
        name="text"
        rules={[{ required: true, whitespace: true }, { max: 10_000 }]}
      >
        <Input.TextArea rows={4} showCount maxLength={10_000} />
      </Form.Item>
      <Form.Item
        label={t({ zh: "完成比例（%，可不填）", en: "Percent done (optional)" })}
        name="percent"
      >
        <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        label={t({ zh: "佐证材料", en: "Evidence files" })}
        name="files"
        valuePropName="fileList"
      >
        <EvidenceDragger />
      </Form.Item>
      {lead && inputs.length > 0 && (
        <Form.Item
          label={t({ zh: "引用其他单位材料", en: "Cite other units' input" })}
          name="cites"
        >
          <Select
            mode="multiple"
            allowClear
            options={inputs.map((input) => ({
              value: input.id,
              label: `${unitName(milestone, input.unitId)} · ${input.actorName} · ${input.entry.on}：${textField(input.entry, "text") ?? ""}`,
            }))}
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy}>
        {lead
          ? t({ zh: "报送进展", en: "Report progress" })
          : t({ zh: "报送材料", en: "Send input" })}
      </Button>
    </Form>
  );
};
