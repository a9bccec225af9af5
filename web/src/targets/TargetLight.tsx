import { useLanguage } from "../i18n.js";
import { SignalShape } from "../common/SignalShape.js";
import { SIGNAL_NAME } from "../common/signal-words.js";
import type { Target } from "./target-words.js";
import "../common/status-light.css";

/** A target's light with the milestones' shapes and words; nothing reported yet is said so. */
export const TargetLight = ({ light }: { light: Target["progress"]["light"] }) => {
  const { t } = useLanguage();
  if (light === null)
    return (
      <span className="status-light" data-signal="none">
        {t({ zh: "未报送", en: "Not reported" })}
      </span>
    );
  return (
    <span className={`status-light status-light-${light}`} data-signal={light}>
      <SignalShape signal={light} />
      <span className="status-light-reason">{t(SIGNAL_NAME[light])}</span>
    </span>
  );
};
