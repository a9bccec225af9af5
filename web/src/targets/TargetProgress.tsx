import { Progress } from "antd";
import { SIGNAL_FILL } from "../common/signal.js";
import { percentText, type Target } from "./target-words.js";

/**
 * The latest actual over the value to reach: the bar stops at 100 %, the
 * number says how far past it; coloured by the target's light.
 */
export const TargetProgress = ({ target }: { target: Target }) => {
  const { ratio, light } = target.progress;
  if (ratio === null) return null;
  return (
    <Progress
      percent={Math.min(100, Math.max(0, ratio * 100))}
      strokeColor={light === null ? undefined : SIGNAL_FILL[light]}
      format={() => <span className="target-progress-number">{percentText(ratio)}</span>}
      size="small"
    />
  );
};
