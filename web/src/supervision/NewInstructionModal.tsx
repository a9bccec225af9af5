import { DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, type Answer, type Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { validFields } from "../common/valid-fields.js";
import { useApi } from "../common/use-api.js";
import { fetchAllPages } from "../common/fetch-all-pages.js";
import type { Instruction } from "./instruction-state.js";
import { useLoad } from "../common/use-load.js";
import { milestoneCode } from "./words.js";

interface Fields {
  readonly taskId: number;
  /** Unset: the instruction is on the whole task. */
  readonly milestoneId?: number;
  readonly issuedBy: string;
  readonly text: string;
  readonly responseDue?: Dayjs | null;
}

const OPTION_TEXT_LENGTH = 60;

const shorten = (text: string): string =>
  text.length > OPTION_TEXT_LENGTH ? `${text.slice(0, OPTION_TEXT_LENGTH)}…` : text;

/** The office enters a leader's instruction on a task of the plan, or on one of its milestones. */
export const NewInstructionModal = ({
  planId,
  onCancel,
  onCreated,
}: {
  planId: number;
  onCancel: () => void;
  onCreated: (instruction: Instruction) => void;
}) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const [form] = Form.useForm<Fields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tasks = useLoad(
    () => fetchAllPages<Schema<"Task">>("/api/tasks", { plan: String(planId) }),
    String(planId),
  );
  // Until a task is chosen the field is empty, whatever Fields says.
  const taskId = Form.useWatch((values: Partial<Fields>) => values.taskId, form);
  const task = useApi<Answer<"/api/tasks/{id}", "get">>(
    taskId === undefined ? null : `/api/tasks/${taskId}`,
  );

  const submit = async () => {
    const fields = await validFields(form);
    if (fields === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const created = await api<Instruction>("POST", "/api/instructions", {
        targetType: fields.milestoneId === undefined ? "task" : "milestone",
        targetId: fields.milestoneId ?? fields.taskId,
        issuedBy: fields.issuedBy.trim(),
        text: fields.text.trim(),
        responseDue: fields.responseDue?.format("YYYY-MM-DD") ?? null,
      });
      onCreated(created);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const required = { required: true, whitespace: true };
  return (
    <Modal
      open
      title={t({ zh: "录入领导批示", en: "Enter a leader's instruction" })}
      okText={t({ zh: "保存", en: "Save" })}
      cancelText={t({ zh: "取消", en: "Cancel" })}
      okButtonProps={{ loading: busy }}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <ErrorAlert error={error ?? tasks.error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="taskId"
          label={t({ zh: "工作任务", en: "Task" })}
          rules={[{ required: true, message: t({ zh: "请选择任务", en: "Choose a task" }) }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            loading={tasks.loading}
            placeholder={t({ zh: "输入序号或文字查找", en: "Type a number or words" })}
            options={(tasks.data ?? []).map((item) => ({
              value: item.id,
              label: `${item.label} ${shorten(item.title)}`,
            }))}
            onChange={() => {
              form.setFieldValue("milestoneId", undefined);
            }}
          />
        </Form.Item>
        <Form.Item
          name="milestoneId"
          label={t({ zh: "节点计划（选填）", en: "Milestone (optional)" })}
        >
          <Select
            allowClear
            disabled={taskId === undefined}
            loading={task.loading}
            placeholder={t({ zh: "不选即批示整个任务", en: "None: the whole task" })}
            options={(task.data?.milestones ?? []).map((m) => ({
              value: m.id,
              label: `${milestoneCode(m.task.no, m.seq)} ${shorten(m.text)}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="issuedBy"
          label={t({ zh: "批示领导", en: "Leader" })}
          rules={[required, { max: 200 }]}
        >
          <Input placeholder={t({ zh: "如：市长 张三", en: "e.g. Mayor Zhang San" })} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t({ zh: "批示内容", en: "Instruction" })}
          rules={[required, { max: 10_000 }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item
          name="responseDue"
          label={t({ zh: "反馈时限（选填）", en: "Answer by (optional)" })}
        >
          <DatePicker disabledDate={(day) => day.isBefore(dayjs(session.today), "day")} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
