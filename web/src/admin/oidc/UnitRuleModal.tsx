import { Form, Input, Modal, Select, Typography } from "antd";
import { api } from "../../api.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { ROLE_LABEL, textOf } from "../../common/labels.js";
import { useLanguage } from "../../i18n.js";
import type { FieldAliases } from "../server-field-errors.js";
import { useServerForm } from "../use-server-form.js";
import { maxLength, required } from "../validation.js";
import type { UnitRule } from "./oidc-mappings.js";

const ROLES = ["unit_staff", "unit_leader", "supervisor", "admin"] as const;

interface RuleFields {
  readonly unitId: number;
  readonly claimValue?: string;
  readonly maxRole: UnitRule["maxRole"];
}

/** The unit is in the address of PUT /api/oidc/unit-rules/{unitId}; the form holds it as a field. */
const ALIASES: FieldAliases = { "params.unitId": ["unitId"] };

/**
 * Adds or edits a unit rule (PUT /api/oidc/unit-rules/{unitId}): people
 * unknown to Duban whose unit claim names this unit are created at their
 * first login, with the role claim's role but never above the highest role.
 */
export const UnitRuleModal = ({
  rule,
  units,
  onClose,
  onSaved,
}: {
  /** undefined: closed; null: a new rule. */
  rule: UnitRule | null | undefined;
  units: readonly { value: number; label: string }[];
  onClose: () => void;
  onSaved: (unitName: string) => void;
}) => {
  const { t } = useLanguage();
  const { form, error, busy, submit, clearError } = useServerForm<RuleFields>(ALIASES);
  const save = async (fields: RuleFields) => {
    const claimValue = fields.claimValue?.trim() ?? "";
    const body = { claimValue: claimValue === "" ? null : claimValue, maxRole: fields.maxRole };
    if (await submit(() => api("PUT", `/api/oidc/unit-rules/${String(fields.unitId)}`, body)))
      onSaved(units.find((unit) => unit.value === fields.unitId)?.label ?? "");
  };
  return (
    <Modal
      open={rule !== undefined}
      title={
        rule
          ? t({ zh: `编辑「${rule.unitName}」的规则`, en: `Edit the rule of "${rule.unitName}"` })
          : t({ zh: "添加单位规则", en: "Add a unit rule" })
      }
      okText={t({ zh: "保存", en: "Save" })}
      confirmLoading={busy}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      afterClose={clearError}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t({
          zh: "督办中没有账号的人首次登录时，若其单位声明指向此单位，则自动为其创建账号。",
          en: "A person without a Duban account whose unit claim names this unit gets an account at their first login.",
        })}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<RuleFields>
        form={form}
        name="oidc-unit-rule"
        layout="vertical"
        initialValues={
          rule
            ? { unitId: rule.unitId, claimValue: rule.claimValue ?? "", maxRole: rule.maxRole }
            : { maxRole: "unit_staff" }
        }
        onFinish={(fields) => void save(fields)}
      >
        <Form.Item name="unitId" label={t({ zh: "单位", en: "Unit" })} rules={[required(t)]}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={[...units]}
            disabled={!!rule}
          />
        </Form.Item>
        <Form.Item
          name="claimValue"
          label={t({ zh: "单位声明的值", en: "Unit claim value" })}
          extra={t({
            zh: "平台在单位声明中给出的值（如单位代码）；留空则按单位名称或别称匹配。",
            en: "What the platform's unit claim says (e.g. a unit code); empty: the unit's name or an alias.",
          })}
          rules={[maxLength(t, 200)]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="maxRole"
          label={t({ zh: "最高角色", en: "Highest role" })}
          extra={t({
            zh: "按平台的角色声明授予，但不超过此角色。",
            en: "The platform's role claim gives the role, never above this one.",
          })}
          rules={[required(t)]}
        >
          <Select
            options={ROLES.map((role) => ({ value: role, label: t(textOf(ROLE_LABEL, role)) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
