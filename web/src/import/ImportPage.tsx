import { Alert, Card, message, Space } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { withCorrections } from "./corrections.js";
import { refusedDiagnostics, type PlanCorrection, type PlanMatch } from "./import-outcome.js";
import { ImportForm } from "./ImportForm.js";
import { ImportPreview, type DryRun } from "./ImportPreview.js";
import { RevisionHistory } from "./RevisionHistory.js";
import { sendTable, type TableUpload } from "./send-table.js";
import { UploadProgress } from "./UploadProgress.js";
import "./import.css";

/**
 * 导入: a decomposition table becomes a plan, or a new revision of one. A
 * dry run first shows what would happen; only then can it be confirmed.
 * Importing is the administrators' (plan.import); the supervision office
 * sees the imports so far.
 */
export const ImportPage = () => {
  const { t } = useLanguage();
  const { session } = useSession();
  const { plans, plan, choose, reloadPlans } = usePlan();
  const navigate = useNavigate();
  const [toast, toastHolder] = message.useMessage();
  const [upload, setUpload] = useState<TableUpload | null>(null);
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [busy, setBusy] = useState<"preview" | "confirm" | null>(null);
  // How much of the file has gone, while it is being sent.
  const [sending, setSending] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A plan of the same title the last preview found, offered as the one to revise.
  const [offered, setOffered] = useState<PlanMatch | null>(null);
  const [removalsConfirmed, setRemovalsConfirmed] = useState(false);
  // The corrections made in the preview; null until the server says which are in force.
  const [corrections, setCorrections] = useState<readonly PlanCorrection[] | null>(null);

  const preview = async (next: TableUpload, sent: readonly PlanCorrection[] | null) => {
    setUpload(next);
    setDryRun(null);
    setError(null);
    setRemovalsConfirmed(false);
    setCorrections(sent);
    setBusy("preview");
    try {
      setSending(0);
      const outcome = await sendTable(next, { dryRun: true, corrections: sent }, setSending);
      if (outcome.kind === "created" && outcome.match !== null) setOffered(outcome.match);
      setCorrections(outcome.corrections);
      setDryRun({ kind: "outcome", fileName: next.file.name, outcome });
    } catch (failure) {
      const diagnostics = refusedDiagnostics(failure);
      if (diagnostics === null) setError(failure);
      else setDryRun({ kind: "refused", fileName: next.file.name, diagnostics });
    } finally {
      setBusy(null);
      setSending(null);
    }
  };

  const confirm = async () => {
    if (upload === null) return;
    setError(null);
    setBusy("confirm");
    try {
      setSending(0);
      const outcome = await sendTable(
        upload,
        { dryRun: false, confirmRemovals: removalsConfirmed, corrections },
        setSending,
      );
      void toast.success(
        t({
          zh: `已导入，第 ${String(outcome.revision)} 版`,
          en: `Imported as revision ${String(outcome.revision)}`,
        }),
      );
      reloadPlans();
      choose(outcome.planId);
      void navigate("/plan");
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
      setSending(null);
    }
  };

  const forget = () => {
    setDryRun(null);
    setError(null);
    setOffered(null);
  };

  /** The same file previewed again, as the offered plan's revision or as a plan of its own. */
  const revise = (yes: boolean) => {
    if (upload === null || offered === null) return;
    void preview(
      { ...upload, target: yes ? { kind: "revision", planId: offered.planId } : { kind: "new" } },
      corrections,
    );
  };

  /** The preview again, read with these corrections in place of earlier ones of the same rows. */
  const correct = (next: readonly PlanCorrection[] | "none") => {
    if (upload === null) return;
    void preview(upload, next === "none" ? [] : withCorrections(corrections ?? [], next));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {toastHolder}
      {session.actor.role === "admin" ? (
        <Card title={t({ zh: "导入计划表", en: "Import a plan table" })}>
          <ImportForm
            plans={plans}
            busy={busy === "preview"}
            onPreview={(next) => void preview(next, null)}
            onEdit={forget}
          />
        </Card>
      ) : (
        <Alert
          type="info"
          showIcon
          title={t({
            zh: "计划表由管理员导入；这里可以查看已有的导入记录。",
            en: "Administrators import plan tables; the imports so far are listed here.",
          })}
        />
      )}
      {sending !== null && <UploadProgress fraction={sending} />}
      <ErrorAlert error={error} />
      {dryRun !== null && (
        <ImportPreview
          dryRun={dryRun}
          confirming={busy === "confirm"}
          onConfirm={() => void confirm()}
          offered={offered}
          revising={upload?.target.kind === "revision" && upload.target.planId === offered?.planId}
          onRevise={revise}
          removalsConfirmed={removalsConfirmed}
          onRemovalsConfirmed={setRemovalsConfirmed}
          corrections={corrections ?? []}
          onCorrect={correct}
        />
      )}
      {dryRun === null && plan !== null && <RevisionHistory plan={plan} />}
    </Space>
  );
};
