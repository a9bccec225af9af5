import { Space } from "antd";
import { useLanguage } from "../i18n.js";
import { SIGNALS, type SignalCounts } from "./signal.js";
import { SIGNAL_MEANING, SIGNAL_NAME } from "./signal-words.js";
import { SignalShape } from "./SignalShape.js";

/** What each badge means, with how many milestones wear it when counts are given. */
export const SignalLegend = ({ counts }: { counts?: SignalCounts }) => {
  const { t } = useLanguage();
  return (
    <Space wrap size="middle" className="signal-legend">
      {SIGNALS.map((signal) => (
        <span key={signal} data-testid={`legend-${signal}`}>
          <SignalShape signal={signal} /> {t(SIGNAL_NAME[signal])}
          {counts === undefined ? "" : ` ${String(counts[signal])}`}
          <span className="signal-legend-meaning">（{t(SIGNAL_MEANING[signal])}）</span>
        </span>
      ))}
    </Space>
  );
};
