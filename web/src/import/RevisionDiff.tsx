import { Alert, Space, Table, Tag, Typography, type TableProps } from "antd";
import { useLanguage, type Text } from "../i18n.js";
import type {
  FieldChange,
  MilestoneDiffEntry,
  MilestoneRef,
  PlanDiff,
  PlanJson,
  TaskDiffEntry,
} from "./import-outcome.js";

const FIELD_LABEL: Readonly<Record<FieldChange["field"], Text>> = {
  title: { zh: "标题", en: "Title" },
  subtitle: { zh: "副标题", en: "Subtitle" },
  year: { zh: "年份", en: "Year" },
  issuer: { zh: "发文机关", en: "Issuer" },
  ownerUnit: { zh: "牵头部分所属单位", en: "Slice of unit" },
  headerCounts: { zh: "表头统计", en: "Header counts" },
  columns: { zh: "列", en: "Columns" },
  leadUnits: { zh: "牵头单位", en: "Lead units" },
  otherRoles: { zh: "其他责任单位", en: "Other roles" },
  persons: { zh: "责任人", en: "Persons" },
  no: { zh: "序号", en: "No." },
  text: { zh: "节点计划", en: "Milestone" },
  units: { zh: "责任单位", en: "Units" },
  deadline: { zh: "完成时限", en: "Deadline" },
  seq: { zh: "节点编号", en: "Step number" },
  task: { zh: "所属任务", en: "Task" },
};

const KIND: Readonly<Record<MilestoneDiffEntry["kind"], { label: Text; color: string }>> = {
  added: { label: { zh: "新增", en: "Added" }, color: "green" },
  removed: { label: { zh: "删除", en: "Removed" }, color: "red" },
  changed: { label: { zh: "修改", en: "Changed" }, color: "blue" },
};

const Changes = ({ changes }: { changes: readonly FieldChange[] }) => {
  const { t } = useLanguage();
  return changes.map((change) => (
    <div key={change.field}>
      <Typography.Text strong>{t(FIELD_LABEL[change.field])}：</Typography.Text>
      <Typography.Text delete type="secondary">
        {change.before}
      </Typography.Text>
      {" → "}
      <Typography.Text>{change.after}</Typography.Text>
    </div>
  ));
};

const milestoneText = (plan: PlanJson | null, ref: MilestoneRef): string => {
  const milestone = plan?.tasks[ref.taskIndex]?.milestones[ref.milestoneIndex];
  if (milestone === undefined) return "";
  return milestone.seq === null ? milestone.text : `（${String(milestone.seq)}）${milestone.text}`;
};

/** Where the entry is: in the new table, or in the current one for a removed milestone. */
const refOf = (entry: MilestoneDiffEntry): MilestoneRef =>
  entry.kind === "removed" ? entry.before : entry.after;

/**
 * What the revision changes against the current revision: the header, the
 * tasks, and each added, removed or changed milestone with its fields
 * before and after. Unchanged milestones are only counted.
 */
export const RevisionDiff = ({
  diff,
  current,
  next,
}: {
  diff: PlanDiff;
  /** The plan as it stands, for the text of removed milestones. */
  current: PlanJson | null;
  /** The plan as read from the file. */
  next: PlanJson | null;
}) => {
  const { t } = useLanguage();
  const { added, removed, changed, unchanged } = diff.counts;
  const milestoneColumns: TableProps<MilestoneDiffEntry>["columns"] = [
    {
      title: t({ zh: "变化", en: "Change" }),
      key: "kind",
      width: 80,
      render: (_, entry) => <Tag color={KIND[entry.kind].color}>{t(KIND[entry.kind].label)}</Tag>,
    },
    {
      title: t({ zh: "序号", en: "No." }),
      key: "task",
      width: 70,
      render: (_, entry) => refOf(entry).taskKey,
    },
    {
      title: t({ zh: "节点计划", en: "Milestone" }),
      key: "milestone",
      width: 320,
      render: (_, entry) => milestoneText(entry.kind === "removed" ? current : next, refOf(entry)),
    },
    {
      title: t({ zh: "改动", en: "What changes" }),
      key: "changes",
      render: (_, entry) => (entry.kind === "changed" ? <Changes changes={entry.changes} /> : null),
    },
  ];
  const taskColumns: TableProps<TaskDiffEntry>["columns"] = [
    {
      title: t({ zh: "变化", en: "Change" }),
      key: "kind",
      width: 80,
      render: (_, entry) => <Tag color={KIND[entry.kind].color}>{t(KIND[entry.kind].label)}</Tag>,
    },
    { title: t({ zh: "序号", en: "No." }), dataIndex: "taskKey", width: 70 },
    {
      title: t({ zh: "改动", en: "What changes" }),
      key: "changes",
      render: (_, entry) => <Changes changes={entry.changes} />,
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Text>
        {t({
          zh: `节点计划：新增 ${String(added)}，删除 ${String(removed)}，修改 ${String(changed)}，不变 ${String(unchanged)}`,
          en: `Milestones: ${String(added)} added, ${String(removed)} removed, ${String(changed)} changed, ${String(unchanged)} unchanged`,
        })}
      </Typography.Text>
      {diff.textMatchSkipped && (
        <Alert
          type="warning"
          showIcon
          title={t({
            zh: "改动太多，未按文字比对：移动过的节点可能显示为删除后新增",
            en: "Too many changes to compare texts: moved milestones may show as removed and added",
          })}
        />
      )}
      {diff.header.length > 0 && <Changes changes={diff.header} />}
      {diff.tasks.length > 0 && (
        <Table<TaskDiffEntry>
          size="small"
          rowKey={(entry) => `${entry.kind}-${entry.taskKey}`}
          pagination={false}
          columns={taskColumns}
          dataSource={[...diff.tasks]}
          scroll={{ x: 600 }}
        />
      )}
      {diff.milestones.length > 0 && (
        <Table<MilestoneDiffEntry>
          size="small"
          rowKey={(entry) => {
            const ref = refOf(entry);
            return `${entry.kind}-${String(ref.taskIndex)}-${String(ref.milestoneIndex)}`;
          }}
          pagination={false}
          columns={milestoneColumns}
          dataSource={[...diff.milestones]}
          scroll={{ x: 800 }}
        />
      )}
    </Space>
  );
};
