import { Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router";
import type { Milestone } from "../api.js";
import type { Text } from "../i18n.js";
import {
  deadlineText,
  extendedFrom,
  milestoneLabel,
  unitsInOrder,
} from "../common/milestone-text.js";
import { LatestReportCell } from "../common/LatestReport.js";
import { StatusLight } from "../common/StatusLight.js";
import { mergedTaskColumns } from "../common/task-row-spans.js";
import { MilestoneMarks } from "./milestone-marks.js";
import { isSortableColumn, type ColumnSort } from "./plan-query.js";

type Translate = (text: Text) => string;

/** 序号, 责任单位, 完成时限 and 状态 sort on the server; the sorted one shows its direction. */
const withSorters = (
  columns: ColumnsType<Milestone>,
  sort: ColumnSort | null,
): ColumnsType<Milestone> =>
  columns.map((column) =>
    isSortableColumn(column.key)
      ? {
          ...column,
          sorter: true,
          sortDirections: ["ascend", "descend"],
          sortOrder: sort?.column === column.key ? (sort.descending ? "descend" : "ascend") : null,
        }
      : column,
  );

/**
 * The columns of the decomposition table as issued (序号, 工作任务, 节点计划,
 * 责任单位, 完成时限), then what Duban knows: status, latest progress, done date.
 */
export const planColumns = (
  t: Translate,
  rowSpans: readonly number[],
  sort: ColumnSort | null,
): ColumnsType<Milestone> =>
  withSorters(
    [
      ...mergedTaskColumns<Milestone>(t, rowSpans),
      {
        title: t({ zh: "节点计划", en: "Milestone" }),
        key: "text",
        width: 320,
        render: (_, row) => (
          <>
            <Link to={`/milestones/${String(row.id)}`}>{milestoneLabel(row)}</Link>{" "}
            <MilestoneMarks marks={row.marks} />
          </>
        ),
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
            <StatusLight milestone={row} />
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
        render: (_, row) => <LatestReportCell milestone={row} />,
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
    ],
    sort,
  );
