import { App, Button, Card, Empty, Flex, Grid, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { api, type Milestone } from "../api.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useWorkflowWrite } from "../milestone/use-workflow-write.js";
import { useLanguage, type Text } from "../i18n.js";
import { DueCell, MilestoneTitle, RowActions, StatusCell } from "./milestone-cells.js";
import { LatestReportCell } from "../common/LatestReport.js";

interface RowsProps {
  readonly rows: readonly Milestone[];
  /** The unit leads these (or their tasks): show their acknowledgement state. */
  readonly lead: boolean;
  readonly reload: () => void;
  /** What an empty list means here. */
  readonly empty: Text;
}

const columns = (
  t: (text: Text) => string,
  { lead, reload }: Omit<RowsProps, "rows" | "empty">,
): ColumnsType<Milestone> => [
  {
    title: t({ zh: "节点计划", en: "Milestone" }),
    key: "milestone",
    render: (_, row) => <MilestoneTitle milestone={row} />,
  },
  {
    title: t({ zh: "完成时限", en: "Due" }),
    key: "due",
    width: 120,
    render: (_, row) => <DueCell milestone={row} />,
  },
  {
    title: t({ zh: "状态", en: "Status" }),
    key: "status",
    width: 190,
    render: (_, row) => <StatusCell milestone={row} lead={lead} />,
  },
  {
    title: t({ zh: "最新进展", en: "Latest progress" }),
    key: "report",
    width: 260,
    render: (_, row) => <LatestReportCell milestone={row} />,
  },
  {
    title: t({ zh: "操作", en: "Actions" }),
    key: "actions",
    width: 150,
    render: (_, row) => <RowActions milestone={row} reload={reload} />,
  },
];

/** One card per milestone: a phone has no room for five columns. */
const MilestoneCards = ({ rows, lead, reload }: Omit<RowsProps, "empty">) => (
  <Flex vertical gap={8}>
    {rows.map((row) => (
      <Card key={row.id} size="small" data-testid="milestone-card">
        <Flex vertical gap={8}>
          <MilestoneTitle milestone={row} />
          <Flex wrap gap={12} align="center">
            <DueCell milestone={row} />
            <StatusCell milestone={row} lead={lead} />
          </Flex>
          <LatestReportCell milestone={row} />
          <RowActions milestone={row} reload={reload} />
        </Flex>
      </Card>
    ))}
  </Flex>
);

/** The most milestones one 批量签收 takes; the server refuses more (MAX_BATCH_SIZE). */
const MAX_BATCH = 200;

/** 批量签收: the chosen milestones acknowledged together, all or none; the server names any it refuses. */
const BatchAcknowledge = ({ ids, done }: { ids: readonly number[]; done: () => void }) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const { run, error, busy } = useWorkflowWrite(done);
  const acknowledge = async () => {
    const sent = await run(() => api("POST", "/api/milestones/acknowledgements", { ids }));
    if (sent) {
      void message.success(
        t({ zh: `已签收 ${String(ids.length)} 项`, en: `${String(ids.length)} acknowledged` }),
      );
    }
  };
  return (
    <Flex vertical gap={8} style={{ marginBottom: 8 }}>
      <Flex gap={8} align="center">
        <Button
          type="primary"
          disabled={ids.length === 0 || ids.length > MAX_BATCH}
          loading={busy}
          onClick={() => void acknowledge()}
        >
          {t({
            zh: `批量签收（${String(ids.length)}）`,
            en: `Acknowledge selected (${String(ids.length)})`,
          })}
        </Button>
      </Flex>
      <ErrorAlert error={error} />
    </Flex>
  );
};

/** The unit's milestones in the order given (most urgent first): a table, or cards on a phone. */
export const MilestoneRows = (props: RowsProps) => {
  const { t } = useLanguage();
  const screens = Grid.useBreakpoint();
  const [selected, setSelected] = useState<number[]>([]);
  if (props.rows.length === 0) return <Empty description={t(props.empty)} />;
  if (screens.md !== true) return <MilestoneCards {...props} />;
  const acknowledgeable = props.rows.some((row) => row.can.acknowledge);
  return (
    <>
      {acknowledgeable && (
        <BatchAcknowledge
          ids={selected}
          done={() => {
            setSelected([]);
            props.reload();
          }}
        />
      )}
      <Table<Milestone>
        size="small"
        rowKey="id"
        pagination={false}
        // Fixed layout keeps the long task titles to one ellipsed line instead of widening the table.
        tableLayout="fixed"
        scroll={{ x: 900 }}
        columns={columns(t, props)}
        dataSource={[...props.rows]}
        {...(acknowledgeable
          ? {
              rowSelection: {
                // A select-all box would be cloned, focusable, into the fixed layout's aria-hidden measure row.
                hideSelectAll: true,
                columnTitle: t({ zh: "选择", en: "Pick" }),
                columnWidth: 56,
                selectedRowKeys: selected,
                onChange: (keys) => {
                  setSelected(keys.map(Number));
                },
                getCheckboxProps: (row: Milestone) => ({
                  disabled: !row.can.acknowledge,
                  "aria-label": t({ zh: `选择 ${row.text}`, en: `Select ${row.text}` }),
                }),
              },
            }
          : {})}
      />
    </>
  );
};
