import { Button, Card, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useId, useState, type ReactNode } from "react";
import { useLanguage } from "../i18n.js";

/**
 * A chart with its figures as a table on demand: the canvas is a picture,
 * the table is what a screen reader, a keyboard or a copy-paste can use.
 */
export const ChartCard = <Row extends object>({
  title,
  extra,
  chart,
  columns,
  rows,
  rowKey,
}: {
  title: string;
  extra?: ReactNode;
  chart: ReactNode;
  columns: ColumnsType<Row>;
  rows: readonly Row[];
  rowKey: keyof Row & string;
}) => {
  const { t } = useLanguage();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <Card
      title={title}
      size="small"
      className="insight-card"
      extra={
        <span className="insight-card-extra">
          {extra}
          <Button
            type="link"
            size="small"
            className="no-print"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => {
              setShowTable((shown) => !shown);
            }}
          >
            {showTable
              ? t({ zh: "隐藏数据表", en: "Hide table" })
              : t({ zh: "数据表", en: "Table" })}
          </Button>
        </span>
      }
    >
      {chart}
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <Table<Row>
            size="small"
            columns={columns}
            dataSource={rows}
            rowKey={rowKey}
            pagination={false}
            scroll={{ x: "max-content" }}
          />
        )}
      </div>
    </Card>
  );
};
