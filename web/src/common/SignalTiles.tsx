import { Card, Col, Row, Statistic } from "antd";
import { useLanguage } from "../i18n.js";
import { SIGNALS, type SignalCounts } from "./signal.js";
import { SIGNAL_MEANING, SIGNAL_NAME } from "./signal-words.js";
import { SignalShape } from "./SignalShape.js";

/**
 * How many milestones wear each light, and how many are done (no light):
 * the figures of the server's roll-up, the same on the dashboard and My unit.
 */
export const SignalTiles = ({ counts, testId }: { counts: SignalCounts; testId: string }) => {
  const { t } = useLanguage();
  return (
    <Row gutter={[12, 12]} className="signal-tiles" style={{ marginBottom: 12 }}>
      {SIGNALS.map((signal) => (
        <Col key={signal} xs={12} md={6}>
          <Card size="small" data-testid={`${testId}-${signal}`}>
            <Statistic
              title={
                <span>
                  <SignalShape signal={signal} /> {t(SIGNAL_NAME[signal])}
                  <span className="signal-legend-meaning">（{t(SIGNAL_MEANING[signal])}）</span>
                </span>
              }
              value={counts[signal]}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
};
