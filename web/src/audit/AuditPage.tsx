import { DownloadOutlined } from "@ant-design/icons";
import { Button, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import type { Answer } from "../api.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { useLanguage, type Text } from "../i18n.js";
import { AuditFilters } from "./AuditFilters.js";
import { auditQuery, NO_AUDIT_FILTERS, type AuditFilters as Filters } from "./audit-query.js";

type AuditPage = Answer<"/api/audit-events", "get">;
type Entry = AuditPage["items"][number];

const PAGE_SIZE = 50;

/** Who acted: the person's name; a token or the server's shell as the log records it. */
const whoOf = (entry: Entry): string => entry.userName ?? entry.token?.name ?? entry.actor;

/** The change itself, compact: what the entry recorded after (and before) it. */
const detailOf = (entry: Entry): string =>
  [entry.before, entry.after]
    .filter((part) => part !== null && part !== undefined)
    .map((part) => JSON.stringify(part))
    .join(" → ");

const columns = (t: (text: Text) => string): ColumnsType<Entry> => [
  {
    title: t({ zh: "时间", en: "Time" }),
    key: "at",
    width: 170,
    render: (_, entry) => dayjs(entry.at).format("YYYY-MM-DD HH:mm:ss"),
  },
  { title: t({ zh: "操作人", en: "Person" }), key: "who", width: 160, render: (_, e) => whoOf(e) },
  { title: t({ zh: "单位", en: "Unit" }), key: "unit", width: 150, render: (_, e) => e.unitName },
  {
    title: t({ zh: "操作", en: "Action" }),
    key: "action",
    width: 170,
    render: (_, entry) => t(entry.actionName),
  },
  {
    title: t({ zh: "对象", en: "Object" }),
    key: "object",
    width: 150,
    render: (_, entry) => `${t(entry.objectName)} ${entry.objectId}`,
  },
  {
    title: t({ zh: "详情", en: "Details" }),
    key: "detail",
    render: (_, entry) => (
      <Typography.Text ellipsis={{ tooltip: detailOf(entry) }} style={{ maxWidth: 420 }}>
        {detailOf(entry)}
      </Typography.Text>
    ),
  },
];

/** 审计日志: who did what when, filtered, paged, and downloadable as CSV with the same filters. */
export const AuditLogPage = () => {
  const { t } = useLanguage();
  const [filters, setFilters] = useState<Filters>(NO_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const query = auditQuery(filters);
  const list = new URLSearchParams(query);
  list.set("page", String(page));
  list.set("pageSize", String(PAGE_SIZE));
  const entries = useApi<AuditPage>(`/api/audit-events?${list.toString()}`);
  const title = t({ zh: "审计日志", en: "Audit log" });
  useEffect(() => {
    document.title = `${title} · ${t({ zh: "督办", en: "Duban" })}`;
  }, [title, t]);
  return (
    <>
      <Typography.Title level={4}>{title}</Typography.Title>
      <AuditFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      >
        <Button
          icon={<DownloadOutlined />}
          href={`/api/audit-events/export?${query.toString()}`}
          download
        >
          {t({ zh: "导出 CSV", en: "Export CSV" })}
        </Button>
      </AuditFilters>
      <ErrorAlert error={entries.error} />
      <Table<Entry>
        size="small"
        rowKey="id"
        loading={entries.loading}
        columns={columns(t)}
        dataSource={entries.data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: entries.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t({ zh: `共 ${String(total)} 条`, en: `${String(total)} entries` }),
          onChange: setPage,
        }}
      />
    </>
  );
};
