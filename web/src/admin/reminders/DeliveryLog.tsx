import { Button, Table, Tag, type TableProps } from "antd";
import dayjs from "dayjs";
import type { Answer } from "../../api.js";
import { useLanguage, type Text } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useApi } from "../../common/use-api.js";
import { CONTACT_KINDS, contactTarget } from "./contact-kinds.js";

type Deliveries = Answer<"/api/reminders/deliveries", "get">;
type Delivery = Deliveries["items"][number];

const STATE: Readonly<Record<Delivery["state"], { label: Text; color: string }>> = {
  pending: { label: { zh: "待发送", en: "Pending" }, color: "default" },
  sent: { label: { zh: "已发送", en: "Sent" }, color: "green" },
  retrying: { label: { zh: "重试中", en: "Retrying" }, color: "orange" },
  failed: { label: { zh: "失败", en: "Failed" }, color: "red" },
};

const when = (at: string | null): string =>
  at === null ? "" : dayjs(at).format("YYYY-MM-DD HH:mm");

/** The latest reminder deliveries, newest first (read only): state, attempts, last result. */
export const DeliveryLog = () => {
  const { t } = useLanguage();
  const log = useApi<Deliveries>("/api/reminders/deliveries?limit=100");
  const columns: TableProps<Delivery>["columns"] = [
    {
      title: t({ zh: "状态", en: "State" }),
      key: "state",
      width: 90,
      render: (_, d) => <Tag color={STATE[d.state].color}>{t(STATE[d.state].label)}</Tag>,
    },
    {
      title: t({ zh: "发往", en: "To" }),
      key: "to",
      width: 260,
      render: (_, d) => `${t(CONTACT_KINDS[d.contact.kind].label)} · ${contactTarget(d.contact)}`,
    },
    { title: t({ zh: "提醒", en: "Reminder" }), dataIndex: "key", width: 220 },
    { title: t({ zh: "次数", en: "Attempts" }), dataIndex: "attempts", width: 70 },
    {
      title: t({ zh: "发送时间", en: "Sent" }),
      key: "sentAt",
      width: 140,
      render: (_, d) => when(d.sentAt),
    },
    {
      title: t({ zh: "下次尝试", en: "Next attempt" }),
      key: "next",
      width: 140,
      render: (_, d) => when(d.nextAttemptAt),
    },
    { title: t({ zh: "最近结果", en: "Last result" }), dataIndex: "lastResult" },
  ];
  return (
    <>
      <ErrorAlert error={log.error} />
      <Button onClick={log.reload} style={{ marginBottom: 8 }}>
        {t({ zh: "刷新", en: "Refresh" })}
      </Button>
      <Table<Delivery>
        size="small"
        rowKey="id"
        loading={log.loading}
        columns={columns}
        dataSource={log.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
      />
    </>
  );
};
