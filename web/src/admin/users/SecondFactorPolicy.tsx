import { Button, Card, Checkbox, message, Space, Switch, Typography } from "antd";
import { useEffect, useState } from "react";
import { api, type Schema } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { ROLE_LABEL, textOf } from "../../common/labels.js";

type Overview = Schema<"SecondFactorOverview">;
type Role = Overview["requiredRoles"][number];

const ROLES: readonly Role[] = ["admin", "supervisor", "unit_leader", "unit_staff"];
/** Switched on, the requirement starts with the roles that administer and oversee. */
const DEFAULT_REQUIRED: readonly Role[] = ["admin", "supervisor"];

/**
 * 两步验证要求: which roles must use a second factor from their next sign-in
 * on (PUT /api/second-factor, audited).
 */
export const SecondFactorPolicy = ({
  overview,
  onSaved,
}: {
  overview: Overview;
  onSaved: () => void;
}) => {
  const { t } = useLanguage();
  const [roles, setRoles] = useState<readonly Role[]>(overview.requiredRoles);
  const [error, setError] = useState<unknown>(null);
  const [toast, toastHolder] = message.useMessage();
  useEffect(() => {
    setRoles(overview.requiredRoles);
  }, [overview.requiredRoles]);
  const save = async () => {
    setError(null);
    try {
      await api("PUT", "/api/second-factor", { requiredRoles: roles });
      void toast.success(t({ zh: "已保存", en: "Saved" }));
      onSaved();
    } catch (failure) {
      setError(failure);
    }
  };
  const on = roles.length > 0;
  return (
    <Card size="small" title={t({ zh: "两步验证要求", en: "Second factor required" })}>
      {toastHolder}
      <ErrorAlert error={error} />
      <Space orientation="vertical">
        <Space>
          <Switch
            checked={on}
            aria-label={t({ zh: "要求两步验证", en: "Require a second factor" })}
            onChange={(checked) => {
              setRoles(checked ? DEFAULT_REQUIRED : []);
            }}
          />
          {t({ zh: "要求以下角色使用两步验证", en: "Require a second factor of these roles" })}
        </Space>
        <Checkbox.Group<Role>
          value={[...roles]}
          options={ROLES.map((role) => ({ value: role, label: t(textOf(ROLE_LABEL, role)) }))}
          onChange={(checked) => {
            setRoles(checked);
          }}
        />
        <Typography.Text type="secondary">
          {t({
            zh: "从各用户下次登录时起生效；尚未绑定的用户登录后需先绑定验证器。",
            en: "Holds from each user's next sign-in; a user without one enrols right after the password.",
          })}
        </Typography.Text>
        <Button type="primary" onClick={() => void save()}>
          {t({ zh: "保存", en: "Save" })}
        </Button>
      </Space>
    </Card>
  );
};
