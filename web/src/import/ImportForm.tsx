import { InboxOutlined } from "@ant-design/icons";
import {
  Button,
  Col,
  Collapse,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Upload,
  type UploadFile,
} from "antd";
import type { PlanSummary } from "../api.js";
import { useLanguage } from "../i18n.js";
import type { TableUpload } from "./send-table.js";

export const TABLE_ACCEPT = ".docx,.xlsx,.csv,.txt,.html,.htm";

interface ImportFields {
  readonly files: UploadFile[];
  readonly target: "new" | "revision";
  readonly planId?: number;
  readonly year?: number | null;
  readonly title?: string;
  readonly issuer?: string;
}

const uploadOf = (fields: ImportFields): TableUpload | null => {
  const file = fields.files[0]?.originFileObj;
  if (file === undefined) return null;
  const target =
    fields.target === "revision" && fields.planId !== undefined
      ? { kind: "revision" as const, planId: fields.planId }
      : { kind: "new" as const };
  return {
    file,
    target,
    overrides: {
      ...(fields.year === undefined ? {} : { year: fields.year }),
      ...(fields.title === undefined ? {} : { title: fields.title }),
      ...(fields.issuer === undefined ? {} : { issuer: fields.issuer }),
    },
  };
};

/** What to use where the file does not say; sent only when filled in. */
const OverrideFields = () => {
  const { t } = useLanguage();
  return (
    <>
      <Form.Item name="year" label={t({ zh: "年份", en: "Year" })}>
        <InputNumber min={1949} max={2200} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t({ zh: "标题（替换文件中的标题）", en: "Title (replaces the file's)" })}
        rules={[{ max: 500 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="issuer"
        label={t({
          zh: "发文机关（标题未写明时使用；拟定标题默认市政府）",
          en: "Issuer (when the title names none; a composed title's is 市政府 by default)",
        })}
        rules={[{ max: 200 }]}
      >
        <Input />
      </Form.Item>
    </>
  );
};

/**
 * The file (dropped or chosen), whether it starts a plan or revises one,
 * and what to use where the file does not say (year, title, issuer).
 * Nothing is sent until "preview", and then only as a dry run.
 */
export const ImportForm = ({
  plans,
  busy,
  onPreview,
  onEdit,
}: {
  plans: readonly PlanSummary[];
  busy: boolean;
  onPreview: (upload: TableUpload) => void;
  /** Any change: the preview no longer shows what would be imported. */
  onEdit: () => void;
}) => {
  const { t } = useLanguage();
  const [form] = Form.useForm<ImportFields>();
  const target = Form.useWatch("target", form);
  return (
    <Form<ImportFields>
      form={form}
      layout="vertical"
      initialValues={{ files: [], target: "new" }}
      onValuesChange={onEdit}
      onFinish={(fields) => {
        const upload = uploadOf(fields);
        if (upload !== null) onPreview(upload);
      }}
    >
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Form.Item
            name="files"
            label={t({ zh: "计划表文件", en: "Plan table file" })}
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
            rules={[{ required: true, message: t({ zh: "请选择文件", en: "Choose a file" }) }]}
          >
            <Upload.Dragger accept={TABLE_ACCEPT} maxCount={1} beforeUpload={() => false}>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">
                {t({
                  zh: "把文件拖到这里，或点击选择",
                  en: "Drop the file here, or click to choose",
                })}
              </p>
              <p className="ant-upload-hint">
                {t({
                  zh: "Word（.docx）、Excel（.xlsx）、CSV、纯文本（.txt）或网页（.html）的任务分解表或分工方案",
                  en: "A decomposition table or responsibility document in Word (.docx), Excel (.xlsx), CSV, plain text (.txt) or a web page (.html)",
                })}
              </p>
            </Upload.Dragger>
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="target" label={t({ zh: "导入为", en: "Import as" })}>
            <Radio.Group
              options={[
                { value: "new", label: t({ zh: "新计划", en: "A new plan" }) },
                {
                  value: "revision",
                  label: t({ zh: "已有计划的新版本", en: "A new revision of a plan" }),
                  disabled: plans.length === 0,
                },
              ]}
            />
          </Form.Item>
          {target === "revision" && (
            <Form.Item
              name="planId"
              label={t({ zh: "要修订的计划", en: "Plan to revise" })}
              rules={[{ required: true, message: t({ zh: "请选择计划", en: "Choose a plan" }) }]}
            >
              <Select
                showSearch={{ optionFilterProp: "label" }}
                options={plans.map((plan) => ({
                  value: plan.id,
                  label: t({
                    zh: `${plan.title}（第 ${String(plan.currentRevision)} 版）`,
                    en: `${plan.title} (revision ${String(plan.currentRevision)})`,
                  }),
                }))}
              />
            </Form.Item>
          )}
          <Collapse
            ghost
            size="small"
            style={{ marginBottom: 16 }}
            items={[
              {
                key: "overrides",
                label: t({
                  zh: "文件没有写明年份或标题时",
                  en: "When the file states no year or title",
                }),
                forceRender: true,
                children: <OverrideFields />,
              },
            ]}
          />
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t({ zh: "预览（试导入，不保存）", en: "Preview (dry run, nothing is saved)" })}
      </Button>
    </Form>
  );
};
