import type { Signal } from "./signal.js";
import "./status-light.css";

/** ● red, ▲ yellow, ■ green, ✓ done: drawn, so that the shape tells the light without colour. */
export const SignalShape = ({ signal }: { signal: Signal }) =>
  signal === "done" ? (
    <span className="status-light-check" aria-hidden="true">
      ✓
    </span>
  ) : (
    <span className={`status-light-shape status-light-shape-${signal}`} />
  );
