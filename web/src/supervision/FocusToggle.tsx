import { StarFilled, StarOutlined } from "@ant-design/icons";
import { Switch, message } from "antd";
import { useState } from "react";
import { api, type Milestone, type Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { failureText, isConflict } from "./words.js";

type WorkflowState = Schema<"WorkflowState">;

/**
 * A milestone's mark is a workflow step, guarded by the milestone's version;
 * onChange hands back the new state, whose version the next write needs.
 */
type Target =
  | { readonly kind: "task"; readonly onChange: (focus: boolean) => void }
  | {
      readonly kind: "milestone";
      readonly version: number;
      readonly onChange: (focus: boolean, workflow: WorkflowState) => void;
    };

export type FocusToggleProps = Target & {
  readonly id: number;
  /** The server's word (the task's or milestone's `can.setFocus`). */
  readonly editable: boolean;
  /** Marked for focus (重点关注) now. */
  readonly value: boolean;
  /** What screen readers call the target, e.g. "202（1）"; the id otherwise. */
  readonly name?: string;
};

/**
 * Marks a task or a milestone for focus (重点关注), or clears the mark.
 * Whoever the server lets change it may; everyone else sees the mark,
 * switched off. A star, filled or not, says it besides the colour.
 */
export const FocusToggle = (props: FocusToggleProps) => {
  const { t, language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [toast, toastHolder] = message.useMessage();

  const write = async (focus: boolean): Promise<void> => {
    if (props.kind === "task") {
      const answer = await api<Schema<"TaskFocus">>("PUT", `/api/tasks/${props.id}/focus`, {
        focus,
      });
      props.onChange(answer.focus);
      return;
    }
    try {
      const workflow = await api<WorkflowState>("PUT", `/api/milestones/${props.id}/focus`, {
        version: props.version,
        focus,
      });
      props.onChange(workflow.focus, workflow);
    } catch (error) {
      if (!isConflict(error)) throw error;
      // Someone changed the milestone meanwhile: show where it stands now.
      const { workflow } = await api<Milestone>("GET", `/api/milestones/${props.id}`);
      props.onChange(workflow.focus, workflow);
      throw error;
    }
  };

  const toggle = async (focus: boolean) => {
    setBusy(true);
    try {
      await write(focus);
    } catch (error) {
      void toast.error(
        failureText(error, language, {
          zh: "无法连接服务器",
          en: "The server could not be reached",
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const what = props.name ?? String(props.id);
  return (
    <>
      {toastHolder}
      <Switch
        checked={props.value}
        loading={busy}
        disabled={!props.editable}
        onChange={(focus) => void toggle(focus)}
        checkedChildren={<StarFilled aria-hidden />}
        unCheckedChildren={<StarOutlined aria-hidden />}
        aria-label={`${t({ zh: "重点关注", en: "Focus" })} ${what}`}
      />
    </>
  );
};
