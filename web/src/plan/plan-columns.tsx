import { Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router";
import type { Milestone } from "../api.js";
import type { Text } from "../i18n.js";
import {
  deadlineText,
  extendedFrom,
  milestoneLabel,
  unitsInOrder,
} from "../shared/milestone-text.js";
import { StatusLight } from "../shared/StatusLight.js";

type Translate = (text: Text) => string;

const LatestReport = ({ row, t }: { row: Milestone; t: Translate }) => {
  const report = row.latestReport;
  if (report === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const percent = report.percent === null ? "" : ` · ${String(report.percent)}%`;
  return (
    <Tooltip title={report.text}>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
        {report.text}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t({ zh: "报告于", en: "Reported" })} {report.on}
        {percent}
      </Typography.Text>
    </Tooltip>
  );
};

/**
 * The columns of the decomposition table as issued (序号, 工作任务, 节点计划,
 * 责任单位, 完成时限), then what Duban knows: status, latest progress, done date.
 */
export const planColumns = (t: Translate, rowSpans: readonly number[]): ColumnsType<Milestone> => {
  // Top-aligned: a long task's centred title would sit out of view in a scrolled table.
  const merged = (_: Milestone, index?: number) => ({
    rowSpan: rowSpans[index ?? 0] ?? 1,
    style: { verticalAlign: "top" as const },
  });
  return [
    {
      title: t({ zh: "序号", en: "No." }),
      key: "no",
      width: 64,
      render: (_, row) => row.task.label,
      onCell: merged,
    },
    {
      title: t({ zh: "工作任务", en: "Task" }),
      key: "task",
      width: 260,
      render: (_, row) => row.task.title,
      onCell: merged,
    },
    {
      title: t({ zh: "节点计划", en: "Milestone" }),
      key: "text",
      width: 320,
      render: (_, row) => <Link to={`/milestones/${String(row.id)}`}>{milestoneLabel(row)}</Link>,
    },
    {
      title: t({ zh: "责任单位", en: "Units" }),
      key: "units",
      width: 170,
      render: (_, row) =>
        unitsInOrder(row).map((u, index) => (
          <span key={u.unitId} style={{ fontWeight: u.role === "lead" ? 600 : 400 }}>
            {index > 0 && "、"}
            {u.unit}
          </span>
        )),
    },
    {
      title: t({ zh: "完成时限", en: "Deadline" }),
      key: "due",
      width: 120,
      render: (_, row) => {
        const extended = extendedFrom(row) !== null;
        return (
          <>
            {deadlineText(row)}
            {extended && (
              <div>
                <Tag color="blue">
                  {t({ zh: "延期至", en: "Extended to" })} {row.due}
                </Tag>
              </div>
            )}
          </>
        );
      },
    },
    {
      title: t({ zh: "状态", en: "Status" }),
      key: "status",
      width: 110,
      render: (_, row) => (
        <>
          <StatusLight status={row.status} light={row.light} />
          {row.escalationLevel !== null && (
            <div>
              <Tag color="volcano">{row.escalationLevel}</Tag>
            </div>
          )}
        </>
      ),
    },
    {
      title: t({ zh: "最新进展", en: "Latest progress" }),
      key: "progress",
      width: 240,
      render: (_, row) => <LatestReport row={row} t={t} />,
    },
    {
      title: t({ zh: "完成日期", en: "Done on" }),
      key: "done",
      width: 110,
      render: (_, row) =>
        row.completedOn === null ? null : (
          <>
            {row.completedOn}
            {row.late === true && (
              <div>
                <Tag color="orange">{t({ zh: "逾期完成", en: "Late" })}</Tag>
              </div>
            )}
          </>
        ),
    },
  ];
};
