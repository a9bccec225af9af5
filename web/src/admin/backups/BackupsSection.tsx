import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";
import { Alert, Button, Descriptions, Table, Tag, Tooltip, type TableProps } from "antd";
import type { Answer } from "../../api.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useApi } from "../../common/use-api.js";
import { useLanguage, type Text } from "../../i18n.js";

dayjs.extend(utc);
dayjs.extend(timezone);

type Overview = Answer<"/api/admin/backups", "get">;
type Run = Overview["runs"][number];

const TRIGGER: Readonly<Record<Run["trigger"], Text>> = {
  scheduled: { zh: "定时", en: "Scheduled" },
  manual: { zh: "手动", en: "Manual" },
};

const OUTCOME: Readonly<Record<Run["outcome"], { label: Text; color: string }>> = {
  ok: { label: { zh: "成功", en: "OK" }, color: "green" },
  failed: { label: { zh: "失败", en: "Failed" }, color: "red" },
};

const VERIFIED: Readonly<Record<Run["outcome"], { label: Text; color: string }>> = {
  ok: { label: { zh: "验证通过", en: "Verified" }, color: "green" },
  failed: { label: { zh: "验证未通过", en: "Verification failed" }, color: "red" },
};

const MiB = 1024 * 1024;

const size = (bytes: number | null): string =>
  bytes === null
    ? ""
    : bytes >= MiB
      ? `${(bytes / MiB).toFixed(1)} MiB`
      : `${Math.ceil(bytes / 1024)} KiB`;

/** A moment as the office reads it, whatever the browser's zone: the schedule's hour is the office's. */
const officeTime = (at: string, timeZone: string): string =>
  dayjs(at).tz(timeZone).format("YYYY-MM-DD HH:mm");

/** The file's own name; the whole path in its tooltip. */
const fileName = (path: string): string => path.split(/[/\\]/).pop() ?? path;

/** 备份: the nightly schedule in force and the last backup runs with their verification (administrators). */
export const BackupsSection = () => {
  const { t } = useLanguage();
  const overview = useApi<Overview>("/api/admin/backups");
  const schedule = overview.data?.schedule;
  const columns: TableProps<Run>["columns"] = [
    {
      title: t({ zh: "时间", en: "Time" }),
      key: "at",
      width: 150,
      render: (_, r) => officeTime(r.finishedAt, schedule?.timeZone ?? "Asia/Shanghai"),
    },
    {
      title: t({ zh: "方式", en: "Trigger" }),
      key: "trigger",
      width: 80,
      render: (_, r) => t(TRIGGER[r.trigger]),
    },
    {
      title: t({ zh: "结果", en: "Outcome" }),
      key: "outcome",
      width: 90,
      render: (_, r) => (
        <Tooltip title={r.error}>
          <Tag color={OUTCOME[r.outcome].color}>{t(OUTCOME[r.outcome].label)}</Tag>
        </Tooltip>
      ),
    },
    {
      title: t({ zh: "大小", en: "Size" }),
      key: "bytes",
      width: 90,
      align: "right",
      render: (_, r) => size(r.bytes),
    },
    {
      title: t({ zh: "验证", en: "Verification" }),
      key: "verification",
      width: 320,
      render: (_, r) => {
        const v = r.verification;
        if (v === null) return t({ zh: "未验证", en: "Not verified" });
        return (
          <Tooltip title={v.error}>
            <Tag color={VERIFIED[v.outcome].color}>{t(VERIFIED[v.outcome].label)}</Tag>
            {v.counts === null
              ? null
              : t({
                  zh: `计划 ${v.counts.plans} · 节点 ${v.counts.milestones} · 进展 ${v.counts.reports}`,
                  en: `${v.counts.plans} plans · ${v.counts.milestones} milestones · ${v.counts.reports} reports`,
                })}
          </Tooltip>
        );
      },
    },
    {
      title: t({ zh: "文件", en: "File" }),
      key: "file",
      render: (_, r) => (
        <Tooltip title={`${r.file} (${r.host})`}>
          <span>{fileName(r.file)}</span>
        </Tooltip>
      ),
    },
  ];
  return (
    <>
      <ErrorAlert error={overview.error} />
      {schedule === undefined ? null : (
        <>
          {schedule.enabled ? null : (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={
                schedule.directory === null
                  ? t({
                      zh: "定时备份未开启：使用 PostgreSQL 时须设置 DUBAN_BACKUP_DIR（备份目录）",
                      en: "Scheduled backups are off: with PostgreSQL, set DUBAN_BACKUP_DIR",
                    })
                  : t({
                      zh: "定时备份已关闭（DUBAN_BACKUPS=0）",
                      en: "Scheduled backups are off (DUBAN_BACKUPS=0)",
                    })
              }
            />
          )}
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            style={{ marginBottom: 12 }}
            items={[
              {
                key: "hour",
                label: t({ zh: "每日备份时间", en: "Daily at" }),
                children: `${String(schedule.hour).padStart(2, "0")}:00（${schedule.timeZone}）`,
              },
              {
                key: "keep",
                label: t({ zh: "保留", en: "Kept" }),
                children:
                  schedule.keepDays === 0
                    ? t({ zh: "全部保留", en: "All" })
                    : t({ zh: `${schedule.keepDays} 天`, en: `${schedule.keepDays} days` }),
              },
              {
                key: "dir",
                label: t({ zh: "备份目录", en: "Directory" }),
                children: schedule.directory ?? t({ zh: "未设置", en: "Not set" }),
              },
            ]}
          />
        </>
      )}
      <Button onClick={overview.reload} style={{ marginBottom: 8 }}>
        {t({ zh: "刷新", en: "Refresh" })}
      </Button>
      <Table<Run>
        size="small"
        rowKey="id"
        loading={overview.loading}
        columns={columns}
        dataSource={overview.data?.runs ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t({ zh: "还没有备份记录", en: "No backups yet" }) }}
      />
    </>
  );
};
