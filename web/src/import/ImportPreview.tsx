import { Alert, Button, Card, Space, Typography } from "antd";
import type { TableRef } from "antd/es/table";
import { useEffect, useMemo, useRef, useState } from "react";
import { useLanguage, type Text } from "../i18n.js";
import { useApi } from "../common/use-api.js";
import { CorrectionDrawer } from "./CorrectionDrawer.js";
import { deadlineCorrected } from "./corrections.js";
import { DiagnosticTable } from "./DiagnosticTable.js";
import type {
  CurrentPlan,
  Diagnostic,
  ImportChange,
  ImportOutcome,
  PlanCorrection,
  PlanMatch,
} from "./import-outcome.js";
import { PlanMatchChoice } from "./PlanMatchChoice.js";
import { PreviewTable } from "./PreviewTable.js";
import { placeDiagnostics, previewRowsOf, rowChanges, type PreviewRow } from "./preview-rows.js";
import { RemovalConfirmation } from "./RemovalConfirmation.js";
import { RevisionDiff } from "./RevisionDiff.js";
import { countBySeverity } from "./severity.js";

/** What a dry run answered: an outcome, or the file refused with its diagnostics. */
export type DryRun =
  | { readonly kind: "outcome"; readonly fileName: string; readonly outcome: ImportOutcome }
  | {
      readonly kind: "refused";
      readonly fileName: string;
      readonly diagnostics: readonly Diagnostic[];
    };

const UNCHANGED_REASON: Readonly<
  Record<Extract<ImportOutcome, { kind: "unchanged" }>["reason"], Text>
> = {
  same_file: { zh: "同一个文件已导入过", en: "this very file was imported before" },
  same_content: { zh: "内容与当前版本完全相同", en: "its content equals the current revision" },
};

const RefusedSummary = ({ fileName, errors }: { fileName: string; errors: number }) => {
  const { t } = useLanguage();
  return (
    <Alert
      type="error"
      showIcon
      title={t({
        zh: `「${fileName}」有 ${String(errors)} 处错误，不能导入`,
        en: `"${fileName}" has ${String(errors)} errors and cannot be imported`,
      })}
      description={t({
        zh: "导入要么整份成功，要么不做任何改动：请在文件中改正下列位置后重新上传。",
        en: "An import takes the whole file or nothing: correct the places listed below in the file and upload it again.",
      })}
    />
  );
};

/** What the import would do, in one sentence. */
const summaryOf = (outcome: ImportOutcome, title: string): Text => {
  const revision = String(outcome.revision);
  if (outcome.kind === "unchanged") {
    const reason = UNCHANGED_REASON[outcome.reason];
    return {
      zh: `无需导入：${reason.zh}（「${title}」第 ${revision} 版）`,
      en: `Nothing to import: ${reason.en} ("${title}", revision ${revision})`,
    };
  }
  const { tasks, milestones } = outcome.counts;
  const size: Text = {
    zh: `：${String(tasks)} 项任务、${String(milestones)} 个节点`,
    en: `: ${String(tasks)} tasks, ${String(milestones)} milestones`,
  };
  return outcome.kind === "created"
    ? { zh: `将新建计划「${title}」${size.zh}`, en: `Creates the plan "${title}"${size.en}` }
    : {
        zh: `将成为「${title}」的第 ${revision} 版${size.zh}`,
        en: `Becomes revision ${revision} of "${title}"${size.en}`,
      };
};

const OutcomeSummary = ({ outcome, title }: { outcome: ImportOutcome; title: string }) => {
  const { t } = useLanguage();
  return (
    <Alert
      type={outcome.kind === "unchanged" ? "info" : "success"}
      showIcon
      title={t(summaryOf(outcome, title))}
    />
  );
};

/** How many corrections the preview applies, with the way back to the file as read. */
const CorrectionsSummary = ({
  corrections,
  applied,
  onUndo,
}: {
  corrections: readonly PlanCorrection[];
  applied: number | null;
  onUndo: () => void;
}) => {
  const { t } = useLanguage();
  const all = String(corrections.length);
  return (
    <Alert
      type="info"
      showIcon
      data-testid="import-corrections"
      title={
        applied === null
          ? t({ zh: `已做 ${all} 条更正`, en: `${all} corrections made` })
          : t({
              zh: `已应用 ${String(applied)} / ${all} 条更正（标记为“已更正”的行）；确认导入时一并保存，同一文件再次导入时自动沿用。`,
              en: `${String(applied)} of ${all} corrections applied (the rows marked "Corrected"); they are saved with the import and applied again when the same file is imported.`,
            })
      }
      action={
        <Button size="small" onClick={onUndo}>
          {t({ zh: "撤销全部更正", en: "Undo all corrections" })}
        </Button>
      }
    />
  );
};

/**
 * The dry run's answer, to check before anything is stored: what would
 * happen, the diagnostics with their places, for a revision what changes,
 * and the table as read, each row correctable. Only a file without errors
 * that changes something can be confirmed.
 */
export const ImportPreview = ({
  dryRun,
  confirming,
  onConfirm,
  offered,
  revising,
  onRevise,
  removalsConfirmed,
  onRemovalsConfirmed,
  corrections,
  onCorrect,
}: {
  dryRun: DryRun;
  confirming: boolean;
  onConfirm: () => void;
  /** A plan of the same title, which the table revises only when the administrator says so. */
  offered: PlanMatch | null;
  revising: boolean;
  onRevise: (revise: boolean) => void;
  removalsConfirmed: boolean;
  onRemovalsConfirmed: (confirmed: boolean) => void;
  /** The corrections in force for the preview. */
  corrections: readonly PlanCorrection[];
  /** Previews again with these corrections added, or with none at all. */
  onCorrect: (corrections: readonly PlanCorrection[] | "none") => void;
}) => {
  const { t } = useLanguage();
  const tableRef = useRef<TableRef>(null);
  const top = useRef<HTMLDivElement>(null);
  // The answer appears below the form: bring it into view, once.
  useEffect(() => {
    top.current?.scrollIntoView({ block: "start" });
  }, []);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<PreviewRow | null>(null);
  const outcome = dryRun.kind === "outcome" ? dryRun.outcome : null;
  // The plan as it stands: the table of an unchanged import, the "before" of a revision.
  const current = useApi<CurrentPlan>(
    outcome === null || outcome.kind === "created" ? null : `/api/plans/${String(outcome.planId)}`,
  );
  const diagnostics = dryRun.kind === "refused" ? dryRun.diagnostics : dryRun.outcome.diagnostics;
  const change: ImportChange | null =
    outcome === null || outcome.kind === "unchanged" ? null : outcome;
  const read = change?.plan ?? null;
  const shown = read ?? (outcome?.kind === "unchanged" ? (current.data?.content ?? null) : null);
  const rows = useMemo(() => (shown === null ? [] : previewRowsOf(shown)), [shown]);
  const placed = useMemo(
    () => placeDiagnostics(diagnostics, rows, (row) => deadlineCorrected(corrections, row)),
    [diagnostics, rows, corrections],
  );
  const diff = change?.kind === "revised" ? change.diff : null;
  const unitNames = useMemo(
    () => [...new Set(rows.flatMap((row) => [...row.task.leadUnits, ...row.milestone.units]))],
    [rows],
  );
  const title = read?.title ?? current.data?.plan.title ?? "";
  const showRow = (key: string) => {
    setHighlighted(key);
    tableRef.current?.nativeElement
      .querySelector(`tr[data-row-key="${key}"]`)
      ?.scrollIntoView({ behavior: "smooth", block: "center" });
  };
  const confirmable = change !== null && (!change.confirmationRequired || removalsConfirmed);
  return (
    <Space
      ref={top}
      orientation="vertical"
      size="middle"
      style={{ width: "100%", scrollMarginTop: 8 }}
      data-testid="import-preview"
    >
      {outcome === null ? (
        <RefusedSummary fileName={dryRun.fileName} errors={countBySeverity(diagnostics, "error")} />
      ) : (
        <OutcomeSummary outcome={outcome} title={title} />
      )}
      {offered !== null && (
        <PlanMatchChoice match={offered} chosen={revising} onChoose={onRevise} />
      )}
      {change !== null && change.removals.length > 0 && (
        <RemovalConfirmation
          removals={change.removals}
          confirmed={removalsConfirmed}
          onConfirmed={onRemovalsConfirmed}
        />
      )}
      {corrections.length > 0 && (
        <CorrectionsSummary
          corrections={corrections}
          applied={outcome?.correctionsApplied ?? null}
          onUndo={() => {
            onCorrect("none");
          }}
        />
      )}
      {diagnostics.length > 0 && (
        <Card size="small" title={t({ zh: "检查结果", en: "Diagnostics" })}>
          <DiagnosticTable placed={placed} onShowRow={showRow} />
        </Card>
      )}
      {diff !== null && (
        <Card size="small" title={t({ zh: "与当前版本相比", en: "Against the current revision" })}>
          <RevisionDiff diff={diff} current={current.data?.content ?? null} next={read} />
        </Card>
      )}
      <Space wrap>
        <Button type="primary" disabled={!confirmable} loading={confirming} onClick={onConfirm}>
          {t({ zh: "确认导入", en: "Confirm the import" })}
        </Button>
        <Typography.Text type="secondary">
          {dryRun.kind === "refused"
            ? t({ zh: "有错误的文件不能导入。", en: "A file with errors cannot be imported." })
            : outcome?.kind === "unchanged"
              ? t({ zh: "没有要导入的改动。", en: "There is nothing to import." })
              : !confirmable
                ? t({
                    zh: "请先核对并确认要删除的节点计划。",
                    en: "Check and confirm the milestones to be removed first.",
                  })
                : t({
                    zh: "确认后才会保存；此前的预览不改动任何数据。",
                    en: "Nothing is saved until you confirm; the preview changed nothing.",
                  })}
        </Typography.Text>
      </Space>
      {shown !== null && (
        <Card size="small" title={t({ zh: "读取到的计划表", en: "The table as read" })}>
          <Typography.Title level={5} style={{ textAlign: "center", marginTop: 0 }}>
            {shown.title}
            {shown.subtitle !== null && (
              <span style={{ display: "block", fontWeight: 400, fontSize: 14 }}>
                {shown.subtitle}
              </span>
            )}
          </Typography.Title>
          <PreviewTable
            rows={rows}
            placed={placed}
            changes={rowChanges(diff)}
            newUnits={new Set(change?.newUnits)}
            highlighted={highlighted}
            tableRef={tableRef}
            corrections={corrections}
            {...(outcome === null ? {} : { onCorrect: setCorrecting })}
          />
        </Card>
      )}
      {correcting !== null && (
        <CorrectionDrawer
          row={correcting}
          diagnostics={placed.filter((p) => p.rowKey === correcting.key).map((p) => p.diagnostic)}
          unitNames={unitNames}
          onClose={() => {
            setCorrecting(null);
          }}
          onCorrect={onCorrect}
        />
      )}
    </Space>
  );
};
