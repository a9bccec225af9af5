import { Card, Col, Row, Statistic } from "antd";
import { useLanguage, type Text } from "../i18n.js";
import { LIGHT_COLOR } from "../common/labels.js";

export interface UnitCounts {
  readonly overdue: number;
  readonly dueSoon: number;
  readonly toAcknowledge: number;
  readonly awaitingAnswer: number;
}

const TILES: readonly { key: keyof UnitCounts; title: Text; color?: string }[] = [
  { key: "overdue", title: { zh: "逾期", en: "Overdue" }, color: LIGHT_COLOR.red },
  { key: "dueSoon", title: { zh: "临期", en: "Due soon" }, color: LIGHT_COLOR.yellow },
  { key: "toAcknowledge", title: { zh: "待签收", en: "To acknowledge" } },
  { key: "awaitingAnswer", title: { zh: "待答复批示", en: "Instructions to answer" } },
];

/** What needs the unit first, in four numbers. */
export const UnitSummary = ({ counts }: { counts: UnitCounts }) => {
  const { t } = useLanguage();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {TILES.map((tile) => (
        <Col key={tile.key} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t(tile.title)}
              value={counts[tile.key]}
              styles={{ content: { color: counts[tile.key] > 0 ? tile.color : undefined } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
};
