import { App, AutoComplete, Button, Form, InputNumber, Modal } from "antd";
import { useState } from "react";
import { api } from "../api.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useLanguage } from "../i18n.js";
import { usePlan, type PlanListItem } from "../plan-context.js";
import { USUAL_CATEGORIES } from "../plan-groups.js";

interface Filing {
  readonly year: number;
  readonly category: string;
}

/** 归类: the office files the plan under a year and category, the groups of the plan list. */
export const PlanFilingButton = ({ plan }: { plan: PlanListItem }) => {
  const { t } = useLanguage();
  const { reloadPlans } = usePlan();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<Filing>();
  if (!plan.can.classify) return null;
  const save = async (filing: Filing) => {
    setError(null);
    try {
      await api("PATCH", `/api/plans/${String(plan.id)}`, filing);
      reloadPlans();
      void message.success(t({ zh: "已保存", en: "Saved" }));
      setOpen(false);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <>
      <Button
        onClick={() => {
          form.setFieldsValue({ year: plan.year, category: plan.category });
          setOpen(true);
        }}
      >
        {t({ zh: "年度与类别", en: "Year and category" })}
      </Button>
      <Modal
        open={open}
        title={t({ zh: "计划的年度与类别", en: "The plan's year and category" })}
        okText={t({ zh: "保存", en: "Save" })}
        onOk={() => void form.validateFields().then(save)}
        onCancel={() => {
          setOpen(false);
        }}
        forceRender
      >
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="year"
            label={t({ zh: "年度", en: "Year" })}
            rules={[{ required: true, message: t({ zh: "请填写年度", en: "Enter the year" }) }]}
          >
            <InputNumber min={1900} max={2199} />
          </Form.Item>
          <Form.Item
            name="category"
            label={t({ zh: "类别", en: "Category" })}
            extra={t({
              zh: "政府工作报告、民生实事，或专项计划的名称（如营商环境、安全生产），最多 20 个字",
              en: "政府工作报告, 民生实事, or a special plan's name (营商环境, 安全生产), at most 20 characters",
            })}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t({ zh: "请填写类别", en: "Enter the category" }),
              },
              { max: 20, message: t({ zh: "最多 20 个字", en: "At most 20 characters" }) },
            ]}
          >
            <AutoComplete options={USUAL_CATEGORIES.map((value) => ({ value }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
