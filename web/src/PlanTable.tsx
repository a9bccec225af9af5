import { Badge, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useState } from "react";
import { api, type Milestone } from "./api.js";
import { NO_FILTERS, PlanFilters, type Filters } from "./PlanFilters.js";

const LIGHT = { red: "error", yellow: "warning", green: "success" } as const;
const STATUS: Readonly<Record<string, string>> = {
  done: "已完成",
  overdue: "逾期",
  due_soon: "临期",
  in_progress: "推进中",
  not_started: "未启动",
};

/** Rows of one task share its 序号 and 工作任务 cells, as in the Word table. */
const spans = (rows: readonly Milestone[]): number[] =>
  rows.map((row, index) => {
    if (index > 0 && rows[index - 1]?.task.id === row.task.id) return 0;
    let span = 1;
    while (rows[index + span]?.task.id === row.task.id) span += 1;
    return span;
  });

/** Pages of 200 (the API's cap) until the plan's milestones are all there. */
const MAX_PAGES = 100;

const loadAll = async (planId: number, filters: Filters): Promise<Milestone[]> => {
  const query = new URLSearchParams({ plan: String(planId), pageSize: "200" });
  if (filters.status !== null) query.set("status", filters.status);
  if (filters.text !== "") query.set("q", filters.text);
  if (filters.asOf !== null) query.set("asOf", filters.asOf);
  const rows: Milestone[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    query.set("page", String(page));
    const found = await api<{ items: Milestone[]; total: number }>(
      "GET",
      `/api/milestones?${query.toString()}`,
    );
    rows.push(...found.items);
    if (rows.length >= found.total || found.items.length === 0) break;
  }
  return rows;
};

/** The decomposition table as issued, alive with each milestone's status and light. */
export const PlanTable = ({ planId }: { planId: number }) => {
  const [rows, setRows] = useState<readonly Milestone[]>([]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  useEffect(() => {
    void loadAll(planId, filters).then(setRows);
  }, [planId, filters]);
  const rowSpans = spans(rows);
  const columns: ColumnsType<Milestone> = [
    {
      title: "序号",
      key: "no",
      width: 70,
      render: (_, row) => row.task.no,
      onCell: (_, index) => ({ rowSpan: rowSpans[index ?? 0] ?? 1 }),
    },
    {
      title: "工作任务",
      key: "task",
      width: 320,
      render: (_, row) => row.task.title,
      onCell: (_, index) => ({ rowSpan: rowSpans[index ?? 0] ?? 1 }),
    },
    {
      title: "节点计划",
      key: "text",
      render: (_, row) => (row.seq === null ? row.text : `（${row.seq}）${row.text}`),
    },
    {
      title: "责任单位",
      key: "units",
      width: 200,
      render: (_, row) => row.units.map((u) => u.unit).join("、"),
    },
    { title: "完成时限", key: "due", width: 110, render: (_, row) => row.deadline.text ?? "" },
    {
      title: "状态",
      key: "status",
      width: 100,
      render: (_, row) => (
        <Badge status={LIGHT[row.light]} text={STATUS[row.status] ?? row.status} />
      ),
    },
  ];
  return (
    <>
      <PlanFilters value={filters} onChange={setFilters} />
      <Table<Milestone>
        bordered
        size="small"
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={[...rows]}
      />
    </>
  );
};
