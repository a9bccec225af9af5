import { CheckCircleOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Result,
  Spin,
  Tag,
  Typography,
  type UploadFile,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { ApiFailure, type Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { TERMS } from "../glossary.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { LanguageSwitch } from "../common/LanguageSwitch.js";
import { useApi } from "../common/use-api.js";
import { EvidenceDragger } from "../milestone/EvidenceDragger.js";
import { upload } from "../upload.js";

type LinkPageData = Schema<"LinkPage">;
type LinkMilestone = LinkPageData["milestones"][number];

interface Input {
  readonly holderName: string;
  readonly text: string;
  readonly files?: UploadFile[];
}

/** The API path of the link's secret; the page's own path carries it after /link/. */
const apiPath = (token: string): string => `/api/link/${encodeURIComponent(token)}`;

const heading = (m: LinkMilestone): string =>
  `${m.task.no === null ? "" : String(m.task.no)}${m.seq === null ? "" : `（${String(m.seq)}）`}`;

/** One milestone the link names, and how to read the page again after a submission. */
interface MilestoneProps {
  readonly token: string;
  readonly milestone: LinkMilestone;
  readonly reload: () => void;
}

/** 报送材料 on one milestone: the holder's name, the text, files; then what was sent. */
const InputForm = ({ token, milestone, reload }: MilestoneProps) => {
  const { t } = useLanguage();
  const [form] = Form.useForm<Input>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const submit = async (values: Input) => {
    setBusy(true);
    setError(null);
    try {
      const body = new FormData();
      body.append("holderName", values.holderName);
      body.append("text", values.text);
      for (const file of values.files ?? []) {
        if (file.originFileObj !== undefined) body.append("files", file.originFileObj, file.name);
      }
      await upload(`${apiPath(token)}/milestones/${String(milestone.id)}/input`, body);
      form.resetFields(["text", "files"]);
      setSent(true);
      reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  if (sent) {
    return (
      <Result
        status="success"
        icon={<CheckCircleOutlined />}
        title={t({ zh: "已报送牵头单位", en: "Sent to the lead unit" })}
        subTitle={t({
          zh: "牵头单位可在该节点计划的历史中看到并引用。",
          en: "The lead unit sees it in the milestone's history and can cite it.",
        })}
        extra={
          <Button
            onClick={() => {
              setSent(false);
            }}
          >
            {t({ zh: "再报送一份", en: "Send more" })}
          </Button>
        }
        data-testid="link-sent"
      />
    );
  }
  return (
    <Form
      form={form}
      name={`link-input-${String(milestone.id)}`}
      layout="vertical"
      onFinish={(values) => void submit(values)}
    >
      <ErrorAlert error={error} />
      <Form.Item
        label={t({ zh: "您的姓名", en: "Your name" })}
        name="holderName"
        extra={t({
          zh: "将显示在该节点计划的历史记录中",
          en: "It shows in the milestone's history",
        })}
        rules={[{ required: true, whitespace: true }, { max: 40 }]}
      >
        <Input maxLength={40} autoComplete="name" />
      </Form.Item>
      <Form.Item
        label={t({ zh: "报送内容", en: "Your input" })}
        name="text"
        rules={[{ required: true, whitespace: true }, { max: 10_000 }]}
      >
        <Input.TextArea rows={5} showCount maxLength={10_000} />
      </Form.Item>
      <Form.Item
        label={t({ zh: "佐证材料（可不传）", en: "Evidence files (optional)" })}
        name="files"
        valuePropName="fileList"
      >
        <EvidenceDragger />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block size="large">
        {t({ zh: "报送材料", en: "Send input" })}
      </Button>
    </Form>
  );
};

const MilestoneCard = ({ token, milestone, reload }: MilestoneProps) => {
  const { t } = useLanguage();
  const roleOf = (unit: LinkMilestone["units"][number]): string =>
    unit.roleLabel ??
    (unit.role === "lead"
      ? t({ zh: TERMS.leadUnit.zh, en: TERMS.leadUnit.en })
      : t({ zh: TERMS.cooperatingUnit.zh, en: TERMS.cooperatingUnit.en }));
  return (
    <Card
      size="small"
      title={`${t({ zh: TERMS.milestone.zh, en: TERMS.milestone.en })} ${heading(milestone)}`}
      data-testid="link-milestone"
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{milestone.text}</Typography.Paragraph>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: "task",
              label: t({ zh: TERMS.task.zh, en: TERMS.task.en }),
              children: milestone.task.title,
            },
            {
              key: "deadline",
              label: t({ zh: "完成时限", en: "Deadline" }),
              children: milestone.deadline === "" ? "—" : milestone.deadline,
            },
            {
              key: "units",
              label: t({ zh: "责任单位", en: "Responsible units" }),
              children: (
                <Flex wrap gap={4}>
                  {milestone.units.map((unit) => (
                    <Tag key={unit.unit} color={unit.role === "lead" ? "blue" : undefined}>
                      {unit.unit} · {roleOf(unit)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
        {milestone.submissions.length > 0 && (
          <div>
            <Typography.Text strong>
              {t({ zh: "已通过此链接报送", en: "Sent through this link" })}
            </Typography.Text>
            <ul style={{ paddingInlineStart: 20, margin: "4px 0 0" }}>
              {milestone.submissions.map((s) => (
                <li key={s.at}>
                  {dayjs(s.at).format("YYYY-MM-DD HH:mm")} {s.holder}：{s.text}
                  {s.files > 0 &&
                    t({ zh: `（附件 ${String(s.files)} 个）`, en: ` (${String(s.files)} files)` })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {milestone.open ? (
          <InputForm token={token} milestone={milestone} reload={reload} />
        ) : (
          <Alert
            type="success"
            showIcon
            title={t({ zh: "本节点计划已完成，不再报送。", en: "This milestone is done." })}
          />
        )}
      </Flex>
    </Card>
  );
};

/** Why the link opens nothing: revoked or unknown, expired, or another failure. */
const Refused = ({ error }: { error: Error }) => {
  const { language, t } = useLanguage();
  if (!(error instanceof ApiFailure && [404, 410].includes(error.body.error.status))) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Result
      status="warning"
      title={t({ zh: "链接无法使用", en: "This link cannot be used" })}
      subTitle={error.body.error.message[language]}
      data-testid="link-refused"
    />
  );
};

/**
 * /link/{token}: what a unit without an account opens from a message, on a
 * phone as often as not. It reads the milestones the link names and sends
 * the unit's input on them; nothing else of Duban is reachable from here.
 */
export const LinkPage = ({ token }: { token: string }) => {
  const { t } = useLanguage();
  const loaded = useApi<LinkPageData>(apiPath(token));
  const page = loaded.data;
  return (
    <App component={false}>
      <main style={{ maxWidth: 640, margin: "0 auto", padding: "12px 12px 32px" }}>
        <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t({ zh: "督办 · 报送材料", en: "Duban · Send input" })}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        {loaded.error !== undefined ? (
          <Refused error={loaded.error} />
        ) : page === undefined ? (
          <Spin />
        ) : (
          <Flex vertical gap={12}>
            <Alert
              type="info"
              showIcon
              title={t({
                zh: `本链接供「${page.unit}」${page.contact === null ? "" : `（${page.contact}）`}报送以下节点计划的材料，有效期至 ${dayjs(page.expiresAt).format("YYYY-MM-DD HH:mm")}。请勿转发。`,
                en: `This link lets "${page.unit}"${page.contact === null ? "" : ` (${page.contact})`} send input on the milestones below, until ${dayjs(page.expiresAt).format("YYYY-MM-DD HH:mm")}. Do not forward it.`,
              })}
            />
            {page.milestones.length === 0 && (
              <Alert
                type="warning"
                title={t({
                  zh: "链接所列的节点计划已不再由本单位承担。",
                  en: "Your unit no longer works on the milestones this link names.",
                })}
              />
            )}
            {page.milestones.map((m) => (
              <MilestoneCard key={m.id} token={token} milestone={m} reload={loaded.reload} />
            ))}
          </Flex>
        )}
      </main>
    </App>
  );
};
