import { App, Flex, InputNumber, Modal, Table, Tag, Typography, type TableProps } from "antd";
import { useEffect, useMemo, useState } from "react";
import { api, type Schema } from "../api.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { STATUS_LABEL, textOf } from "../common/labels.js";
import { useApi } from "../common/use-api.js";
import { useLanguage } from "../i18n.js";
import { usePlan, type PlanListItem } from "../plan-context.js";
import { HolidayBanner } from "./HolidayBanner.js";

type Proposal = Schema<"NextYearProposal">;
type Candidate = Proposal["candidates"][number];
type Created = Schema<"NextYearPlan">;

const deadlineText = (deadline: Candidate["oldDeadline"], none: string): string =>
  deadline.text === ""
    ? none
    : deadline.due === null || deadline.text.includes(deadline.due)
      ? deadline.text
      : `${deadline.text}（${deadline.due}）`;

/**
 * 结转: the office picks which unfinished milestones of the plan go into
 * next year's plan (all that can be are picked at first), and creates it.
 */
export const NextYearDialog = ({
  plan,
  open,
  onClose,
}: {
  plan: PlanListItem;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useLanguage();
  const { reloadPlans, choose } = usePlan();
  const { message } = App.useApp();
  const [year, setYear] = useState(plan.year + 1);
  const loaded = useApi<Proposal>(
    open ? `/api/plans/${String(plan.id)}/next-year?year=${String(year)}` : null,
  );
  const candidates = useMemo(() => loaded.data?.candidates ?? [], [loaded.data]);
  const [picked, setPicked] = useState<number[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setPicked(candidates.filter((c) => c.carriedTo === null).map((c) => c.milestoneId));
  }, [candidates]);

  const create = async () => {
    setError(null);
    setSaving(true);
    try {
      const created = await api<Created>("POST", `/api/plans/${String(plan.id)}/next-year`, {
        year,
        milestoneIds: picked,
      });
      reloadPlans();
      choose(created.planId);
      void message.success(
        t({
          zh: `已新建「${created.title}」，结转节点 ${String(created.carried.length)} 个`,
          en: `Created "${created.title}" carrying ${String(created.carried.length)} milestone(s)`,
        }),
      );
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const none = t({ zh: "（无）", en: "(none)" });
  const columns: TableProps<Candidate>["columns"] = [
    { title: t({ zh: "序号", en: "No." }), dataIndex: "ref", width: 90 },
    { title: t({ zh: "节点计划", en: "Milestone" }), dataIndex: "text" },
    {
      title: t({ zh: "责任单位", en: "Units" }),
      key: "units",
      width: 160,
      render: (_, c) => c.units.join("、"),
    },
    {
      title: t({ zh: "状态", en: "Status" }),
      key: "status",
      width: 120,
      render: (_, c) =>
        c.carriedTo === null ? (
          t(textOf(STATUS_LABEL, c.status))
        ) : (
          <Tag>
            {t({
              zh: `已结转至计划 #${String(c.carriedTo.planId)}`,
              en: `Carried into plan #${String(c.carriedTo.planId)}`,
            })}
          </Tag>
        ),
    },
    {
      title: t({ zh: "原完成时限 → 新完成时限", en: "Old deadline → new deadline" }),
      key: "deadline",
      width: 240,
      render: (_, c) =>
        `${deadlineText(c.oldDeadline, none)} → ${deadlineText(c.newDeadline, none)}`,
    },
  ];

  return (
    <Modal
      open={open}
      width={1000}
      title={t({ zh: "结转到下一年度计划", en: "Carry over into next year's plan" })}
      okText={t({
        zh: `新建${String(year)}年计划（结转 ${String(picked.length)} 个节点）`,
        en: `Create the ${String(year)} plan (carry ${String(picked.length)})`,
      })}
      okButtonProps={{ loading: saving, disabled: loaded.data === undefined }}
      onOk={() => void create()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t({
            zh: "从本计划中未完成的节点计划里选择要结转的（默认全选）。新计划沿用本计划的类别、计划设置和催办规则；完成时限早于新年度的顺延到新年度同月同日，每个结转的节点保留到原节点及其办理记录的链接。",
            en: "Pick the unfinished milestones to carry (all are picked at first). The new plan keeps this plan's category, settings and reminder rules; a deadline before the new year moves to the same day of the new year, and each carried milestone links back to the old one and its history.",
          })}
        </Typography.Paragraph>
        <Flex align="center" gap={8}>
          <label htmlFor="next-year-year">{t({ zh: "新计划年度", en: "New plan's year" })}</label>
          <InputNumber
            id="next-year-year"
            min={plan.year + 1}
            max={2199}
            value={year}
            onChange={(value) => {
              if (value !== null) setYear(value);
            }}
          />
          {loaded.data && (
            <Typography.Text type="secondary">
              {t({ zh: `新计划：${loaded.data.title}`, en: `New plan: ${loaded.data.title}` })}
            </Typography.Text>
          )}
        </Flex>
        {loaded.data && <HolidayBanner year={year} loaded={loaded.data.holidaysLoaded} />}
        <ErrorAlert error={error ?? loaded.error} />
        <Table<Candidate>
          size="small"
          rowKey="milestoneId"
          loading={loaded.loading}
          columns={columns}
          dataSource={candidates}
          pagination={false}
          scroll={{ y: 420, x: 800 }}
          rowSelection={{
            selectedRowKeys: picked,
            onChange: (keys) => {
              setPicked(keys.map(Number));
            },
            getCheckboxProps: (c) => ({
              disabled: c.carriedTo !== null,
              "aria-label": c.ref,
            }),
          }}
        />
      </Flex>
    </Modal>
  );
};
