import { Button, message, Popconfirm, Space, Table, Tag, type TableProps } from "antd";
import { useState } from "react";
import { api } from "../../api.js";
import { useLanguage, type Text } from "../../i18n.js";
import { usePlan, type PlanListItem } from "../../plan-context.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { groupPlans } from "../../plan-groups.js";
import { useApi } from "../../common/use-api.js";

type Step = "archive" | "unarchive" | "delete";

const DONE: Readonly<Record<Step, Text>> = {
  archive: { zh: "已归档", en: "Archived" },
  unarchive: { zh: "已恢复", en: "Restored" },
  delete: { zh: "已删除", en: "Deleted" },
};

/** What each confirmation says, naming the plan it acts on. */
const CONFIRM: Readonly<Record<Step, (title: string) => Text>> = {
  archive: (title) => ({
    zh: `归档「${title}」？归档后只能查看和导出，不再催办，也不在计划列表中显示。`,
    en: `Archive "${title}"? It can then only be read and exported, gets no reminders and leaves the plan list.`,
  }),
  unarchive: (title) => ({
    zh: `恢复「${title}」？恢复后可继续办理。`,
    en: `Restore "${title}"? Work on it can go on.`,
  }),
  delete: (title) => ({
    zh: `删除「${title}」？计划及其导入的内容将被永久删除；已有办理工作的计划不能删除，只能归档。`,
    en: `Delete "${title}"? The plan and what its imports stored go for good; a plan with work on it can only be archived.`,
  }),
};

/**
 * 计划: every stored plan, archived ones too, for administrators to archive,
 * restore or delete a wrongly imported one. The server decides whether a
 * deletion would lose work, and says what work.
 */
export const PlansSection = () => {
  const { t } = useLanguage();
  const { reloadPlans } = usePlan();
  const plans = useApi<{ items: PlanListItem[] }>("/api/plans?archived=true");
  const [error, setError] = useState<unknown>(null);
  const [toast, toastHolder] = message.useMessage();
  const act = async (plan: PlanListItem, step: Step) => {
    setError(null);
    try {
      if (step === "delete") await api("DELETE", `/api/plans/${String(plan.id)}`);
      else await api("POST", `/api/plans/${String(plan.id)}/${step}`);
      plans.reload();
      reloadPlans();
      void toast.success(`${t(DONE[step])}：${plan.title}`);
    } catch (failure) {
      setError(failure);
    }
  };
  const action = (plan: PlanListItem, step: Step, label: Text, danger: boolean) => (
    <Popconfirm
      title={t(CONFIRM[step](plan.title))}
      okText={t(label)}
      okButtonProps={{ danger }}
      onConfirm={() => void act(plan, step)}
    >
      <Button type="link" danger={danger}>
        {t(label)}
      </Button>
    </Popconfirm>
  );
  const columns: TableProps<PlanListItem>["columns"] = [
    { title: t({ zh: "计划", en: "Plan" }), dataIndex: "title" },
    { title: t({ zh: "年度", en: "Year" }), dataIndex: "year", width: 80 },
    { title: t({ zh: "类别", en: "Category" }), dataIndex: "category", width: 120 },
    {
      title: t({ zh: "当前版本", en: "Revision" }),
      dataIndex: "currentRevision",
      width: 90,
    },
    {
      title: t({ zh: "状态", en: "State" }),
      key: "state",
      width: 100,
      render: (_, plan) =>
        plan.archivedAt === null ? (
          <Tag color="green">{t({ zh: "使用中", en: "In use" })}</Tag>
        ) : (
          <Tag>{t({ zh: "已归档", en: "Archived" })}</Tag>
        ),
    },
    {
      title: t({ zh: "操作", en: "Actions" }),
      key: "actions",
      width: 180,
      render: (_, plan) => (
        <Space wrap size={0}>
          {plan.can.archive && action(plan, "archive", { zh: "归档", en: "Archive" }, false)}
          {plan.can.unarchive && action(plan, "unarchive", { zh: "恢复", en: "Restore" }, false)}
          {plan.can.delete && action(plan, "delete", { zh: "删除", en: "Delete" }, true)}
        </Space>
      ),
    },
  ];
  return (
    <>
      {toastHolder}
      <ErrorAlert error={error ?? plans.error} />
      <Table<PlanListItem>
        size="small"
        rowKey="id"
        loading={plans.loading}
        columns={columns}
        dataSource={groupPlans(plans.data?.items ?? []).flatMap((group) => group.plans)}
        pagination={false}
        scroll={{ x: 700 }}
      />
    </>
  );
};
