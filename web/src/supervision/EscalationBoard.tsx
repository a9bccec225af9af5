import { Card, DatePicker, Empty, Flex, Spin, Statistic, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import type { Answer, Milestone, Schema } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { fetchAllPages } from "../common/fetch-all-pages.js";
import { useLoad } from "../common/use-load.js";
import { milestoneCode } from "./words.js";

type Level = Schema<"PlanSettings">["escalation"][number];

interface Row {
  readonly milestone: Milestone;
  readonly daysOverdue: number;
}

interface Group {
  readonly name: string;
  /** Undefined for a level the plan's settings no longer name. */
  readonly level: Level | undefined;
  /** 0 for the mildest level; tells the tag's colour. */
  readonly rank: number;
  readonly rows: readonly Row[];
}

const TAG_COLOURS = ["gold", "orange", "volcano", "red", "magenta"] as const;

const tagColour = (rank: number): string =>
  TAG_COLOURS[Math.min(rank, TAG_COLOURS.length - 1)] ?? "red";

/** What reaching a level means, read from the plan's settings. */
const levelMeaning = (level: Level | undefined): Text =>
  level === undefined
    ? { zh: "计划设置中已无此级别", en: "No longer in the plan's settings" }
    : {
        zh: `逾期满 ${level.afterDaysOverdue} 天${level.notifyOffice ? "，同时通知督查室" : ""}`,
        en: `${level.afterDaysOverdue}+ days overdue${level.notifyOffice ? "; the office is told too" : ""}`,
      };

/** Most severe first, most days overdue first within a level. */
const groupByLevel = (
  levels: readonly Level[],
  milestones: readonly Milestone[],
  asOf: string,
): Group[] => {
  const rows = new Map<string, Row[]>();
  for (const milestone of milestones) {
    if (milestone.escalationLevel === null) continue;
    const daysOverdue = milestone.due === null ? 0 : dayjs(asOf).diff(milestone.due, "day");
    const named = rows.get(milestone.escalationLevel) ?? [];
    named.push({ milestone, daysOverdue });
    rows.set(milestone.escalationLevel, named);
  }
  const names = [
    ...levels.map((level) => level.name),
    ...[...rows.keys()].filter((name) => !levels.some((level) => level.name === name)),
  ];
  return names
    .map((name, rank) => ({
      name,
      level: levels.find((level) => level.name === name),
      rank,
      rows: (rows.get(name) ?? []).toSorted((a, b) => b.daysOverdue - a.daysOverdue),
    }))
    .reverse();
};

const LatestReport = ({ report }: { report: Milestone["latestReport"] }) => {
  const { t } = useLanguage();
  if (report === null)
    return (
      <Typography.Text type="secondary">{t({ zh: "未报送进展", en: "No report" })}</Typography.Text>
    );
  return (
    <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: report.text }}>
      <Typography.Text type="secondary">
        {report.on}
        {report.percent === null ? "" : ` · ${report.percent}%`}
      </Typography.Text>{" "}
      {report.text}
    </Typography.Paragraph>
  );
};

const useColumns = (): ColumnsType<Row> => {
  const { t } = useLanguage();
  return [
    {
      title: t({ zh: "节点", en: "No." }),
      key: "code",
      width: 90,
      render: (_, { milestone }) => (
        <Link to={`/milestones/${milestone.id}`}>
          {milestoneCode(milestone.task.no, milestone.seq)}
        </Link>
      ),
    },
    {
      title: t({ zh: "节点计划", en: "Milestone" }),
      key: "text",
      render: (_, { milestone }) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: milestone.text }}>
          {milestone.text}
        </Typography.Paragraph>
      ),
    },
    {
      title: t({ zh: "牵头单位", en: "Lead unit" }),
      key: "lead",
      width: 140,
      render: (_, { milestone }) =>
        milestone.units
          .filter((u) => u.role === "lead")
          .map((u) => u.unit)
          .join("、"),
    },
    {
      title: t({ zh: "完成时限", en: "Due" }),
      key: "due",
      width: 110,
      render: (_, { milestone }) => milestone.due,
    },
    {
      title: t({ zh: "逾期天数", en: "Days overdue" }),
      key: "days",
      width: 100,
      align: "right",
      render: (_, { daysOverdue }) => daysOverdue,
    },
    {
      title: t({ zh: "最新进展", en: "Latest report" }),
      key: "report",
      width: 280,
      render: (_, { milestone }) => <LatestReport report={milestone.latestReport} />,
    },
  ];
};

/**
 * 催办升级: the plan's overdue milestones by the escalation level they have
 * reached as of a day (提醒 → 催办 → 督办通知 → 通报, as the plan's settings
 * name and time them), the most severe first.
 */
export const EscalationBoard = ({ planId }: { planId: number }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const [asOf, setAsOf] = useState(session.today);
  const settings = useApi<Answer<"/api/plans/{id}/settings", "get">>(
    `/api/plans/${planId}/settings`,
  );
  const overdue = useLoad(
    () =>
      fetchAllPages<Milestone>("/api/milestones", {
        plan: String(planId),
        status: "overdue",
        asOf,
        sort: "due",
      }),
    `${planId}/${asOf}`,
  );
  const columns = useColumns();
  const levels = settings.data?.settings.escalation ?? [];
  const groups = overdue.data === undefined ? [] : groupByLevel(levels, overdue.data, asOf);
  const escalated = groups.filter((group) => group.rows.length > 0);
  return (
    <section aria-label={t({ zh: "催办升级", en: "Escalation" })}>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <DatePicker
          allowClear={false}
          aria-label={t({ zh: "截至日期", en: "As of" })}
          value={dayjs(asOf)}
          onChange={(day) => {
            setAsOf(day === null ? session.today : day.format("YYYY-MM-DD"));
          }}
        />
        <Typography.Text type="secondary">
          {t({ zh: "逾期天数按截至日期计算", en: "Days overdue are counted to this day" })}
        </Typography.Text>
      </Flex>
      <ErrorAlert error={settings.error ?? overdue.error} />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        {groups.map((group) => (
          <Card key={group.name} size="small" style={{ minWidth: 150, flex: "1 1 150px" }}>
            <Statistic
              title={
                <Tag color={tagColour(group.rank)} style={{ marginInlineEnd: 0 }}>
                  {group.name}
                </Tag>
              }
              value={group.rows.length}
              suffix={t({ zh: "项", en: "" })}
            />
            <Typography.Text type="secondary">{t(levelMeaning(group.level))}</Typography.Text>
          </Card>
        ))}
      </Flex>
      {overdue.loading && <Spin />}
      {!overdue.loading && overdue.data !== undefined && escalated.length === 0 && (
        <Empty description={t({ zh: "没有逾期升级的节点", en: "No milestone has escalated" })} />
      )}
      <Flex vertical gap={16}>
        {escalated.map((group) => (
          <Card
            key={group.name}
            size="small"
            data-testid={`level-${group.name}`}
            title={
              <Flex gap={8} align="center" wrap>
                <Tag color={tagColour(group.rank)}>{group.name}</Tag>
                <span>
                  {t({ zh: `${group.rows.length} 项`, en: `${group.rows.length} milestones` })}
                </span>
                <Typography.Text type="secondary" style={{ fontWeight: "normal" }}>
                  {t(levelMeaning(group.level))}
                </Typography.Text>
              </Flex>
            }
          >
            <Table<Row>
              size="small"
              rowKey={(row) => row.milestone.id}
              pagination={false}
              scroll={{ x: 900 }}
              columns={columns}
              dataSource={[...group.rows]}
            />
          </Card>
        ))}
      </Flex>
    </section>
  );
};
