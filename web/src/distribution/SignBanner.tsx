import { Alert, App, Button } from "antd";
import { useState } from "react";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { distributionsPath, type PlanDistributions } from "./distributions.js";

/**
 * On My unit: the newest part the office sent the unit, while it is not signed, with 签收,
 * which acknowledges every milestone the unit leads. `reload` refreshes the page after.
 */
export const SignBanner = ({ planId, reload }: { planId: number; reload: () => void }) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const loaded = useApi<PlanDistributions>(distributionsPath(planId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A unit is listed only what it was sent; the newest one stands for those before it.
  const waiting = loaded.data?.items[0];
  const part = waiting?.units.find((p) => !p.signed);
  if (waiting === undefined || part === undefined) return null;
  const sign = async () => {
    setBusy(true);
    setError(null);
    try {
      await api("POST", `/api/distributions/${String(waiting.id)}/sign`);
      void message.success(t({ zh: "已签收", en: "Signed" }));
      loaded.reload();
      reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t({
          zh: `${waiting.issuer}已下发《${part.title}》，请签收`,
          en: `${waiting.issuer} has sent you “${part.title}”; please sign for it`,
        })}
        description={t({
          zh: "签收即签收本单位牵头的全部节点计划。",
          en: "Signing acknowledges every milestone your unit leads.",
        })}
        action={
          <Button type="primary" loading={busy} onClick={() => void sign()}>
            {t({ zh: "签收", en: "Sign" })}
          </Button>
        }
      />
      <ErrorAlert error={error} />
    </>
  );
};
