import { EditOutlined } from "@ant-design/icons";
import { Button, Table, Tag, Typography, type TableColumnType, type TableProps } from "antd";
import type { TableRef } from "antd/es/table";
import type { Ref } from "react";
import { useLanguage, type Text } from "../i18n.js";
import { mergedTaskColumns, taskRowSpans } from "../common/task-row-spans.js";
import { correctionsOfRow } from "./corrections.js";
import type { MilestoneDiffEntry, PlanCorrection } from "./import-outcome.js";
import type { PlacedDiagnostic, PreviewRow } from "./preview-rows.js";
import { SEVERITY } from "./severity.js";

const CHANGE_LABEL: Readonly<Record<MilestoneDiffEntry["kind"], Text>> = {
  added: { zh: "新增", en: "Added" },
  removed: { zh: "删除", en: "Removed" },
  changed: { zh: "修改", en: "Changed" },
};

const DeadlineCell = ({ row }: { row: PreviewRow }) => {
  const { t } = useLanguage();
  const { deadline, due } = row.milestone;
  if (deadline.kind === "none")
    return <Typography.Text type="secondary">{t({ zh: "（无）", en: "(none)" })}</Typography.Text>;
  return (
    <>
      {deadline.text}
      {due !== null && due !== deadline.text && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {due}
          </Typography.Text>
        </div>
      )}
    </>
  );
};

const UnitsCell = ({ row, newUnits }: { row: PreviewRow; newUnits: ReadonlySet<string> }) => {
  const { t } = useLanguage();
  const leads = new Set(row.milestone.leadUnits);
  return row.milestone.units.map((unit, index) => (
    <span key={unit} style={{ fontWeight: leads.has(unit) ? 600 : 400 }}>
      {index > 0 && "、"}
      {unit}
      {newUnits.has(unit) && (
        <Tag color="gold" style={{ marginInlineStart: 4 }}>
          {t({ zh: "新单位", en: "New unit" })}
        </Tag>
      )}
    </span>
  ));
};

/**
 * What the row carries: the diagnostics placed on it, with what they say;
 * for a revision, its change; whether the office corrected it; and the
 * button that corrects it.
 */
const MarksCell = ({
  diagnostics,
  change,
  corrected,
  onCorrect,
}: {
  diagnostics: readonly PlacedDiagnostic[];
  change: MilestoneDiffEntry | undefined;
  corrected: boolean;
  onCorrect: (() => void) | undefined;
}) => {
  const { t } = useLanguage();
  return (
    <>
      {change !== undefined && (
        <Tag color={change.kind === "added" ? "green" : "blue"}>{t(CHANGE_LABEL[change.kind])}</Tag>
      )}
      {corrected && (
        <Tag color="cyan" data-testid="row-corrected">
          {t({ zh: "已更正", en: "Corrected" })}
        </Tag>
      )}
      {diagnostics.map(({ diagnostic }, index) => (
        <div key={index} className="import-row-diagnostic">
          <Tag color={SEVERITY[diagnostic.severity].color}>
            {t(SEVERITY[diagnostic.severity].label)}
          </Tag>
          <Typography.Text style={{ fontSize: 12 }}>{t(diagnostic.message)}</Typography.Text>
        </div>
      ))}
      {onCorrect !== undefined && (
        <Button size="small" type="link" icon={<EditOutlined />} onClick={onCorrect}>
          {t({ zh: "更正", en: "Correct" })}
        </Button>
      )}
    </>
  );
};

/**
 * The plan as the file was read, in the office's columns (序号, 工作任务,
 * 节点计划, 责任单位, 完成时限), a task's cells merged over its milestones;
 * the first column marks the rows a diagnostic or the revision concerns
 * (when there are any).
 */
export const PreviewTable = ({
  rows,
  placed,
  changes,
  newUnits,
  highlighted,
  tableRef,
  corrections,
  onCorrect,
}: {
  rows: readonly PreviewRow[];
  placed: readonly PlacedDiagnostic[];
  changes: ReadonlyMap<string, MilestoneDiffEntry>;
  newUnits: ReadonlySet<string>;
  highlighted: string | null;
  tableRef: Ref<TableRef>;
  /** The corrections in force, to mark the rows they change. */
  corrections: readonly PlanCorrection[];
  /** Opens the correction of a row; absent when the preview cannot be confirmed anyway. */
  onCorrect?: (row: PreviewRow) => void;
}) => {
  const { t } = useLanguage();
  const spans = taskRowSpans(rows.map((row) => row.taskIndex));
  const diagnosticsAt = (key: string) => placed.filter((p) => p.rowKey === key);
  // A clean table that cannot be corrected has nothing to mark: no empty column then.
  const marked =
    onCorrect !== undefined || changes.size > 0 || placed.some((p) => p.rowKey !== null);
  const marks: TableColumnType<PreviewRow> = {
    title: t({ zh: "标记", en: "Marks" }),
    key: "marks",
    width: 200,
    render: (_, row) => (
      <MarksCell
        diagnostics={diagnosticsAt(row.key)}
        change={changes.get(row.key)}
        corrected={correctionsOfRow(corrections, row).length > 0}
        onCorrect={
          onCorrect === undefined
            ? undefined
            : () => {
                onCorrect(row);
              }
        }
      />
    ),
  };
  const columns: TableProps<PreviewRow>["columns"] = [
    ...(marked ? [marks] : []),
    ...mergedTaskColumns<PreviewRow>(t, spans),
    {
      title: t({ zh: "节点计划", en: "Milestone" }),
      key: "milestone",
      width: 340,
      render: (_, row) =>
        row.milestone.seq === null
          ? row.milestone.text
          : `（${String(row.milestone.seq)}）${row.milestone.text}`,
    },
    {
      title: t({ zh: "责任单位", en: "Units" }),
      key: "units",
      width: 180,
      render: (_, row) => <UnitsCell row={row} newUnits={newUnits} />,
    },
    {
      title: t({ zh: "完成时限", en: "Deadline" }),
      key: "deadline",
      width: 120,
      render: (_, row) => <DeadlineCell row={row} />,
    },
  ];
  return (
    <Table<PreviewRow>
      ref={tableRef}
      bordered
      size="small"
      rowKey="key"
      pagination={false}
      columns={columns}
      dataSource={rows}
      scroll={{ x: 1100 }}
      rowClassName={(row) =>
        [
          diagnosticsAt(row.key).length > 0 ? "import-row-flagged" : "",
          row.key === highlighted ? "import-row-highlighted" : "",
        ].join(" ")
      }
      footer={() =>
        t({
          zh: `共 ${String(new Set(rows.map((r) => r.taskIndex)).size)} 项任务、${String(rows.length)} 个节点`,
          en: `${String(new Set(rows.map((r) => r.taskIndex)).size)} tasks, ${String(rows.length)} milestones`,
        })
      }
    />
  );
};
