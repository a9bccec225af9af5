import { Card, Table, type TableProps } from "antd";
import dayjs from "dayjs";
import type { Answer, PlanSummary } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";

type Revision = Answer<"/api/plans/{id}/revisions", "get">["items"][number];

/** Each import of the plan so far: which file, who, when, and how many milestones changed. */
export const RevisionHistory = ({ plan }: { plan: PlanSummary }) => {
  const { t } = useLanguage();
  const revisions = useApi<Answer<"/api/plans/{id}/revisions", "get">>(
    `/api/plans/${String(plan.id)}/revisions`,
  );
  const columns: TableProps<Revision>["columns"] = [
    { title: t({ zh: "版本", en: "Revision" }), dataIndex: "number", width: 70 },
    { title: t({ zh: "文件", en: "File" }), key: "file", render: (_, r) => r.file.name },
    { title: t({ zh: "导入人", en: "Imported by" }), dataIndex: "actorName", width: 120 },
    {
      title: t({ zh: "时间", en: "When" }),
      key: "at",
      width: 150,
      render: (_, r) => dayjs(r.createdAt).format("YYYY-MM-DD HH:mm"),
    },
    {
      title: t({ zh: "节点变化", en: "Milestones changed" }),
      key: "counts",
      render: (_, { counts }) =>
        t({
          zh: `新增 ${String(counts.added)}，删除 ${String(counts.removed)}，修改 ${String(counts.changed)}`,
          en: `${String(counts.added)} added, ${String(counts.removed)} removed, ${String(counts.changed)} changed`,
        }),
    },
  ];
  return (
    <Card
      size="small"
      title={t({ zh: `「${plan.title}」的导入记录`, en: `Imports of "${plan.title}"` })}
    >
      <ErrorAlert error={revisions.error} />
      <Table<Revision>
        size="small"
        rowKey="number"
        loading={revisions.loading}
        pagination={false}
        columns={columns}
        dataSource={revisions.data?.items ?? []}
        scroll={{ x: 640 }}
      />
    </Card>
  );
};
