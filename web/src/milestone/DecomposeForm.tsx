import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, DatePicker, Flex, Form, Input, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { api, ApiFailure, type Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useWorkflowWrite } from "./use-workflow-write.js";
import type { SubPlanAnswer } from "./SubPlanPanel.js";

interface StepValues {
  readonly text: string;
  readonly unitIds: number[];
  readonly dueDate: Dayjs;
}

/** The step a server refusal names (body.steps[2].dueDate → 2), to mark it on the form. */
const stepAtFault = (error: unknown): number | null => {
  if (!(error instanceof ApiFailure)) return null;
  const match = /^body\.steps\[(\d+)\]/.exec(error.body.error.field ?? "");
  return match === null ? null : Number(match[1]);
};

/**
 * 再分解: the lead unit splits its milestone into steps, each with its units
 * (itself, its sections or subordinate units; the first leads) and a day
 * no later than the milestone's. Sent again, the steps revise the sub-plan.
 */
export const DecomposeForm = ({
  milestone,
  answer,
  reload,
  done,
}: {
  milestone: Milestone;
  answer: SubPlanAnswer;
  reload: () => void;
  done: () => void;
}) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ steps: StepValues[] }>();
  const { run, error, busy } = useWorkflowWrite(reload);
  const due = milestone.due === null ? null : dayjs(milestone.due);
  const units = answer.decompose?.units ?? [];
  const existing = answer.subPlan?.steps ?? [];
  const initial: StepValues[] =
    existing.length > 0
      ? existing.map((step) => ({
          text: step.text,
          unitIds: [...step.units]
            .sort((a, b) => Number(b.role === "lead") - Number(a.role === "lead"))
            .map((u) => u.unitId),
          dueDate: dayjs(step.due ?? milestone.due ?? undefined),
        }))
      : [{ text: "", unitIds: [], dueDate: due ?? dayjs() }];
  const submit = async (values: { steps: StepValues[] }) => {
    const sent = await run(() =>
      api("POST", `/api/milestones/${String(milestone.id)}/sub-plan`, {
        steps: values.steps.map((step) => ({
          text: step.text,
          unitIds: step.unitIds,
          dueDate: step.dueDate.format("YYYY-MM-DD"),
        })),
      }),
    );
    if (!sent) return;
    void message.success(t({ zh: "子计划已保存", en: "Sub-plan saved" }));
    done();
  };
  const faulty = stepAtFault(error);
  return (
    <Form
      form={form}
      name="decompose"
      layout="vertical"
      initialValues={{ steps: initial }}
      onFinish={(values) => void submit(values)}
    >
      <Typography.Paragraph type="secondary">
        {t({
          zh: `每个步骤写明内容、责任科室或下级单位（第一个为牵头）和完成时限；完成时限不得晚于本节点计划的${milestone.due ?? ""}。`,
          en: `Each step: what, which sections or subordinate units (the first leads), and a due day no later than this milestone's ${milestone.due ?? ""}.`,
        })}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form.List name="steps">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex
                key={field.key}
                gap={8}
                wrap
                align="start"
                data-step={index}
                style={{
                  padding: 8,
                  border: `1px solid ${faulty === index ? "#c62828" : "#f0f0f0"}`,
                  borderRadius: 6,
                }}
              >
                <Typography.Text strong style={{ paddingTop: 5 }}>
                  {t({ zh: `第${String(index + 1)}步`, en: `Step ${String(index + 1)}` })}
                </Typography.Text>
                <Form.Item
                  name={[field.name, "text"]}
                  rules={[{ required: true, whitespace: true, max: 2000 }]}
                  style={{ flex: "1 1 240px", margin: 0 }}
                >
                  <Input
                    aria-label={t({ zh: "步骤内容", en: "Step" })}
                    placeholder={t({ zh: "步骤内容", en: "Step" })}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, "unitIds"]}
                  rules={[{ required: true, type: "array", min: 1 }]}
                  style={{ flex: "1 1 200px", margin: 0 }}
                >
                  <Select
                    mode="multiple"
                    aria-label={t({ zh: "责任单位", en: "Responsible units" })}
                    placeholder={t({
                      zh: "责任科室或下级单位",
                      en: "Sections or subordinate units",
                    })}
                    options={units.map((u) => ({ value: u.id, label: u.name }))}
                    showSearch={{ optionFilterProp: "label" }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, "dueDate"]}
                  rules={[{ required: true }]}
                  style={{ margin: 0 }}
                >
                  <DatePicker
                    allowClear={false}
                    aria-label={t({ zh: "完成时限", en: "Due" })}
                    disabledDate={(day) => due !== null && day.isAfter(due, "day")}
                  />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t({ zh: "删除该步骤", en: "Remove the step" })}
                    onClick={() => {
                      remove(field.name);
                    }}
                  />
                )}
              </Flex>
            ))}
            <Flex gap={8}>
              <Button
                icon={<PlusOutlined />}
                onClick={() => {
                  add({ text: "", unitIds: [], dueDate: due ?? dayjs() });
                }}
              >
                {t({ zh: "添加步骤", en: "Add a step" })}
              </Button>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t({ zh: "保存子计划", en: "Save the sub-plan" })}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
};
