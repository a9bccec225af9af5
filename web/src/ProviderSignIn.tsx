import { Alert, Button, Divider } from "antd";
import { type Schema } from "./api.js";
import { useLanguage, type Text } from "./i18n.js";

type Providers = Schema<"SignInProviders">;

/** Why a sign-in through the provider came back without a session (`?signInError=`). */
const SIGN_IN_ERRORS: Readonly<Record<string, Text>> = {
  unknown_person: {
    zh: "统一身份认证已确认您的身份，但督办中没有对应的账号。请联系管理员开通。",
    en: "The identity platform vouched for you, but Duban has no account for you. Ask the administrator to add you.",
  },
  disabled: {
    zh: "您的督办账号已停用。",
    en: "Your Duban account is disabled.",
  },
  username_taken: {
    zh: "您的用户名在督办中已被另一账号使用，请联系管理员建立映射。",
    en: "Your username is taken by another Duban account; ask the administrator to map it.",
  },
  denied: {
    zh: "登录已在统一身份认证平台取消。",
    en: "The sign-in was cancelled at the identity platform.",
  },
  expired: {
    zh: "登录已超时或已使用过，请重新登录。",
    en: "The sign-in expired or was already used; sign in again.",
  },
  state_mismatch: {
    zh: "登录请求校验失败（可能来自另一窗口或被篡改），请重新登录。",
    en: "The sign-in could not be verified (another window, or tampered with); sign in again.",
  },
  refused: {
    zh: "统一身份认证平台拒绝了这次登录，请重新登录。",
    en: "The identity platform refused this sign-in; sign in again.",
  },
  unreachable: {
    zh: "暂时无法连接统一身份认证平台，请稍后再试，或使用账号密码登录。",
    en: "The identity platform cannot be reached; try later, or use your password.",
  },
  not_configured: {
    zh: "本系统未配置统一身份认证。",
    en: "No identity platform is configured here.",
  },
};

/** The reason the provider's sign-in came back with, read once from the address. */
const signInError = (): string | null =>
  new URLSearchParams(window.location.search).get("signInError");

/**
 * The identity providers' buttons beside the password form (those of GET
 * /api/session/providers that send the browser away), and why the last
 * sign-in through one failed.
 */
export const ProviderSignIn = ({ providers }: { providers: Providers["providers"] }) => {
  const { t, language } = useLanguage();
  const failed = signInError();
  const external = providers.filter((p) => p.loginUrl !== null);
  return (
    <>
      {failed !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t(
            SIGN_IN_ERRORS[failed] ?? {
              zh: "通过统一身份认证登录失败。",
              en: "Signing in through the identity platform failed.",
            },
          )}
        />
      )}
      {external.map((provider) => (
        <Button key={provider.method} block size="large" href={provider.loginUrl ?? undefined}>
          {provider.name[language]}
        </Button>
      ))}
      {external.length > 0 && (
        <Divider plain>{t({ zh: "或使用账号密码", en: "or your password" })}</Divider>
      )}
    </>
  );
};
