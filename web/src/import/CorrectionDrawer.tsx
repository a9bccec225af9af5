import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Divider, Drawer, Form, Input, Select, Space, Typography } from "antd";
import { useLanguage, type Text } from "../i18n.js";
import { milestoneTarget, taskTarget, type Responsibility } from "./corrections.js";
import type { Diagnostic, PlanCorrection } from "./import-outcome.js";
import type { PreviewRow } from "./preview-rows.js";

interface CorrectionValues {
  readonly leadUnits: string[];
  readonly cooperatingUnits: string[];
  readonly responsibilities: { unit: string; role: Responsibility["role"]; roleLabel?: string }[];
  readonly deadline: string;
}

const ROLES: readonly { value: Responsibility["role"]; label: Text }[] = [
  { value: "lead", label: { zh: "牵头", en: "Lead" } },
  { value: "cooperating", label: { zh: "配合", en: "Cooperating" } },
  { value: "other", label: { zh: "其他角色", en: "Other role" } },
];

const initialValues = (row: PreviewRow): CorrectionValues => ({
  leadUnits: [...row.task.leadUnits],
  cooperatingUnits: [...row.task.cooperatingUnits],
  responsibilities: row.milestone.responsibilities.map((r) => ({ ...r })),
  deadline: row.milestone.deadlineText,
});

const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** What the form changed, as corrections of the task and of the milestone (none when unchanged). */
const correctionsOf = (row: PreviewRow, values: CorrectionValues): PlanCorrection[] => {
  const before = initialValues(row);
  const task = taskTarget(row.task);
  const taskChanged =
    !sameList(values.leadUnits, before.leadUnits) ||
    !sameList(values.cooperatingUnits, before.cooperatingUnits);
  const responsibilities: Responsibility[] = values.responsibilities.map((r) =>
    r.role === "other"
      ? { unit: r.unit, role: "other", roleLabel: r.roleLabel ?? "" }
      : { unit: r.unit, role: r.role },
  );
  const unitsChanged = !sameList(responsibilities, before.responsibilities);
  const deadlineChanged = values.deadline.trim() !== before.deadline.trim();
  return [
    ...(taskChanged
      ? [
          {
            kind: "task" as const,
            task,
            leadUnits: values.leadUnits,
            cooperatingUnits: values.cooperatingUnits,
          },
        ]
      : []),
    ...(unitsChanged || deadlineChanged
      ? [
          {
            kind: "milestone" as const,
            task,
            milestone: milestoneTarget(row.milestone, row.milestoneIndex + 1),
            ...(unitsChanged ? { responsibilities } : {}),
            ...(deadlineChanged ? { deadline: values.deadline.trim() } : {}),
          },
        ]
      : []),
  ];
};

/**
 * Corrects what the reader made of one row before the import is confirmed:
 * the task's lead and cooperating units, the milestone's units with their
 * roles, and its deadline (written as in a 完成时限 cell). The warnings on
 * the row say what the reader was unsure of.
 */
export const CorrectionDrawer = ({
  row,
  diagnostics,
  unitNames,
  onClose,
  onCorrect,
}: {
  row: PreviewRow;
  diagnostics: readonly Diagnostic[];
  /** Every unit the plan names, offered as choices. */
  unitNames: readonly string[];
  onClose: () => void;
  onCorrect: (corrections: PlanCorrection[]) => void;
}) => {
  const { t } = useLanguage();
  const [form] = Form.useForm<CorrectionValues>();
  const options = unitNames.map((name) => ({ value: name, label: name }));
  const label = row.milestone.seq === null ? "" : `（${String(row.milestone.seq)}）`;
  const save = (values: CorrectionValues) => {
    const corrections = correctionsOf(row, values);
    if (corrections.length > 0) onCorrect(corrections);
    onClose();
  };
  return (
    <Drawer
      open
      size="large"
      title={t({ zh: "更正读取结果", en: "Correct what was read" })}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          onClick={() => {
            form.submit();
          }}
        >
          {t({ zh: "应用更正", en: "Apply" })}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        {diagnostics.map((diagnostic, index) => (
          <Alert
            key={index}
            type={diagnostic.severity === "error" ? "error" : "warning"}
            showIcon
            title={t(diagnostic.message)}
          />
        ))}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t({
            zh: "更正只改变本次导入读到的内容，不改动原文件；同一文件再次导入时会自动沿用。",
            en: "A correction changes what this import reads, not the file; importing the same file again applies it again.",
          })}
        </Typography.Paragraph>
      </Space>
      <Form<CorrectionValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(row)}
        onFinish={save}
      >
        <Divider titlePlacement="start">
          {t({ zh: "工作任务", en: "Task" })} {row.task.label}
        </Divider>
        <Typography.Paragraph ellipsis={{ rows: 2 }}>{row.task.title}</Typography.Paragraph>
        <Form.Item name="leadUnits" label={t({ zh: "牵头单位", en: "Lead units" })}>
          <Select mode="tags" options={options} tokenSeparators={["、", "，", ","]} />
        </Form.Item>
        <Form.Item name="cooperatingUnits" label={t({ zh: "配合单位", en: "Cooperating units" })}>
          <Select mode="tags" options={options} tokenSeparators={["、", "，", ","]} />
        </Form.Item>
        <Divider titlePlacement="start">{t({ zh: "节点计划", en: "Milestone" })}</Divider>
        <Typography.Paragraph ellipsis={{ rows: 2 }}>
          {label}
          {row.milestone.text}
        </Typography.Paragraph>
        <Form.List name="responsibilities">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, "unit"]}
                    rules={[{ required: true, whitespace: true, message: t(UNIT_REQUIRED) }]}
                  >
                    <Input
                      aria-label={t({ zh: "责任单位", en: "Unit" })}
                      placeholder={t({ zh: "单位名称", en: "Unit name" })}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "role"]}>
                    <Select
                      aria-label={t({ zh: "角色", en: "Role" })}
                      style={{ width: 110 }}
                      options={ROLES.map((role) => ({ value: role.value, label: t(role.label) }))}
                    />
                  </Form.Item>
                  <Form.Item noStyle dependencies={[["responsibilities", field.name, "role"]]}>
                    {() =>
                      form.getFieldValue(["responsibilities", field.name, "role"]) === "other" && (
                        <Form.Item
                          name={[field.name, "roleLabel"]}
                          rules={[{ required: true, whitespace: true, message: t(ROLE_REQUIRED) }]}
                        >
                          <Input
                            aria-label={t({ zh: "角色名称", en: "Role name" })}
                            placeholder={t({ zh: "如 数据提供单位", en: "e.g. 数据提供单位" })}
                            style={{ width: 150 }}
                          />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t({ zh: "移除此单位", en: "Remove this unit" })}
                    onClick={() => {
                      remove(field.name);
                    }}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => {
                  add({ unit: "", role: fields.length === 0 ? "lead" : "cooperating" });
                }}
              >
                {t({ zh: "添加责任单位", en: "Add a unit" })}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item
          name="deadline"
          label={t({ zh: "完成时限", en: "Deadline" })}
          extra={t({
            zh: "按原表写法填写，如 6月底前、12月15日、第三季度、每季度末、持续推进；留空表示无时限。",
            en: "As a 完成时限 cell writes it: 6月底前, 12月15日, 第三季度, 每季度末, 持续推进; empty for none.",
          })}
          style={{ marginTop: 16 }}
        >
          <Input />
        </Form.Item>
      </Form>
    </Drawer>
  );
};

const UNIT_REQUIRED: Text = { zh: "请填写单位名称", en: "Enter the unit's name" };
const ROLE_REQUIRED: Text = { zh: "请填写角色名称", en: "Enter the role's name" };
