import { message, Space, Typography } from "antd";
import type { Answer } from "../../api.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useApi } from "../../common/use-api.js";
import { useLanguage } from "../../i18n.js";
import { useUnits } from "../use-units.js";
import type { OidcMappings } from "./oidc-mappings.js";
import { ProviderCard } from "./ProviderCard.js";
import { UnitRulesCard } from "./UnitRulesCard.js";
import { UserMappingsCard } from "./UserMappingsCard.js";

/**
 * 统一身份认证: the OpenID provider as configured and the administrator's
 * mapping table (GET /api/oidc/mappings) — who signs in as whom, and where
 * first logins create users. Administrators only, like the API.
 */
export const OidcSection = () => {
  const { t } = useLanguage();
  const mappings = useApi<OidcMappings>("/api/oidc/mappings");
  const users = useApi<Answer<"/api/users", "get">>("/api/users");
  const { options: units } = useUnits();
  const [toast, toastHolder] = message.useMessage();
  const changed = (done: { zh: string; en: string }) => {
    mappings.reload();
    void toast.success(t(done));
  };
  const data = mappings.data;
  return (
    <>
      {toastHolder}
      <Typography.Paragraph type="secondary">
        {t({
          zh: "通过城市统一身份认证平台（OpenID Connect）登录：平台确认身份，督办按下表确定对应的账号；单位和角色始终以督办为准。",
          en: "Sign-in through the city's identity platform (OpenID Connect): the platform vouches for the person, Duban maps them to a user by these tables; unit and role are always Duban's.",
        })}
      </Typography.Paragraph>
      <ErrorAlert error={mappings.error ?? users.error} />
      {data === undefined ? null : (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <ProviderCard provider={data.provider} />
          <UserMappingsCard
            mappings={data.users}
            users={users.data?.items ?? []}
            onChanged={changed}
          />
          <UnitRulesCard rules={data.units} units={units} onChanged={changed} />
        </Space>
      )}
    </>
  );
};
