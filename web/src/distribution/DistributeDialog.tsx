import { App, Button, Modal, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { contactTarget, CONTACT_KINDS } from "../admin/reminders/contact-kinds.js";
import { DeliveryTags } from "./DeliveryTags.js";
import { SignState } from "./SignState.js";
import {
  distributionsPath,
  unreached,
  type Distribution,
  type DistributionPart,
  type PlanDistributions,
} from "./distributions.js";

type Recipient = PlanDistributions["recipients"][number];

interface Row {
  readonly unitId: number;
  readonly unit: string;
  readonly recipient: Recipient | undefined;
  readonly part: DistributionPart | undefined;
}

/** Every unit that leads something, with what the last distribution did for it. */
const rowsOf = (data: PlanDistributions): Row[] => {
  const last = data.items[0];
  const rows = data.recipients.map((recipient) => ({
    unitId: recipient.unitId,
    unit: recipient.unit,
    recipient,
    part: last?.units.find((part) => part.unitId === recipient.unitId),
  }));
  // Units sent the last one that no longer lead anything stay visible.
  const extra = (last?.units ?? [])
    .filter((part) => !data.recipients.some((r) => r.unitId === part.unitId))
    .map((part) => ({ unitId: part.unitId, unit: part.unit, recipient: undefined, part }));
  return [...rows, ...extra];
};

const Summary = ({ last }: { last: Distribution | undefined }) => {
  const { t } = useLanguage();
  if (last === undefined) {
    return (
      <Typography.Paragraph>
        {t({
          zh: "尚未下发。每个单位将收到其牵头部分：电子邮件附 Word 文件，机器人发送签收链接。",
          en: "Not sent yet. Each unit gets its part: the Word file by e-mail, a link to sign by its robots.",
        })}
      </Typography.Paragraph>
    );
  }
  const reached = last.units.filter((p) => p.received).length;
  const signed = last.units.filter((p) => p.signed).length;
  const total = String(last.units.length);
  const at = dayjs(last.createdAt).format("YYYY-MM-DD HH:mm");
  return (
    <Typography.Paragraph>
      {t({
        zh: `上次下发：${at}（第${String(last.revision)}版），送达 ${String(reached)}/${total} 个单位，已签收 ${String(signed)}/${total}。`,
        en: `Last sent ${at} (revision ${String(last.revision)}): reached ${String(reached)}/${total} units, ${String(signed)}/${total} signed.`,
      })}
    </Typography.Paragraph>
  );
};

/** 下发: whom the plan goes to and through what, the results per unit, and sending (again). */
export const DistributeDialog = ({
  planId,
  title,
  open,
  onClose,
}: {
  planId: number;
  title: string;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const loaded = useApi<PlanDistributions>(open ? distributionsPath(planId) : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const last = loaded.data?.items[0];
  const failed = unreached(last);
  const send = async (body: { only?: "failed" }) => {
    setBusy(true);
    setError(null);
    try {
      const sent = await api<Distribution>("POST", distributionsPath(planId), body);
      const reached = sent.units.filter((p) => p.received).length;
      void message.success(
        t({
          zh: `已下发 ${String(sent.units.length)} 个单位，送达 ${String(reached)} 个`,
          en: `Sent to ${String(sent.units.length)} units, ${String(reached)} reached`,
        }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      loaded.reload();
    }
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      width={960}
      title={t({ zh: `下发《${title}》`, en: `Send out “${title}”` })}
      footer={
        <Space>
          <Button onClick={onClose}>{t({ zh: "关闭", en: "Close" })}</Button>
          {failed.length > 0 && (
            <Button loading={busy} onClick={() => void send({ only: "failed" })}>
              {t({
                zh: `重发未送达单位（${String(failed.length)}）`,
                en: `Send again to units not reached (${String(failed.length)})`,
              })}
            </Button>
          )}
          <Button
            type="primary"
            loading={busy}
            disabled={loaded.data === undefined || loaded.data.recipients.length === 0}
            onClick={() => void send({})}
          >
            {last === undefined
              ? t({ zh: "下发全部单位", en: "Send to every unit" })
              : t({ zh: "全部重新下发", en: "Send to every unit again" })}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={loaded.error ?? error} />
      <Summary last={last} />
      <Table<Row>
        size="small"
        bordered
        rowKey="unitId"
        loading={loaded.loading || busy}
        pagination={false}
        scroll={{ y: 420 }}
        dataSource={loaded.data === undefined ? [] : rowsOf(loaded.data)}
        columns={[
          { title: t({ zh: "单位", en: "Unit" }), dataIndex: "unit", width: 180 },
          {
            title: t({ zh: "联系方式", en: "Contacts" }),
            render: (_, row) =>
              row.recipient === undefined || row.recipient.contacts.length === 0 ? (
                <Tag color="orange">{t({ zh: "无联系方式", en: "No contact" })}</Tag>
              ) : (
                row.recipient.contacts.map((contact, index) => (
                  <div key={index}>
                    {t(CONTACT_KINDS[contact.kind].label)}：
                    <Typography.Text type="secondary">{contactTarget(contact)}</Typography.Text>
                  </div>
                ))
              ),
          },
          {
            title: t({ zh: "上次结果", en: "Last result" }),
            width: 240,
            render: (_, row) => (row.part === undefined ? "—" : <DeliveryTags part={row.part} />),
          },
          {
            title: t({ zh: "签收", en: "Signed" }),
            width: 200,
            render: (_, row) => (row.part === undefined ? "—" : <SignState part={row.part} />),
          },
        ]}
      />
    </Modal>
  );
};
