import { Tooltip } from "antd";
import { useLanguage } from "../i18n.js";
import { STATUS_LABEL, textOf } from "./labels.js";
import { signalOf, type LightReason, type Signal } from "./signal.js";
import { reasonText, SIGNAL_NAME } from "./signal-words.js";
import { SignalShape } from "./SignalShape.js";
import "./status-light.css";

export interface Lit {
  readonly status: string;
  readonly light: "red" | "yellow" | "green";
  readonly lightReason: LightReason;
}

/** Where the reason names the status already (逾期, 临期, 已完成), the status is not repeated. */
const statusAdds = (reason: LightReason): boolean =>
  reason.code === "normal" || reason.code === "report_missing";

/**
 * A milestone's light as a badge: a shape and the reason in words beside
 * the colour (print and colour-blind readers), the light's name for screen
 * readers, everything again on hover. Done wears a check mark, not a colour.
 */
export const StatusLight = ({ milestone }: { milestone: Lit }) => {
  const { t } = useLanguage();
  const signal: Signal = signalOf(milestone);
  const reason = t(reasonText(milestone.lightReason));
  const status = statusAdds(milestone.lightReason)
    ? t(textOf(STATUS_LABEL, milestone.status))
    : null;
  const named = signal === "done" ? reason : `${t(SIGNAL_NAME[signal])}：${reason}`;
  return (
    <Tooltip title={status === null ? named : `${named}（${status}）`}>
      <span className={`status-light status-light-${signal}`} data-signal={signal}>
        <SignalShape signal={signal} />
        {signal !== "done" && <span className="sr-only">{t(SIGNAL_NAME[signal])}，</span>}
        <span className="status-light-reason">{reason}</span>
        {status !== null && <span className="status-light-status"> · {status}</span>}
      </span>
    </Tooltip>
  );
};
