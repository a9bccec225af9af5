import { Table, Typography } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import { useEffect, useMemo, useState } from "react";
import { useLocation } from "react-router";
import type { Milestone } from "../api.js";
import type { PlanListItem } from "../plan-context.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { loadAllMilestones } from "../common/load-milestones.js";
import { PrintButton } from "../common/PrintButton.js";
import { ExportMenu } from "./ExportMenu.js";
import { planColumns } from "./plan-columns.js";
import { PlanFilters } from "./PlanFilters.js";
import { MarksLegend } from "./milestone-marks.js";
import {
  milestoneQuery,
  isSortableColumn,
  sortParameter,
  type ColumnSort,
  type Filters,
} from "./plan-query.js";
import { taskRowSpans } from "../common/task-row-spans.js";
import { filtersOfLink } from "../search/plan-table-link.js";
import { usePrinting } from "./use-printing.js";
import { useWindowHeight } from "./use-window-height.js";

/**
 * Above this many rows only the rows in view are rendered; below it the whole
 * table is in the page, so the browser's find and a screen reader see it all.
 */
export const VIRTUAL_FROM_ROWS = 300;
/** Header, filters and the table's own header above the scrolling rows. */
const CHROME_HEIGHT = 260;

/** The column the user sorted by, from what the table reports; null for the table's own order. */
const columnSortOf = (
  sorter: SorterResult<Milestone> | SorterResult<Milestone>[],
): ColumnSort | null => {
  const chosen = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = chosen?.columnKey;
  if (chosen?.order == null || !isSortableColumn(key)) return null;
  return { column: key, descending: chosen.order === "descend" };
};

/** The decomposition table as issued, alive with each milestone's status and light. */
export const PlanTable = ({ plan }: { plan: PlanListItem }) => {
  const { id: planId, title, can } = plan;
  const { t } = useLanguage();
  const [rows, setRows] = useState<readonly Milestone[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  // The search box links here with ?q=204 or ?unit=7: the table opens filtered by them.
  const { search } = useLocation();
  const [filters, setFilters] = useState<Filters>(() => filtersOfLink(search));
  const [sort, setSort] = useState<ColumnSort | null>(null);
  const printing = usePrinting();
  const height = useWindowHeight();
  useEffect(() => {
    let current = true;
    setLoading(true);
    const query = milestoneQuery(planId, filters);
    query.set("sort", sortParameter(sort));
    loadAllMilestones(query).then(
      (found) => {
        if (!current) return;
        setRows(found);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [planId, filters, sort]);
  const columns = useMemo(
    () => planColumns(t, taskRowSpans(rows.map((row) => row.task.id)), sort),
    [t, rows, sort],
  );
  const virtual = rows.length >= VIRTUAL_FROM_ROWS && !printing;
  const asOf = rows[0]?.asOf;
  return (
    <>
      <Typography.Title level={4} className="print-only">
        {title}
        {asOf === undefined ? "" : ` · ${t({ zh: "截至", en: "as of" })} ${asOf}`}
      </Typography.Title>
      <PlanFilters value={filters} onChange={setFilters}>
        <ExportMenu planId={planId} filters={filters} can={can} />
        <PrintButton />
      </PlanFilters>
      <ErrorAlert error={error} />
      <div style={{ marginBottom: 8 }}>
        <MarksLegend />
      </div>
      <Table<Milestone>
        bordered
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        columns={columns}
        dataSource={rows}
        onChange={(_pagination, _filters, sorter) => {
          setSort(columnSortOf(sorter));
        }}
        virtual={virtual}
        scroll={virtual ? { x: 1400, y: Math.max(height - CHROME_HEIGHT, 320) } : { x: 1100 }}
        footer={() =>
          t({ zh: `共 ${String(rows.length)} 个节点`, en: `${String(rows.length)} milestones` })
        }
      />
    </>
  );
};
