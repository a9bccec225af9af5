import { Form, Select } from "antd";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { required } from "../admin/validation.js";
import type { FieldAliases } from "../admin/server-field-errors.js";
import { useServerForm } from "../admin/use-server-form.js";
import { FormModal } from "./FormModal.js";
import { bodyOf, fieldsOf, type TargetFields } from "./target-form.js";
import { TargetFormFields } from "./TargetFormFields.js";
import type { Target } from "./target-words.js";

/** A task or milestone a target may be added to: "task:12" or "milestone:34". */
export interface WorkOption {
  readonly value: string;
  readonly label: string;
}

type Values = TargetFields & { readonly work?: string };

/** What the dialog does: edit a stored target, or add one to the plan's work. */
export type TargetDialogMode =
  | { readonly kind: "edit"; readonly target: Target }
  | { readonly kind: "add"; readonly planId: number; readonly work: readonly WorkOption[] };

/** The one choice "work" sends taskId or milestoneId: a refusal of either is shown there. */
const PLACE_FIELDS: FieldAliases = { "body.taskId": ["work"], "body.milestoneId": ["work"] };

/** "task:12" → { taskId: 12 }; "milestone:34" → { milestoneId: 34 }. */
const placeBody = (work: string | undefined): Record<string, number> => {
  const [kind, id] = (work ?? "").split(":");
  return kind === "task" ? { taskId: Number(id) } : { milestoneId: Number(id) };
};

/** The office edits a target (PATCH /api/targets/{id}) or adds one (POST /api/plans/{id}/targets). */
export const TargetDialog = ({
  mode,
  onClose,
  onSaved,
}: {
  /** null: closed. */
  mode: TargetDialogMode | null;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { t } = useLanguage();
  const server = useServerForm<Values>(PLACE_FIELDS);
  const { submit } = server;
  const save = async ({ work, ...fields }: Values) => {
    if (mode === null) return;
    const done = await submit(() =>
      mode.kind === "edit"
        ? api("PATCH", `/api/targets/${String(mode.target.id)}`, bodyOf(fields))
        : api("POST", `/api/plans/${String(mode.planId)}/targets`, {
            ...placeBody(work),
            ...bodyOf(fields),
          }),
    );
    if (done) onSaved();
  };
  return (
    <FormModal
      open={mode !== null}
      title={
        mode?.kind === "add"
          ? t({ zh: "新增量化指标", en: "Add a target" })
          : t({ zh: "编辑量化指标", en: "Edit the target" })
      }
      okText={t({ zh: "保存", en: "Save" })}
      server={server}
      initialValues={mode?.kind === "edit" ? fieldsOf(mode.target) : { comparison: "at_least" }}
      onFinish={(fields) => void save(fields)}
      testId="target-form"
      onClose={onClose}
    >
      {mode?.kind === "add" && (
        <Form.Item
          name="work"
          label={t({ zh: "所属任务或节点", en: "Task or milestone" })}
          rules={[required(t)]}
        >
          <Select showSearch={{ optionFilterProp: "label" }} options={[...mode.work]} />
        </Form.Item>
      )}
      <TargetFormFields form={server.form} />
    </FormModal>
  );
};
