import { Button, Form, Input, Select } from "antd";
import { api } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useServerForm } from "../use-server-form.js";
import { maxLength, requiredText } from "../validation.js";

interface NewUnit {
  readonly name: string;
  readonly kind: "unit" | "group";
}

/** A unit, or a group that stands for several (各县（市、区）政府): POST /api/units. */
export const NewUnitForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t } = useLanguage();
  const { form, error, busy, submit } = useServerForm<NewUnit>();
  const create = async (fields: NewUnit) => {
    if (await submit(() => api("POST", "/api/units", fields))) {
      form.resetFields();
      onCreated();
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      <Form<NewUnit>
        form={form}
        layout="inline"
        initialValues={{ kind: "unit" }}
        onFinish={(fields) => void create(fields)}
        style={{ rowGap: 8, marginBottom: 12 }}
      >
        <Form.Item
          name="name"
          label={t({ zh: "新单位名称", en: "New unit's name" })}
          rules={[requiredText(t), maxLength(t, 200)]}
        >
          <Input style={{ width: 220, maxWidth: "100%" }} />
        </Form.Item>
        <Form.Item name="kind" label={t({ zh: "类型", en: "Kind" })}>
          <Select
            style={{ width: 120 }}
            options={[
              { value: "unit", label: t({ zh: "单位", en: "Unit" }) },
              { value: "group", label: t({ zh: "单位组", en: "Group" }) },
            ]}
          />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          {t({ zh: "创建", en: "Create" })}
        </Button>
      </Form>
    </>
  );
};
