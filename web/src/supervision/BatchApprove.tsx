import { Button, Input, Modal } from "antd";
import { useState } from "react";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";

/**
 * 批量通过: the chosen requests approved together with one comment, all or
 * none; when the server refuses one, its message names it and nothing changed.
 */
export const BatchApprove = ({
  ids,
  onDone,
}: {
  ids: readonly number[];
  onDone: (count: number) => void;
}) => {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const approve = async () => {
    setBusy(true);
    setError(null);
    try {
      await api("POST", "/api/requests/decisions", { ids, decision: "approve", comment });
      setOpen(false);
      setComment("");
      onDone(ids.length);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        type="primary"
        disabled={ids.length === 0}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t({
          zh: `批量通过（${String(ids.length)}）`,
          en: `Approve selected (${String(ids.length)})`,
        })}
      </Button>
      <Modal
        open={open}
        title={t({
          zh: `批量通过 ${String(ids.length)} 项申请`,
          en: `Approve ${String(ids.length)} requests`,
        })}
        okText={t({ zh: "通过", en: "Approve" })}
        okButtonProps={{ loading: busy }}
        onCancel={() => {
          setOpen(false);
        }}
        onOk={() => void approve()}
      >
        <ErrorAlert error={error} />
        <Input.TextArea
          rows={3}
          maxLength={2_000}
          aria-label={t({ zh: "审核意见（各项共用）", en: "Comment (for all)" })}
          placeholder={t({
            zh: "审核意见（各项共用，可不填）",
            en: "One comment for all (optional)",
          })}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
          }}
        />
      </Modal>
    </>
  );
};
