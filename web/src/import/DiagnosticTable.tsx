import { Button, Table, Tag, type TableProps } from "antd";
import { useLanguage } from "../i18n.js";
import { locationText } from "./location-text.js";
import type { PlacedDiagnostic } from "./preview-rows.js";
import { SEVERITY } from "./severity.js";

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every diagnostic with where it is in the file (sheet, row, cell, column)
 * and the text found there; one placed on a row of the table below scrolls
 * to it.
 */
export const DiagnosticTable = ({
  placed,
  onShowRow,
}: {
  placed: readonly PlacedDiagnostic[];
  onShowRow?: (rowKey: string) => void;
}) => {
  const { t } = useLanguage();
  const sorted = [...placed].sort(
    (a, b) => ORDER[a.diagnostic.severity] - ORDER[b.diagnostic.severity],
  );
  const columns: TableProps<PlacedDiagnostic>["columns"] = [
    {
      title: t({ zh: "级别", en: "Severity" }),
      key: "severity",
      width: 80,
      render: (_, { diagnostic }) => (
        <Tag color={SEVERITY[diagnostic.severity].color}>
          {t(SEVERITY[diagnostic.severity].label)}
        </Tag>
      ),
    },
    {
      title: t({ zh: "位置", en: "Location" }),
      key: "location",
      width: 220,
      render: (_, { diagnostic, rowKey }) => {
        const where = t(locationText(diagnostic.location));
        if (rowKey === null || onShowRow === undefined) return where;
        return (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: "auto", whiteSpace: "normal", textAlign: "start" }}
            onClick={() => {
              onShowRow(rowKey);
            }}
          >
            {where} · {t({ zh: "在表中查看", en: "show in the table" })}
          </Button>
        );
      },
    },
    {
      title: t({ zh: "原文", en: "As written" }),
      key: "text",
      width: 140,
      render: (_, { diagnostic }) => diagnostic.location.text,
    },
    {
      title: t({ zh: "说明", en: "Problem" }),
      key: "message",
      render: (_, { diagnostic }) => t(diagnostic.message),
    },
  ];
  return (
    <Table<PlacedDiagnostic>
      size="small"
      rowKey="id"
      pagination={false}
      columns={columns}
      dataSource={sorted}
      scroll={{ x: 720 }}
      rowClassName={({ diagnostic }) =>
        diagnostic.severity === "error" ? "import-row-flagged-error" : ""
      }
    />
  );
};
