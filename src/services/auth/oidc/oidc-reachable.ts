import { isFatal, problem, type ConfigProblem } from "../../../config/problem.js";
import type { Environment } from "../../../config/read-settings.js";
import { failureReason } from "../../../db/failure-reason.js";
import { message } from "../../../domain/message.js";
import { providerConfiguration } from "./oidc-configuration.js";
import { oidcSettingsFromEnv, publicUrlMissing } from "./oidc-settings.js";

/**
 * For `duban config check`: an OpenID issuer without DUBAN_PUBLIC_URL, and,
 * when `probe` (the check asks the servers it points at), an issuer whose
 * discovery document cannot be read or names another issuer.
 */
export const oidcConfigurationProblems = async (
  env: Environment,
  settingProblems: readonly ConfigProblem[],
  probe: boolean,
): Promise<ConfigProblem[]> => {
  const missing = publicUrlMissing(env);
  if (!probe || missing.length > 0) return missing;
  const read = (p: ConfigProblem) =>
    p.subject.startsWith("DUBAN_OIDC_") || p.subject === "DUBAN_PUBLIC_URL";
  if (settingProblems.some((p) => isFatal(p) && read(p))) return [];
  const settings = oidcSettingsFromEnv(env);
  if (settings === undefined) return [];
  try {
    await providerConfiguration(settings);
    return [];
  } catch (error) {
    return [
      problem(
        "oidc_unreachable",
        "warning",
        "DUBAN_OIDC_ISSUER",
        message(
          `无法读取统一身份认证平台的发现文档（${settings.issuer}/.well-known/openid-configuration）：${failureReason(error)}`,
          `cannot read the OpenID provider's discovery document (${settings.issuer}/.well-known/openid-configuration): ${failureReason(error)}`,
        ),
        message(
          "请确认签发者地址与平台发现文档中的 issuer 完全一致，且本机可以访问该平台；在此之前统一身份认证登录会失败",
          "Check that the issuer is exactly the issuer of the platform's discovery document and that this machine can reach it; until then single sign-on fails",
        ),
      ),
    ];
  }
};
