import { Progress } from "antd";
import { SIGNAL_FILL } from "../common/signal.js";
import { useLanguage } from "../i18n.js";
import { percentText, type Target } from "./target-words.js";

/**
 * The latest actual over the value to reach: the bar stops at 100 %, the
 * number says how far past it; coloured by the target's light.
 */
export const TargetProgress = ({ target }: { target: Target }) => {
  const { t } = useLanguage();
  const { ratio, light } = target.progress;
  if (ratio === null) return null;
  return (
    <Progress
      // A screen reader names the bar by what it measures (WCAG 4.1.2, axe aria-progressbar-name).
      aria-label={`${target.subject} ${t({ zh: "完成进度", en: "progress" })}`}
      percent={Math.min(100, Math.max(0, ratio * 100))}
      strokeColor={light === null ? undefined : SIGNAL_FILL[light]}
      format={() => <span className="target-progress-number">{percentText(ratio)}</span>}
      size="small"
    />
  );
};
