import { Alert, Card, Descriptions, Tag, Typography } from "antd";
import { useLanguage } from "../../i18n.js";
import type { OidcProvider } from "./oidc-mappings.js";

const SETTINGS = [
  "DUBAN_OIDC_ISSUER",
  "DUBAN_OIDC_CLIENT_ID",
  "DUBAN_OIDC_CLIENT_SECRET",
  "DUBAN_PUBLIC_URL",
] as const;

/**
 * 身份认证平台: the provider as the server reads it from the environment,
 * with the addresses to register at the platform; when none is configured,
 * the settings that turn it on.
 */
export const ProviderCard = ({ provider }: { provider: OidcProvider | null }) => {
  const { t } = useLanguage();
  return (
    <Card
      size="small"
      title={t({ zh: "身份认证平台", en: "Identity provider" })}
      extra={
        provider === null ? (
          <Tag>{t({ zh: "未启用", en: "Off" })}</Tag>
        ) : (
          <Tag color="green">{t({ zh: "已启用", en: "On" })}</Tag>
        )
      }
    >
      {provider === null ? (
        <Alert
          type="info"
          showIcon
          title={t({
            zh: "尚未配置统一身份认证。在服务器的环境中设置以下变量并重启督办：",
            en: "No single sign-on is configured. Set these in the server's environment and restart Duban:",
          })}
          description={
            <>
              <Typography.Paragraph>
                {SETTINGS.map((name) => (
                  <Typography.Text key={name} code>
                    {name}
                  </Typography.Text>
                ))}
              </Typography.Paragraph>
              {t({
                zh: "详见 README「OpenID Connect (统一身份认证)」一节。",
                en: 'See the README, section "OpenID Connect (统一身份认证)".',
              })}
            </>
          }
        />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: "name", label: t({ zh: "登录按钮", en: "Button" }), children: provider.name },
            { key: "issuer", label: t({ zh: "签发者", en: "Issuer" }), children: provider.issuer },
            {
              key: "client",
              label: t({ zh: "客户端 ID", en: "Client ID" }),
              children: provider.clientId,
            },
            {
              key: "secret",
              label: t({ zh: "客户端密钥", en: "Client secret" }),
              children: provider.clientSecretSet
                ? t({ zh: "已设置（不显示）", en: "Set (never shown)" })
                : t({ zh: "未设置（公开客户端）", en: "Not set (a public client)" }),
            },
            {
              key: "redirect",
              label: t({ zh: "回调地址（在平台登记）", en: "Redirect URI (register it)" }),
              children: (
                <Typography.Text code copyable data-testid="oidc-redirect-uri">
                  {provider.redirectUri}
                </Typography.Text>
              ),
            },
            {
              key: "logout",
              label: t({ zh: "退出后返回地址", en: "Post-logout redirect URI" }),
              children: (
                <Typography.Text code copyable>
                  {provider.postLogoutRedirectUri}
                </Typography.Text>
              ),
            },
            {
              key: "source",
              label: t({ zh: "配置来源", en: "Configured in" }),
              children: t({
                zh: "服务器环境变量（DUBAN_OIDC_*），在此不可修改",
                en: "The server's environment (DUBAN_OIDC_*), not editable here",
              }),
            },
          ]}
        />
      )}
    </Card>
  );
};
