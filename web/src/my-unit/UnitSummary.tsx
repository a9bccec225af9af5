import { Card, Col, Row, Statistic, Typography } from "antd";
import { useLanguage, type Text } from "../i18n.js";
import { countSignals } from "../common/signal.js";
import { SignalLegend } from "../common/SignalLegend.js";
import { SignalTiles } from "../common/SignalTiles.js";

type Lit = Parameters<typeof countSignals>[0][number];

export interface UnitWork {
  /** What the unit leads: its own figures, as the dashboard counts them for the unit. */
  readonly lead: readonly Lit[];
  /** What it cooperates on, counted apart. */
  readonly cooperating: readonly Lit[];
  readonly toAcknowledge: number;
  readonly awaitingAnswer: number;
}

const WAITING: readonly { key: "toAcknowledge" | "awaitingAnswer"; title: Text }[] = [
  { key: "toAcknowledge", title: { zh: "待签收", en: "To acknowledge" } },
  { key: "awaitingAnswer", title: { zh: "待答复批示", en: "Instructions to answer" } },
];

/** What needs the unit first: the lights of what it leads, of what it shares, and what waits on it. */
export const UnitSummary = ({ work }: { work: UnitWork }) => {
  const { t } = useLanguage();
  return (
    <>
      <SignalTiles counts={countSignals(work.lead)} testId="unit-lights" />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }} align="middle">
        {WAITING.map((tile) => (
          <Col key={tile.key} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(tile.title)} value={work[tile.key]} />
            </Card>
          </Col>
        ))}
        {work.cooperating.length > 0 && (
          <Col xs={24} md={12} data-testid="unit-cooperating-lights">
            <Typography.Text type="secondary">
              {t({ zh: "配合：", en: "Cooperating: " })}
            </Typography.Text>
            <SignalLegend counts={countSignals(work.cooperating)} />
          </Col>
        )}
      </Row>
    </>
  );
};
