import { LinkOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, type Answer, type Milestone, type Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { LinksTable } from "../common/LinksTable.js";
import { useApi } from "../common/use-api.js";

type NewLink = Schema<"NewLink">;

interface LinkForm {
  readonly unitId: number;
  readonly contactName?: string;
  readonly days?: number | null;
}

/** The server's limits (src/domain/milestone-link.ts). */
const DEFAULT_DAYS = 14;
const MAX_DAYS = 60;

/**
 * 生成填报链接: a link for a unit this milestone names (not its lead) to
 * read it and send input without an account. The address is shown once,
 * to copy into a message; below, the links on this milestone the caller
 * manages (the office all, a unit its own), with their use and 撤销.
 */
export const IssueLinkButton = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<NewLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const units = milestone.units.filter((u) => u.role !== "lead");
  const links = useApi<Answer<"/api/links", "get">>(open ? "/api/links" : null);
  const here = (links.data?.items ?? []).filter((link) =>
    link.milestones.some((m) => m.id === milestone.id),
  );
  const issue = async (values: LinkForm) => {
    setBusy(true);
    setError(null);
    try {
      setCreated(
        await api<NewLink>("POST", "/api/links", {
          milestoneIds: [milestone.id],
          unitId: values.unitId,
          contactName: values.contactName?.trim() === "" ? null : (values.contactName ?? null),
          days: values.days ?? null,
        }),
      );
      links.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setCreated(null);
    setError(null);
  };
  return (
    <>
      <Button
        icon={<LinkOutlined />}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t({ zh: "生成填报链接", en: "Issue a link" })}
      </Button>
      <Modal
        open={open}
        title={t({ zh: "生成填报链接", en: "Issue a link" })}
        footer={null}
        onCancel={close}
        width={760}
        destroyOnHidden
      >
        {created === null ? (
          <Form
            name="issue-link"
            layout="vertical"
            initialValues={{ unitId: units[0]?.unitId, days: DEFAULT_DAYS }}
            onFinish={(values: LinkForm) => void issue(values)}
          >
            <Typography.Paragraph type="secondary">
              {t({
                zh: "没有账号的配合单位（或其联系人）凭此链接，无需登录即可查看本节点计划并报送材料；报送内容记入本节点计划的历史，注明经链接及报送人姓名。",
                en: "A cooperating unit without an account (or its contact) opens this link to read this milestone and send input, without logging in; what it sends goes into the milestone's history, marked as through the link with the sender's name.",
              })}
            </Typography.Paragraph>
            <ErrorAlert error={error} />
            <Form.Item
              label={t({ zh: "单位", en: "Unit" })}
              name="unitId"
              rules={[{ required: true }]}
            >
              <Select
                options={units.map((u) => ({ value: u.unitId, label: u.unit }))}
                notFoundContent={t({
                  zh: "本节点计划没有配合单位",
                  en: "This milestone names no other unit",
                })}
              />
            </Form.Item>
            <Form.Item
              label={t({ zh: "联系人（可不填）", en: "Contact (optional)" })}
              name="contactName"
              rules={[{ max: 40 }]}
            >
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item
              label={t({
                zh: `有效天数（最多 ${String(MAX_DAYS)} 天）`,
                en: `Days valid (at most ${String(MAX_DAYS)})`,
              })}
              name="days"
            >
              <InputNumber min={1} max={MAX_DAYS} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} disabled={units.length === 0}>
              {t({ zh: "生成链接", en: "Issue" })}
            </Button>
          </Form>
        ) : (
          <Space orientation="vertical" style={{ width: "100%" }} data-testid="new-link">
            <Alert
              type="warning"
              showIcon
              title={t({
                zh: `链接只显示这一次，有效期至 ${dayjs(created.expiresAt).format("YYYY-MM-DD HH:mm")}：请现在复制，发给「${created.unitName}」。持有链接即可报送，请勿外传；不用时可在下方列表中撤销。`,
                en: `The link is shown this once and works until ${dayjs(created.expiresAt).format("YYYY-MM-DD HH:mm")}: copy it now and send it to "${created.unitName}". Whoever holds it can send input, so keep it to them; revoke it in the list below when done.`,
              })}
            />
            <Typography.Paragraph
              copyable={{ text: created.url }}
              code
              style={{ wordBreak: "break-all" }}
            >
              {created.url}
            </Typography.Paragraph>
          </Space>
        )}
        {here.length > 0 && (
          <>
            <Typography.Title level={5}>
              {t({ zh: "本节点计划的填报链接", en: "Links to this milestone" })}
            </Typography.Title>
            <LinksTable links={here} loading={links.loading} reload={links.reload} />
          </>
        )}
      </Modal>
    </>
  );
};
