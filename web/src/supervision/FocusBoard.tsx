import { Empty, Flex, Segmented, Spin, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link } from "react-router";
import type { Milestone, Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { StatusLight } from "../common/StatusLight.js";
import { fetchAllPages } from "../common/fetch-all-pages.js";
import { FocusToggle } from "./FocusToggle.js";
import { useLoad } from "../common/use-load.js";
import { milestoneCode } from "./words.js";

type Task = Schema<"Task">;
type WorkflowState = Schema<"WorkflowState">;

type Row =
  | { readonly key: string; readonly kind: "task"; readonly task: Task; children?: Row[] }
  | { readonly key: string; readonly kind: "milestone"; readonly milestone: Milestone };

interface PlanContent {
  readonly tasks: readonly Task[];
  readonly milestones: readonly Milestone[];
}

/** A task's mark comes with the task (focus), a milestone's with the milestone (workflow.focus). */
const loadContent = async (planId: number, asOf: string): Promise<PlanContent> => {
  const [tasks, milestones] = await Promise.all([
    fetchAllPages<Task>("/api/tasks", { plan: String(planId) }),
    fetchAllPages<Milestone>("/api/milestones", { plan: String(planId), asOf }),
  ]);
  return { tasks, milestones };
};

const taskKey = (id: number) => `task-${id}`;

const useColumns = (
  taskMarked: (task: Task) => boolean,
  workflowOf: (milestone: Milestone) => WorkflowState,
  markTask: (id: number, focus: boolean) => void,
  markMilestone: (workflow: WorkflowState) => void,
): ColumnsType<Row> => {
  const { t } = useLanguage();
  return [
    {
      title: t({ zh: "序号", en: "No." }),
      key: "code",
      width: 120,
      render: (_, row) =>
        row.kind === "task" ? (
          row.task.label
        ) : (
          <Link to={`/milestones/${row.milestone.id}`}>
            {milestoneCode(row.milestone.task.no, row.milestone.seq)}
          </Link>
        ),
    },
    {
      title: t({ zh: "工作任务 / 节点计划", en: "Task / milestone" }),
      key: "text",
      render: (_, row) => {
        const text = row.kind === "task" ? row.task.title : row.milestone.text;
        return (
          <Typography.Paragraph
            style={{ margin: 0, fontWeight: row.kind === "task" ? 500 : "normal" }}
            ellipsis={{ rows: 2, tooltip: text }}
          >
            {text}
          </Typography.Paragraph>
        );
      },
    },
    {
      title: t({ zh: "牵头单位", en: "Lead unit" }),
      key: "lead",
      width: 150,
      render: (_, row) =>
        (row.kind === "task"
          ? row.task.leadUnits
          : row.milestone.units.filter((u) => u.role === "lead").map((u) => u.unit)
        ).join("、"),
    },
    {
      title: t({ zh: "状态", en: "Status" }),
      key: "status",
      width: 170,
      render: (_, row) =>
        row.kind === "task" ? (
          t({
            zh: `${row.task.milestoneCount} 个节点`,
            en: `${row.task.milestoneCount} milestones`,
          })
        ) : (
          <Flex vertical>
            <StatusLight milestone={row.milestone} />
            <Typography.Text type="secondary">{row.milestone.due}</Typography.Text>
          </Flex>
        ),
    },
    {
      title: t({ zh: "重点关注", en: "Focus" }),
      key: "focus",
      width: 100,
      render: (_, row) =>
        row.kind === "task" ? (
          <FocusToggle
            kind="task"
            id={row.task.id}
            name={row.task.label}
            value={taskMarked(row.task)}
            editable={row.task.can.setFocus}
            onChange={(focus) => {
              markTask(row.task.id, focus);
            }}
          />
        ) : (
          <FocusToggle
            kind="milestone"
            id={row.milestone.id}
            name={milestoneCode(row.milestone.task.no, row.milestone.seq)}
            value={workflowOf(row.milestone).focus}
            version={workflowOf(row.milestone).version}
            editable={row.milestone.can.setFocus}
            onChange={(_focus, workflow) => {
              markMilestone(workflow);
            }}
          />
        ),
    },
  ];
};

/**
 * 重点关注: the tasks and milestones the office marked, under their tasks;
 * "all" lists the whole plan to mark more. Marks changed here are kept
 * locally with the server's answer, without loading the plan again.
 */
export const FocusBoard = ({ planId }: { planId: number }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const content = useLoad(() => loadContent(planId, session.today), `${planId}/${session.today}`);
  const [mode, setMode] = useState<"focused" | "all">("focused");
  const [taskMarks, setTaskMarks] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [workflows, setWorkflows] = useState<ReadonlyMap<number, WorkflowState>>(new Map());
  /** Focused view: rows the user folded; all view: rows the user opened. */
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());

  const taskMarked = (task: Task) => taskMarks.get(task.id) ?? task.focus;
  const workflowOf = (milestone: Milestone) => workflows.get(milestone.id) ?? milestone.workflow;
  const columns = useColumns(
    taskMarked,
    workflowOf,
    (id, focus) => {
      setTaskMarks((marks) => new Map(marks).set(id, focus));
    },
    (workflow) => {
      setWorkflows((known) => new Map(known).set(workflow.milestoneId, workflow));
    },
  );

  const tasks = content.data?.tasks ?? [];
  const milestones = content.data?.milestones ?? [];
  const shown = (milestone: Milestone) => mode === "all" || workflowOf(milestone).focus;
  const rows: Row[] = tasks.flatMap((task) => {
    const children: Row[] = milestones
      .filter((m) => m.task.id === task.id && shown(m))
      .map((milestone) => ({ key: `milestone-${milestone.id}`, kind: "milestone", milestone }));
    if (mode === "focused" && !taskMarked(task) && children.length === 0) return [];
    return [
      {
        key: taskKey(task.id),
        kind: "task",
        task,
        ...(children.length === 0 ? {} : { children }),
      } satisfies Row,
    ];
  });
  const marked =
    tasks.filter(taskMarked).length + milestones.filter((m) => workflowOf(m).focus).length;
  const expanded =
    mode === "focused" ? rows.map((row) => row.key).filter((key) => !folded.has(key)) : [...opened];

  return (
    <section aria-label={t({ zh: "重点关注", en: "Focus" })}>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Segmented<"focused" | "all">
          value={mode}
          onChange={setMode}
          aria-label={t({ zh: "显示范围", en: "Show" })}
          options={[
            { value: "focused", label: t({ zh: `已标记（${marked}）`, en: `Marked (${marked})` }) },
            { value: "all", label: t({ zh: "全部任务", en: "All tasks" }) },
          ]}
        />
        <Typography.Text type="secondary">
          {t({
            zh: "在“全部任务”中打开开关即标记为重点关注",
            en: "Switch a row on under “All tasks” to mark it",
          })}
        </Typography.Text>
      </Flex>
      <ErrorAlert error={content.error} />
      {content.loading ? (
        <Spin />
      ) : (
        <Table<Row>
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ x: 800 }}
          columns={columns}
          dataSource={rows}
          locale={{
            emptyText: (
              <Empty
                description={t({ zh: "尚无重点关注事项", en: "Nothing is marked for focus" })}
              />
            ),
          }}
          expandable={{
            expandedRowKeys: expanded,
            onExpand: (open, row) => {
              const toggle = (keys: ReadonlySet<string>, add: boolean) => {
                const next = new Set(keys);
                if (add) next.add(row.key);
                else next.delete(row.key);
                return next;
              };
              if (mode === "focused") setFolded((keys) => toggle(keys, !open));
              else setOpened((keys) => toggle(keys, open));
            },
          }}
        />
      )}
    </section>
  );
};
