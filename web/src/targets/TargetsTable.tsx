import { Empty, Table, Tag, Typography, type TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useLanguage } from "../i18n.js";
import { TargetLight } from "./TargetLight.js";
import { TargetProgress } from "./TargetProgress.js";
import { goalText, placeOf, STATE_WORD, type Target } from "./target-words.js";

interface Props {
  readonly targets: readonly Target[];
  readonly loading: boolean;
  /** The actions of each target, by its `can`; none on the dashboard. */
  readonly actions?: (target: Target) => ReactNode;
  readonly testId: string;
}

/** Targets as a table: 序号, subject (proposed ones marked), the target, latest actual, progress, light. */
export const TargetsTable = ({ targets, loading, actions, testId }: Props) => {
  const { t } = useLanguage();
  const columns: TableColumnsType<Target> = [
    { title: t({ zh: "序号", en: "No." }), key: "place", width: 80, render: (_, x) => placeOf(x) },
    {
      title: t({ zh: "指标", en: "Subject" }),
      key: "subject",
      render: (_, x) => (
        <>
          <Typography.Text delete={x.state === "dismissed"}>{x.subject}</Typography.Text>
          {x.state !== "confirmed" && (
            <Tag color={x.state === "proposed" ? "gold" : "default"} style={{ marginLeft: 6 }}>
              {t(STATE_WORD[x.state])}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t({ zh: "目标", en: "Target" }),
      key: "goal",
      width: 130,
      render: (_, x) => t(goalText(x)),
    },
    {
      title: t({ zh: "最新实际值", en: "Latest actual" }),
      key: "actual",
      width: 130,
      render: (_, x) =>
        x.latestActual === null ? (
          "—"
        ) : (
          <>
            {`${String(x.latestActual.value)}${x.unitOfMeasure}`}
            <br />
            <Typography.Text type="secondary">{x.latestActual.asOf}</Typography.Text>
          </>
        ),
    },
    {
      title: t({ zh: "完成进度", en: "Progress" }),
      key: "progress",
      width: 180,
      render: (_, x) => <TargetProgress target={x} />,
    },
    {
      title: t({ zh: "灯", en: "Light" }),
      key: "light",
      width: 100,
      render: (_, x) => <TargetLight light={x.progress.light} />,
    },
    ...(actions === undefined
      ? []
      : [
          {
            title: t({ zh: "操作", en: "Actions" }),
            key: "actions",
            // Room for 确认 编辑 排除 on one line, so that no row doubles its height.
            width: 160,
            render: (_: unknown, x: Target) => actions(x),
          },
        ]),
  ];
  return (
    <Table<Target>
      data-testid={testId}
      rowKey="id"
      size="small"
      pagination={false}
      // Narrow screens scroll the table rather than squeeze the subject into a column of characters.
      scroll={{ x: 760 }}
      loading={loading}
      columns={columns}
      dataSource={targets}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t({ zh: "该计划暂无量化指标", en: "The plan has no targets" })}
          />
        ),
      }}
      rowClassName={(x) => `target-row target-${x.state}`}
    />
  );
};
